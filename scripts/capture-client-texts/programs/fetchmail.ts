// fetchmail (OpenSSL) collects POP3/IMAP mail for a local mailbox; its messages name host, port and address.
import { chmodSync, writeFileSync } from "node:fs";
import { passwordOf, type Program } from "../program";
import { run, versionOf } from "../run";

const security = {
  ssl: "ssl sslcertck",
  starttls: "sslproto 'TLS1.2+' sslcertck",
  none: "sslproto ''",
};

export const fetchmail: Program = {
  id: "fetchmail",
  protocols: ["POP3", "IMAP"],
  langs: ["en", "ko"],
  version: (work) => versionOf("fetchmail", ["--version"], work, /release (\d+(?:\.\d+)+)/),
  async capture(a) {
    const { target } = a;
    const auth = target.login?.mechanism === "CRAM-MD5" ? "cram-md5" : "password";
    const rc = `${a.work}/fetchmailrc`;
    writeFileSync(
      rc,
      `set no syslog
poll ${target.host} protocol ${a.protocol} port ${target.port} auth ${auth} timeout 8
  user "${a.account.user}" there with password "${passwordOf(a)}" is root here
  ${security[target.security]} sslcertfile "${a.caFile}"
  keep mda "/bin/cat"
`,
    );
    chmodSync(rc, 0o600);
    return run("fetchmail", ["-N", "--pidfile", `${a.work}/fetchmail.pid`, "-f", rc], {
      cwd: a.work,
      lang: a.lang,
      env: { FETCHMAILHOME: a.work },
    });
  },
};
