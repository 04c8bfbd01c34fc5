// mbsync from isync (OpenSSL): IMAP to Maildir synchronisation.
import { mkdirSync, writeFileSync } from "node:fs";
import { passwordOf, type Program } from "../program";
import { run, versionOf } from "../run";

const sslType = { ssl: "IMAPS", starttls: "STARTTLS", none: "None" };

export const mbsync: Program = {
  id: "isync",
  protocols: ["IMAP"],
  langs: ["en"],
  version: (work) => versionOf("mbsync", ["--version"], work),
  async capture(a) {
    const { target } = a;
    mkdirSync(`${a.work}/mail/INBOX`, { recursive: true });
    const rc = `${a.work}/mbsyncrc`;
    writeFileSync(
      rc,
      `IMAPAccount work
Host ${target.host}
Port ${target.port}
User ${a.account.user}
Pass ${passwordOf(a)}
SSLType ${sslType[target.security]}
CertificateFile ${a.caFile}
AuthMechs ${target.login?.mechanism ?? "LOGIN"}
Timeout 8

IMAPStore work-remote
Account work

MaildirStore work-local
Path ${a.work}/mail/
Inbox ${a.work}/mail/INBOX

Channel work
Far :work-remote:
Near :work-local:
Patterns INBOX
`,
    );
    return run("mbsync", ["-c", rc, "-a"], { cwd: a.work, lang: a.lang });
  },
};
