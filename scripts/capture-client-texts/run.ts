// Runs one program of the capture: its own HOME and temporary directory, the interface language asked for,
// a hard time limit, and everything it printed (stdout and stderr in the order they came).
import { spawn } from "node:child_process";

export type Lang = "en" | "ko";
export type RunOptions = {
  cwd: string;
  lang: Lang;
  input?: string;
  timeoutMs?: number;
  env?: Record<string, string>;
};
export type RunResult = { output: string; code: number | null; timedOut: boolean };

export const localeOf: Record<Lang, Record<string, string>> = {
  en: { LANG: "en_US.UTF-8", LC_ALL: "en_US.UTF-8", LANGUAGE: "en" },
  ko: { LANG: "ko_KR.UTF-8", LC_ALL: "ko_KR.UTF-8", LANGUAGE: "ko" },
};

export function run(command: string, args: string[], options: RunOptions): Promise<RunResult> {
  return new Promise((resolve) => {
    const env: Record<string, string> = {
      PATH: "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin",
      HOME: options.cwd,
      TMPDIR: options.cwd,
      TERM: "dumb",
      ...localeOf[options.lang],
      ...options.env,
    };
    // Its own process group, so that the time limit ends the program and whatever it started.
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: env as NodeJS.ProcessEnv,
      stdio: "pipe",
      detached: true,
    });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stdin.on("error", () => undefined);
    child.stdin.end(options.input ?? "");
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-(child.pid ?? 0), "SIGKILL");
      } catch {
        // already gone
      }
    }, options.timeoutMs ?? 40_000);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ output: Buffer.concat(chunks).toString("utf8"), code, timedOut });
    });
    child.on("error", () => {
      clearTimeout(timer);
      resolve({ output: "", code: null, timedOut });
    });
  });
}

/** The version in a program's version output: the first match of `pattern` (default: a dotted number). */
export async function versionOf(
  command: string,
  args: string[],
  cwd: string,
  pattern = /\d+(?:\.\d+)+/,
): Promise<string> {
  const { output } = await run(command, args, { cwd, lang: "en", timeoutMs: 10_000 });
  const m = pattern.exec(output);
  return m?.[1] ?? m?.[0] ?? "unknown";
}
