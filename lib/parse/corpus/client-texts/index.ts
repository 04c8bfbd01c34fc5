// The captured client texts (captured.json, written by scripts/capture-client-texts) with what each one must
// be decoded as: the scenario's cause, and the server and port when the text shows them.
import type { CauseId } from "@/lib/causes";
import captured from "./captured.json";
import { scenarioById, type ExpectedCause } from "./scenarios";
import type { CapturedText } from "./types";

export type { CapturedText } from "./types";
export { scenarios } from "./scenarios";

export type ClientTextCase = CapturedText & {
  expect: { parse: ExpectedCause; diagnose: ExpectedCause };
  /** The text names the host the program was told to use, and the port beside it. */
  shows: { server: boolean; port: boolean };
};

/** Is `port` written as a port: `host:993`, `(1.2.3.4:993)`, `[1.2.3.4/995]`, `port 587`, `포트 25`, `25번`? */
export function showsPort(text: string, port: number): boolean {
  const p = String(port);
  return new RegExp(
    `[a-z\\])]:${p}(?![\\d.:]\\d|\\d)|\\d[:/]${p}[)\\]]|(?<![a-z0-9.-])(?:port|포트) ?${p}(?!\\d)|(?<![\\d.])${p} ?번`,
    "i",
  ).test(text);
}

export const clientTexts: ClientTextCase[] = (captured as CapturedText[]).map((c) => {
  const scenario = scenarioById.get(c.scenario);
  if (!scenario) throw new Error(`captured.json: unknown scenario ${c.scenario}`);
  return {
    ...c,
    expect: scenario.expect,
    shows: {
      server: c.text.toLowerCase().includes(c.target.host),
      port: showsPort(c.text, c.target.port),
    },
  };
});

/** Expected causes that are cause ids today (certificate-invalid arrives with SPEC §3's new cause). */
export const knownCause = (id: ExpectedCause, known: readonly string[]): id is ExpectedCause & CauseId =>
  known.includes(id);
