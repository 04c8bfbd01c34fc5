// NeoMutt (GnuTLS), the terminal mail program, reading IMAP/POP3 and sending over SMTP. It runs in a
// terminal (tmux): its certificate questions and status-line messages are read off the screen.
import { writeFileSync } from "node:fs";
import { passwordOf, type Attempt, type Program } from "../program";
import { run, versionOf } from "../run";
import { runInTerminal } from "../terminal";

const schemes = { SMTP: ["smtp", "smtps"], IMAP: ["imap", "imaps"], POP3: ["pop", "pops"] } as const;
const prefix = { SMTP: "smtp", IMAP: "imap", POP3: "pop" } as const;
/** The help line and the status bar: on every screen, part of no message. */
const chrome = [/^q:(Quit|종료)/, /^-[-*%]-?NeoMutt/, /^\?:(Help|도움말)$/];

function config(a: Attempt): string {
  const { target } = a;
  const p = prefix[a.protocol];
  const lines = [
    `set ssl_ca_certificates_file="${a.caFile}"`,
    `set certificate_file="${a.work}/certificates"`,
    `set ssl_starttls=${target.security === "starttls" ? "yes" : "no"}`,
    `set ssl_force_tls=${target.security === "none" ? "no" : "yes"}`,
    "set connect_timeout=8",
    `set folder="${a.work}"`,
    `set spoolfile="${a.work}/inbox"`,
    'set record=""',
    `set from="${a.account.user}"`,
    'set header_cache=""',
    'set message_cachedir=""',
  ];
  if (target.login) lines.push(`set ${p}_pass="${passwordOf(a)}"`);
  if (target.login?.mechanism)
    lines.push(`set ${p}_authenticators="${target.login.mechanism.toLowerCase()}"`);
  return `${lines.join("\n")}\n`;
}

export const neomutt: Program = {
  id: "neomutt",
  protocols: ["SMTP", "IMAP", "POP3"],
  langs: ["en", "ko"],
  version: (work) => versionOf("neomutt", ["-v"], work, /NeoMutt (\d{8})/),
  async capture(a) {
    const { target } = a;
    // Debian's NeoMutt is built without SASL: its only mechanisms are PLAIN and LOGIN.
    if (target.login?.mechanism) return null;
    const scheme = schemes[a.protocol][target.security === "ssl" ? 1 : 0];
    const user = target.login ? `${encodeURIComponent(a.account.user)}@` : "";
    const url = `${scheme}://${user}${target.host}:${target.port}/${a.protocol === "IMAP" ? "INBOX" : ""}`;
    const rc = `${a.work}/neomuttrc`;
    writeFileSync(rc, a.protocol === "SMTP" ? `${config(a)}set smtp_url="${url}"\n` : config(a));
    // Sending runs in batch mode (no terminal: its messages go to stderr, as from a script); reading runs
    // on a terminal, where the certificate questions are asked.
    if (a.protocol === "SMTP")
      return run("neomutt", ["-n", "-F", rc, "-s", "test", "--", target.to ?? a.account.user], {
        cwd: a.work,
        lang: a.lang,
        input: "Hello\n",
      });
    const result = await runInTerminal(`neomutt -n -F ${rc} -f '${url}'`, {
      cwd: a.work,
      lang: a.lang,
      chrome,
    });
    // NeoMutt ends with status 0 after it could not open a mailbox; a failed send leaves a message behind.
    const failed =
      /could not send|보낼 수 없음|unable to open|열 수 없음|certificate|인증서|failed|실패|error|오류/i;
    return { ...result, code: failed.test(result.output) ? 1 : result.code };
  },
};
