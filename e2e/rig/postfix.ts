// Postfix from Debian as the rig's SMTP server: its own config, queue and data directories under
// e2e/.rig/postfix, one master.cf line per address and port (SMTP modes of scenarios.ts), logs to a file.
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import { testAccount } from "./account";
import type { CertFiles } from "./certs";
import { rigPath, runDaemonCommand } from "./paths";
import type { MailServer, SmtpMode } from "./scenarios";

const daemonServices = `pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
`;

// Postfix settings per SMTP mode (https://www.postfix.org/TLS_README.html, SASL_README.html).
const modeOptions: Record<SmtpMode, string[]> = {
  mx: ["smtpd_tls_security_level=may", "smtpd_sasl_auth_enable=no"],
  submission: ["smtpd_tls_security_level=may", "smtpd_sasl_auth_enable=yes", "smtpd_tls_auth_only=yes"],
  // Debian's master.cf submission example: nothing but STARTTLS before encryption ("530 5.7.0 Must issue…").
  "submission-encrypt": [
    "smtpd_tls_security_level=encrypt",
    "smtpd_sasl_auth_enable=yes",
    "smtpd_tls_auth_only=yes",
  ],
  ssl: ["smtpd_tls_wrappermode=yes", "smtpd_sasl_auth_enable=yes"],
  plain: ["smtpd_tls_security_level=none", "smtpd_sasl_auth_enable=no"],
  "plain-auth": ["smtpd_tls_security_level=none", "smtpd_sasl_auth_enable=yes", "smtpd_tls_auth_only=no"],
};

export const postfixDir = () => rigPath("postfix");

export function startPostfix(servers: MailServer[], certs: Map<string, CertFiles>, saslSocket: string) {
  const dir = postfixDir();
  const conf = `${dir}/conf`;
  for (const sub of ["conf", "queue", "data"]) mkdirSync(`${dir}/${sub}`, { recursive: true });
  // Postfix refuses to start unless its data directory belongs to the mail owner.
  if (userInfo().uid === 0)
    chownSync(`${dir}/data`, Number(execFileSync("id", ["-u", "postfix"]).toString().trim()), 0);
  writeFileSync(
    `${conf}/main.cf`,
    `compatibility_level = 3.6
queue_directory = ${dir}/queue
data_directory = ${dir}/data
command_directory = /usr/sbin
daemon_directory = /usr/lib/postfix/sbin
meta_directory = /etc/postfix
shlib_directory = /usr/lib/postfix
mail_owner = postfix
setgid_group = postdrop
inet_interfaces = all
inet_protocols = ipv4
myhostname = rig.test
mydestination =
mynetworks = 127.0.0.1/32
alias_maps =
alias_database =
local_recipient_maps =
smtpd_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination
# good.test knows its recipients: the test account exists, any other address is "User unknown" (550 5.1.1).
# What it accepts is discarded: the rig delivers nothing.
relay_domains = good.test
relay_recipient_maps = inline:{ ${testAccount.address}=ok }
transport_maps = inline:{ good.test=discard: }
smtpd_sasl_type = dovecot
smtpd_sasl_path = ${saslSocket}
maillog_file = ${dir}/maillog
maillog_file_prefixes = ${dir}
`,
  );
  const lines: string[] = [];
  for (const server of servers) {
    const cert = certs.get(server.id);
    for (const [port, mode] of Object.entries(server.smtp) as [string, SmtpMode][]) {
      const options = [
        ...modeOptions[mode],
        `myhostname=${server.names[0]}`,
        ...(cert ? [`smtpd_tls_chain_files=${cert.key},${cert.chain}`] : []),
      ];
      lines.push(`${server.ip}:${port} inet n - n - - smtpd ${options.map((o) => `-o ${o}`).join(" ")}`);
    }
  }
  writeFileSync(`${conf}/master.cf`, `${lines.join("\n")}\n${daemonServices}`);
  runDaemonCommand("postfix", ["-c", conf, "start"], `${dir}/maillog`);
}

/** The master's pid while this rig's Postfix runs (Postfix keeps it in the queue directory). */
export function postfixPid(): number | null {
  const file = `${postfixDir()}/queue/pid/master.pid`;
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, "utf8").trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/** Asks this rig's Postfix to stop (returns at once; the master may take a moment to exit). */
export function stopPostfix() {
  try {
    execFileSync("postfix", ["-c", `${postfixDir()}/conf`, "stop"], { stdio: "ignore" });
  } catch {
    // not running
  }
}
