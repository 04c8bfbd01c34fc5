// Where the rig keeps what it generates (certificates, daemon configs, logs, pid files): git-ignored.
import { execFileSync } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { resolve } from "node:path";

/** Runners (vitest, Playwright, tsx) all start in the repository root. */
export const rigDir = resolve(process.env.MAILDOC_RIG_DIR ?? resolve(process.cwd(), "e2e/.rig"));
export const rigPath = (...parts: string[]) => resolve(rigDir, ...parts);

/** Runs a command that starts a daemon, its output to a log file: never a pipe (the daemon would keep it open). */
export function runDaemonCommand(command: string, args: string[], logFile: string) {
  const fd = openSync(logFile, "a");
  try {
    execFileSync(command, args, { stdio: ["ignore", fd, fd] });
  } catch {
    throw new Error(`rig: "${command} ${args.join(" ")}" failed; see ${logFile}`);
  } finally {
    closeSync(fd);
  }
}
