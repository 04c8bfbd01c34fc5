// Runs a full-screen terminal program in a detached tmux session and reads its screen the way a person
// watching it would: every line that appeared, in the order it appeared (a status-line message is on screen
// for a moment only), until the program exits or the screen stops changing.
import { localeOf, run, type Lang, type RunResult } from "./run";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runInTerminal(
  command: string,
  options: { cwd: string; lang: Lang; maxMs?: number; settleMs?: number; chrome?: RegExp[] },
): Promise<RunResult> {
  const socket = `capture-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const tmux = (...args: string[]) =>
    run("tmux", ["-L", socket, ...args], { cwd: options.cwd, lang: options.lang, timeoutMs: 10_000 });
  const env = Object.entries({ ...localeOf[options.lang], HOME: options.cwd }).flatMap(([k, v]) => [
    "-e",
    `${k}=${v}`,
  ]);
  await tmux(
    "start-server",
    ";",
    "set",
    "-g",
    "remain-on-exit",
    "on",
    ";",
    "new-session",
    "-d",
    "-x",
    "100",
    "-y",
    "30",
    "-s",
    "s",
    ...env,
    command,
  );
  const until = Date.now() + (options.maxMs ?? 30_000);
  let screen = "";
  let stableSince = Date.now();
  let dead = false;
  /** Lines that were on screen for a moment only (status-line messages), in the order they came. */
  const transient: string[] = [];
  const keep = (line: string) =>
    line.trim() !== "" && !/^Pane is dead/.test(line) && !options.chrome?.some((re) => re.test(line));
  while (Date.now() < until) {
    await sleep(250);
    const { output } = await tmux("capture-pane", "-p", "-J", "-t", "s");
    const lines = output.split("\n").map((l) => l.trimEnd());
    for (const line of screen.split("\n").map((l) => l.trimEnd()))
      if (keep(line) && !lines.includes(line) && !transient.includes(line)) transient.push(line);
    const { output: state } = await tmux(
      "display-message",
      "-p",
      "-t",
      "s",
      "#{pane_dead} #{pane_dead_status}",
    );
    dead = state.startsWith("1");
    if (output !== screen) {
      screen = output;
      stableSince = Date.now();
    }
    if (dead || Date.now() - stableSince > (options.settleMs ?? 5_000)) break;
  }
  const { output: state } = await tmux("display-message", "-p", "-t", "s", "#{pane_dead_status}");
  await tmux("kill-server");
  const last = screen
    .split("\n")
    .map((l) => l.trimEnd())
    .filter(keep);
  // A message cut at the screen's edge on the status line is shown whole elsewhere: keep the whole one.
  const whole = (line: string) => !last.includes(line) && !last.some((l) => l !== line && l.startsWith(line));
  const text = [...transient.filter(whole), ...last].join("\n");
  const status = Number(state.trim());
  return { output: text, code: dead && Number.isInteger(status) ? status : null, timedOut: !dead };
}
