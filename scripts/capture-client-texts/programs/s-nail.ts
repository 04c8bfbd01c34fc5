// s-nail (OpenSSL), the mailx of Debian: scripts and cron jobs send with it straight to an SMTP server.
import { passwordOf, type Program } from "../program";
import { run, versionOf } from "../run";

export const sNail: Program = {
  id: "s-nail",
  protocols: ["SMTP"],
  langs: ["en"],
  version: (work) => versionOf("s-nail", ["-V"], work),
  async capture(a) {
    const { target } = a;
    const user = encodeURIComponent(a.account.user);
    const credentials = target.login ? `${user}:${encodeURIComponent(passwordOf(a))}@` : "";
    const scheme = target.security === "ssl" ? "smtps" : "smtp";
    const args = [
      "-n",
      "-S",
      "v15-compat",
      "-S",
      "ttycharset=utf-8",
      "-S",
      `mta=${scheme}://${credentials}${target.host}:${target.port}`,
      ...(target.security === "starttls" ? ["-S", "smtp-use-starttls"] : []),
      "-S",
      `smtp-auth=${target.login ? (target.login.mechanism?.toLowerCase() ?? "plain") : "none"}`,
      "-S",
      `tls-ca-file=${a.caFile}`,
      "-S",
      "tls-ca-no-defaults",
      "-S",
      `from=${a.account.user}`,
      "-s",
      "test",
      target.to ?? a.account.user,
    ];
    return run("s-nail", args, {
      cwd: a.work,
      lang: a.lang,
      input: "Hello\n",
      env: { DEAD: `${a.work}/dead.letter` },
    });
  },
};
