// swaks, the "Swiss Army Knife for SMTP": what postmasters run (and ask customers to run) to test a server.
// Its whole transcript is the text: that is what gets pasted.
import { passwordOf, type Program } from "../program";
import { run, versionOf } from "../run";

const tls = {
  ssl: ["--tls-on-connect"],
  starttls: ["--tls"],
  none: [],
};

export const swaks: Program = {
  id: "swaks",
  protocols: ["SMTP"],
  langs: ["en"],
  version: (work) => versionOf("swaks", ["--version"], work),
  async capture(a) {
    const { target } = a;
    const login = target.login
      ? [
          "--auth",
          target.login.mechanism ?? "PLAIN",
          "--auth-user",
          a.account.user,
          "--auth-password",
          passwordOf(a),
        ]
      : [];
    const args = [
      "--server",
      target.host,
      "--port",
      String(target.port),
      ...tls[target.security],
      ...(target.security === "none" ? [] : ["--tls-verify", "--tls-ca-path", a.caFile]),
      ...login,
      "--timeout",
      "8",
      "--from",
      a.account.user,
      "--to",
      target.to ?? a.account.user,
      "--body",
      "Hello",
    ];
    return run("swaks", args, { cwd: a.work, lang: a.lang });
  },
};
