// curl (libcurl with OpenSSL) speaks SMTP, POP3 and IMAP; scripts, monitoring and web applications use it.
// Run with -v, the way support asks for it: the server's replies are in the transcript.
import { passwordOf, type Program } from "../program";
import { run, versionOf } from "../run";

const schemes = {
  SMTP: { plain: "smtp", ssl: "smtps" },
  IMAP: { plain: "imap", ssl: "imaps" },
  POP3: { plain: "pop3", ssl: "pop3s" },
};

export const curl: Program = {
  id: "curl",
  protocols: ["SMTP", "IMAP", "POP3"],
  langs: ["en"],
  version: (work) => versionOf("curl", ["--version"], work),
  async capture(a) {
    const { target } = a;
    const scheme = schemes[a.protocol][target.security === "ssl" ? "ssl" : "plain"];
    const login = target.login
      ? [
          "-u",
          `${a.account.user}:${passwordOf(a)}`,
          ...(target.login.mechanism ? ["--login-options", `AUTH=${target.login.mechanism}`] : []),
        ]
      : [];
    const smtp =
      a.protocol === "SMTP"
        ? ["--mail-from", a.account.user, "--mail-rcpt", target.to ?? a.account.user, "-T", "-"]
        : [];
    const args = [
      "-v",
      "-sS",
      "--connect-timeout",
      "8",
      "-m",
      "12",
      "--cacert",
      a.caFile,
      ...(target.security === "starttls" ? ["--ssl-reqd"] : []),
      ...login,
      ...smtp,
      `${scheme}://${target.host}:${target.port}/`,
    ];
    const input = "Subject: test\r\n\r\nHello\r\n";
    return run("curl", args, { cwd: a.work, lang: a.lang, input });
  },
};
