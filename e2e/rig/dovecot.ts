// Dovecot from Debian as the rig's POP3 and IMAP server: its own base_dir and state_dir under
// e2e/.rig/dovecot, listeners per address, a certificate per address (`local` blocks), and the SASL
// socket Postfix uses to offer AUTH. Only the test account (account.ts) can log in; for any other user the
// password is random and unused.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { testAccount } from "./account";
import type { CertFiles } from "./certs";
import { rigPath, runDaemonCommand } from "./paths";
import type { MailServer } from "./scenarios";

export const dovecotDir = () => rigPath("dovecot");
export const saslSocket = () => `${dovecotDir()}/run/auth-postfix`;

export function startDovecot(servers: MailServer[], certs: Map<string, CertFiles>, fallback: CertFiles) {
  const dir = dovecotDir();
  mkdirSync(`${dir}/run`, { recursive: true });
  mkdirSync(`${dir}/state`, { recursive: true });
  writeFileSync(`${dir}/users`, `${testAccount.user}:{PLAIN}${testAccount.password}::::::\n`);
  const on = (port: 110 | 995 | 143 | 993) =>
    servers
      .filter((s) => s.dovecot.includes(port))
      .map((s) => s.ip)
      .join(" ") || "127.0.0.255";
  const locals = servers
    .filter((s) => s.dovecot.length > 0)
    .map((s) => {
      const cert = certs.get(s.id);
      return cert
        ? `local ${s.ip} {\n  ssl_cert = <${cert.chain}\n  ssl_key = <${cert.key}\n}`
        : `local ${s.ip} {\n  ssl = no\n  disable_plaintext_auth = no\n}`;
    });
  writeFileSync(
    `${dir}/dovecot.conf`,
    `base_dir = ${dir}/run
state_dir = ${dir}/state
instance_name = maildoc-rig
log_path = ${dir}/dovecot.log
protocols = imap pop3
listen = *
ssl = yes
ssl_cert = <${fallback.chain}
ssl_key = <${fallback.key}
ssl_dh = </usr/share/dovecot/dh.pem
auth_mechanisms = plain login
passdb {
  driver = passwd-file
  args = ${dir}/users
}
passdb {
  driver = static
  args = password=${randomBytes(18).toString("base64url")}
}
userdb {
  driver = static
  args = uid=nobody gid=nogroup home=${dir}/home
}
mail_location = maildir:${dir}/home/Maildir
service pop3-login {
  inet_listener pop3 {
    address = ${on(110)}
    port = 110
  }
  inet_listener pop3s {
    address = ${on(995)}
    port = 995
    ssl = yes
  }
}
service imap-login {
  inet_listener imap {
    address = ${on(143)}
    port = 143
  }
  inet_listener imaps {
    address = ${on(993)}
    port = 993
    ssl = yes
  }
}
service auth {
  unix_listener auth-postfix {
    mode = 0666
  }
}
${locals.join("\n")}
`,
  );
  runDaemonCommand("dovecot", ["-c", `${dir}/dovecot.conf`], `${dir}/dovecot.log`);
}

export function dovecotPid(): number | null {
  const file = `${dovecotDir()}/run/master.pid`;
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, "utf8").trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}
