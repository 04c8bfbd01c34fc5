// Mozilla Thunderbird, driven through its own windows under Xvfb: one profile and one Thunderbird per
// interface language (en-US, and Korean from Debian's thunderbird-l10n-ko), Marionette to set each attempt's
// account up and press Get Messages or Send, and the text of every dialog and notification it then shows.
// A screenshot of each is kept beside the rig's files (e2e/.rig/capture/screens) for checking by eye.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { passwordOf, type Attempt, type Program } from "../program";
import { run, type Lang, type RunResult } from "../run";
import { cleanUp, closeDialogs, readDialogs, start, trustCa } from "./chrome-scripts";
import { connectMarionette, type Marionette } from "./marionette";
import { writeProfile } from "./profile";

type Session = { thunderbird: ChildProcess; marionette: Marionette };
type Shown = { kind: string; title: string; body: string; buttons?: string[] };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const marionettePorts: Record<Lang, number> = { en: 2828, ko: 2829 };

let display: { xvfb: ChildProcess; name: string } | null = null;
const sessions = new Map<Lang, Promise<Session>>();

/** Xvfb on a display number it picks itself (-displayfd), so no other X server on the machine is hit. */
async function startDisplay(): Promise<{ xvfb: ChildProcess; name: string }> {
  const xvfb = spawn("Xvfb", ["-displayfd", "3", "-screen", "0", "1280x900x24", "-nolisten", "tcp"], {
    stdio: ["ignore", "ignore", "ignore", "pipe"],
  });
  const number = await new Promise<string>((resolve, reject) => {
    let out = "";
    xvfb.stdio[3]?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("\n")) resolve(out.trim());
    });
    xvfb.once("exit", () => reject(new Error("Xvfb did not start")));
  });
  return { xvfb, name: `:${number}` };
}

async function startSession(lang: Lang, workRoot: string, caDer: string): Promise<Session> {
  display ??= await startDisplay();
  const profile = join(workRoot, `thunderbird-${lang}`);
  writeProfile(profile, lang, marionettePorts[lang]);
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: workRoot,
    DISPLAY: display.name,
    MOZ_CRASHREPORTER_DISABLE: "1",
    LANG: lang === "ko" ? "ko_KR.UTF-8" : "en_US.UTF-8",
  };
  const thunderbird = spawn(
    "thunderbird",
    ["-marionette", "-remote-allow-system-access", "-profile", profile, "--no-remote"],
    {
      env: env as NodeJS.ProcessEnv,
      stdio: "ignore",
    },
  );
  const marionette = await connectMarionette(marionettePorts[lang], Date.now() + 90_000);
  await marionette.chrome(trustCa, [caDer]);
  return { thunderbird, marionette };
}

/** Polls until something is shown and stays unchanged for 2.5 s, or `ms` pass. */
async function waitForDialogs(marionette: Marionette, ms: number): Promise<Shown[]> {
  let shown: Shown[] = [];
  let stableSince = 0;
  const until = Date.now() + ms;
  while (Date.now() < until) {
    await sleep(500);
    const now = await marionette.chrome<Shown[]>(readDialogs);
    if (JSON.stringify(now) !== JSON.stringify(shown)) {
      shown = now;
      stableSince = Date.now();
    } else if (shown.length > 0 && Date.now() - stableSince > 1_500) break;
  }
  return shown;
}

/** What a person reads off the screen: each window's title and text once, in order. */
function textOf(shown: Shown[]): string {
  const blocks: string[] = [];
  for (const s of shown) {
    const block = [s.title, s.body].filter(Boolean).join("\n");
    if (block && !blocks.includes(block)) blocks.push(block);
  }
  return blocks.join("\n\n");
}

async function screenshot(name: string) {
  if (!display) return;
  const dir = join(process.env.MAILDOC_RIG_DIR ?? "e2e/.rig/capture", "screens");
  mkdirSync(dir, { recursive: true });
  await run("import", ["-window", "root", join(dir, `${name}.png`)], {
    cwd: dir,
    lang: "en",
    env: { DISPLAY: display.name },
    timeoutMs: 15_000,
  });
}

export function thunderbirdProgram(workRoot: string, caFile: string): Program {
  const caDer = readFileSync(caFile, "utf8").replace(/-----[A-Z ]+-----|\s+/g, "");
  const session = (lang: Lang) => {
    if (!sessions.has(lang)) sessions.set(lang, startSession(lang, workRoot, caDer));
    return sessions.get(lang) as Promise<Session>;
  };

  async function captureOne(a: Attempt): Promise<RunResult> {
    const { marionette } = await session(a.lang);
    const t = {
      protocol: a.protocol,
      host: a.target.host,
      port: a.target.port,
      security: a.target.security,
      login: Boolean(a.target.login),
      mechanism: a.target.login?.mechanism ?? null,
      user: a.account.user,
      password: passwordOf(a),
      to: a.target.to ?? a.account.user,
    };
    const keys = await marionette.chrome<Record<string, string>>(start, [t]);
    const name = `thunderbird-${a.protocol}-${a.scenario.id}-${a.lang}`;
    // What Thunderbird shows first (its network timeout is 12 s, profile.ts), then what it shows once
    // that is closed (after a certificate error: the Add Security Exception dialog).
    const first = await waitForDialogs(marionette, 30_000);
    await screenshot(name);
    await marionette.chrome(closeDialogs);
    const then = first.length > 0 ? await waitForDialogs(marionette, 3_000) : [];
    if (then.length > 0) await screenshot(`${name}-2`);
    await marionette.chrome(cleanUp, [keys]);
    // Nothing may be left for the next attempt to read.
    for (let i = 0; i < 10 && (await marionette.chrome<Shown[]>(readDialogs)).length > 0; i++) {
      await marionette.chrome(closeDialogs);
      await sleep(500);
    }
    const output = textOf([...first, ...then]);
    return { output, code: output ? 1 : 0, timedOut: false };
  }

  // One attempt at a time per Thunderbird (its dialogs must belong to that attempt); en and ko side by side.
  const queues = new Map<Lang, Promise<unknown>>();
  return {
    id: "thunderbird",
    protocols: ["SMTP", "IMAP", "POP3"],
    langs: ["en", "ko"],
    concurrency: 2,
    async version() {
      const ini = readFileSync("/usr/lib/thunderbird/application.ini", "utf8");
      return /^Version=(.+)$/m.exec(ini)?.[1]?.trim() ?? "unknown";
    },
    capture(a) {
      const result = (queues.get(a.lang) ?? Promise.resolve()).then(() => captureOne(a));
      queues.set(
        a.lang,
        result.catch(() => undefined),
      );
      return result;
    },
    async stop() {
      for (const pending of sessions.values()) {
        const s = await pending.catch(() => null);
        s?.marionette.close();
        s?.thunderbird.kill();
      }
      sessions.clear();
      display?.xvfb.kill();
      display = null;
    },
  };
}
