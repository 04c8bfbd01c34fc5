// Python's standard library (smtplib, imaplib, poplib over its ssl module): what a mail-sending script,
// a cron job or a small web app shows when it fails. The script is python-stdlib.py beside this file.
import { copyFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { passwordOf, type Program } from "../program";
import { run, versionOf } from "../run";

/** Debian's interpreter, so the traceback names /usr/lib/python3 as any Debian or Ubuntu user's would. */
const python = "/usr/bin/python3";

export const pythonStdlib: Program = {
  id: "python3",
  protocols: ["SMTP", "IMAP", "POP3"],
  langs: ["en"],
  version: (work) => versionOf(python, ["--version"], work),
  async capture(a) {
    const script = join(a.work, "mail-script.py");
    // The capture runs from the repository root (npm run capture:client-texts).
    copyFileSync(resolve("scripts/capture-client-texts/programs/python-stdlib.py"), script);
    const attempt = {
      protocol: a.protocol,
      host: a.target.host,
      port: a.target.port,
      security: a.target.security,
      login: Boolean(a.target.login),
      mechanism: a.target.login?.mechanism ?? null,
      user: a.account.user,
      password: passwordOf(a),
      to: a.target.to ?? a.account.user,
      ca: a.caFile,
    };
    const result = await run(python, [script, JSON.stringify(attempt)], { cwd: a.work, lang: a.lang });
    return result.code === 99 ? null : result;
  },
};
