// OfflineIMAP 3 (Python's imaplib and ssl) keeps a local Maildir in sync with an IMAP account.
import { mkdirSync, writeFileSync } from "node:fs";
import { passwordOf, type Program } from "../program";
import { run, versionOf } from "../run";

const security = {
  ssl: "ssl = yes\nstarttls = no",
  starttls: "ssl = no\nstarttls = yes",
  none: "ssl = no\nstarttls = no",
};

export const offlineimap: Program = {
  id: "offlineimap3",
  protocols: ["IMAP"],
  langs: ["en"],
  version: (work) => versionOf("offlineimap", ["--version"], work),
  async capture(a) {
    const { target } = a;
    mkdirSync(`${a.work}/mail`, { recursive: true });
    const rc = `${a.work}/offlineimaprc`;
    writeFileSync(
      rc,
      `[general]
accounts = work
metadata = ${a.work}/metadata
socktimeout = 8

[Account work]
localrepository = local
remoterepository = remote

[Repository local]
type = Maildir
localfolders = ${a.work}/mail

[Repository remote]
type = IMAP
remotehost = ${target.host}
remoteport = ${target.port}
remoteuser = ${a.account.user}
remotepass = ${passwordOf(a)}
${security[target.security]}
sslcacertfile = ${a.caFile}
auth_mechanisms = ${target.login?.mechanism ?? "LOGIN"}
`,
    );
    return run("offlineimap", ["-c", rc, "-o", "-1"], { cwd: a.work, lang: a.lang });
  },
};
