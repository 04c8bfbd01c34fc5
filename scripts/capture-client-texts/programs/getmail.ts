// getmail6 (Python's ssl and poplib/imaplib) retrieves POP3/IMAP mail into a Maildir.
import { mkdirSync, writeFileSync } from "node:fs";
import { passwordOf, type Program } from "../program";
import { run, versionOf } from "../run";

export const getmail: Program = {
  id: "getmail6",
  protocols: ["POP3", "IMAP"],
  langs: ["en"],
  version: (work) => versionOf("getmail", ["--version"], work),
  async capture(a) {
    const { target } = a;
    // getmail6 has no STARTTLS for these retrievers, and no CRAM-MD5 for POP3.
    if (target.security === "starttls") return null;
    if (target.login?.mechanism && a.protocol === "POP3") return null;
    const kind = `${a.protocol === "POP3" ? "POP3" : "IMAP"}${target.security === "ssl" ? "SSL" : ""}`;
    mkdirSync(`${a.work}/Maildir/cur`, { recursive: true });
    mkdirSync(`${a.work}/Maildir/new`, { recursive: true });
    mkdirSync(`${a.work}/Maildir/tmp`, { recursive: true });
    const rc = `${a.work}/getmailrc`;
    writeFileSync(
      rc,
      `[retriever]
type = Simple${kind}Retriever
server = ${target.host}
port = ${target.port}
username = ${a.account.user}
password = ${passwordOf(a)}
timeout = 8
${target.security === "ssl" ? `ca_certs = ${a.caFile}\n` : ""}${target.login?.mechanism ? "use_cram_md5 = True\n" : ""}
[destination]
type = Maildir
path = ${a.work}/Maildir/

[options]
read_all = false
delete = false
`,
    );
    return run("getmail", ["--rcfile", rc, "--getmaildir", a.work], { cwd: a.work, lang: a.lang });
  },
};
