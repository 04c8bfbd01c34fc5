// msmtp (GnuTLS): a sendmail replacement many desktop and server setups use for outgoing mail.
import { passwordOf, type Program } from "../program";
import { run, versionOf } from "../run";

const tls = {
  ssl: ["--tls=on", "--tls-starttls=off"],
  starttls: ["--tls=on", "--tls-starttls=on"],
  none: ["--tls=off"],
};

export const msmtp: Program = {
  id: "msmtp",
  protocols: ["SMTP"],
  langs: ["en", "ko"],
  version: (work) => versionOf("msmtp", ["--version"], work),
  async capture(a) {
    const { target } = a;
    const login = target.login
      ? [
          `--auth=${target.login.mechanism?.toLowerCase() ?? "on"}`,
          `--user=${a.account.user}`,
          `--passwordeval=echo ${passwordOf(a)}`,
        ]
      : ["--auth=off"];
    const args = [
      `--host=${target.host}`,
      `--port=${target.port}`,
      ...tls[target.security],
      `--tls-trust-file=${a.caFile}`,
      ...login,
      "--timeout=8",
      `--from=${a.account.user}`,
      target.to ?? a.account.user,
    ];
    return run("msmtp", args, { cwd: a.work, lang: a.lang, input: "Subject: test\n\nHello\n" });
  },
};
