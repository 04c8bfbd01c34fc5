// npm run capture:client-texts — drives real mail programs into the scenarios of
// lib/parse/corpus/client-texts/scenarios.ts against the loopback rig and saves what each one showed to
// lib/parse/corpus/client-texts/captured.json (program, version, scenario, language, text). The tests read
// that file and need none of these programs. Needs root and the Debian packages listed in README.md there.
//   --only=msmtp,curl      capture these programs only (their earlier records are replaced, others kept)
//   --scenario=host-down   and only these scenarios
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { scenarios, type ScenarioId } from "@/lib/parse/corpus/client-texts/scenarios";
import type { CapturedText } from "@/lib/parse/corpus/client-texts/types";
import { testAccount } from "@/e2e/rig/account";
import { cleanText } from "./clean-text";
import { assertLoopbackOnly, reexecInNamespace } from "./namespace";
import type { Attempt, Program } from "./program";
import type { RunResult } from "./run";
import { programs } from "./programs";
import { thunderbirdProgram } from "./thunderbird";

const outFile = resolve("lib/parse/corpus/client-texts/captured.json");
const WORKERS = 3;

function option(name: string): string[] | null {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? arg.slice(name.length + 3).split(",") : null;
}

async function main() {
  if (reexecInNamespace()) return;
  assertLoopbackOnly();
  process.env.MAILDOC_RIG_DIR ??= resolve("e2e/.rig/capture");
  const only = option("only");
  const onlyScenarios = option("scenario") as ScenarioId[] | null;
  const { startRig } = await import("@/e2e/rig");
  const rig = await startRig({ dnsPort: 53 });
  const scratch = mkdtempSync(join(tmpdir(), "capture-"));
  const chosen = [...programs, thunderbirdProgram(scratch, rig.caFile)].filter(
    (p) => !only || only.includes(p.id),
  );
  if (chosen.length === 0) throw new Error("no such program (see programs/index.ts, or thunderbird)");

  const records: CapturedText[] = [];
  try {
    for (const program of chosen)
      try {
        records.push(...(await captureProgram(program, rig.caFile, onlyScenarios)));
      } finally {
        await program.stop?.();
      }
  } finally {
    await rig.stop();
    rmSync(scratch, { recursive: true, force: true });
  }

  const earlier: CapturedText[] = JSON.parse(readFileSync(outFile, "utf8").trim() || "[]");
  const replaced = (r: CapturedText) =>
    chosen.some((p) => p.id === r.program) && (!onlyScenarios || onlyScenarios.includes(r.scenario));
  const merged = [...earlier.filter((r) => !replaced(r)), ...records].sort(
    (a, b) =>
      a.program.localeCompare(b.program) ||
      a.protocol.localeCompare(b.protocol) ||
      scenarios.findIndex((s) => s.id === a.scenario) - scenarios.findIndex((s) => s.id === b.scenario) ||
      a.lang.localeCompare(b.lang),
  );
  writeFileSync(outFile, `${JSON.stringify(merged, null, 2)}\n`);
  console.log(`${records.length} texts captured; ${merged.length} in ${outFile}`);
}

async function captureProgram(program: Program, caFile: string, only: ScenarioId[] | null) {
  const scratch = mkdtempSync(join(tmpdir(), `capture-${program.id}-`));
  const version = await program.version(scratch);
  const attempts: Attempt[] = [];
  for (const protocol of program.protocols)
    for (const scenario of scenarios) {
      const target = scenario.targets[protocol];
      if (!target || (only && !only.includes(scenario.id))) continue;
      for (const lang of program.langs)
        attempts.push({ scenario, protocol, target, lang, work: "", caFile, account: testAccount });
    }
  const records: CapturedText[] = [];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < attempts.length; i = next++) {
      const work = mkdtempSync(join(scratch, "a-"));
      // The CA inside the attempt's own directory, so that a path the program prints names nothing outside.
      copyFileSync(caFile, join(work, "ca.pem"));
      const attempt = { ...attempts[i]!, work, caFile: join(work, "ca.pem") };
      const result = await program.capture(attempt);
      const text = result && cleanText(result.output, attempt.work);
      rmSync(attempt.work, { recursive: true, force: true });
      const label = `${program.id} ${attempt.protocol} ${attempt.scenario.id} ${attempt.lang}`;
      const skip = !result ? null : skipReason(result, text ?? "");
      if (!result || skip || !text) {
        if (skip) console.warn(`${label}: not kept (${skip})`);
        continue;
      }
      console.log(`--- ${label}\n${text}\n`);
      records.push({
        program: program.id,
        version,
        scenario: attempt.scenario.id,
        protocol: attempt.protocol,
        lang: attempt.lang,
        target: { host: attempt.target.host, port: attempt.target.port, security: attempt.target.security },
        text,
      });
    }
  };
  await Promise.all(Array.from({ length: program.concurrency ?? WORKERS }, worker));
  rmSync(scratch, { recursive: true, force: true });
  // A Korean run is kept only where the program or its libraries actually said something in Korean.
  return records.filter(
    (r) =>
      r.lang === "en" ||
      !records.some(
        (e) => e.lang === "en" && e.scenario === r.scenario && e.protocol === r.protocol && e.text === r.text,
      ),
  );
}

/** Why an attempt shows nothing worth keeping: the program did not fail, or failed for the rig's sake. */
function skipReason(result: RunResult, text: string): string | null {
  if (result.code === 0 && !result.timedOut) return "the program succeeded";
  if (text === "") return result.timedOut ? "hung without a word until killed" : "no output";
  // The rig's Dovecot keeps no mailboxes: a program that got as far as opening one has not met the scenario.
  if (text.includes("[SERVERBUG]")) return "logged in; the rig has no mailbox to open";
  return null;
}

// Ends the process when done: a program's leftovers (Xvfb's display pipe, a daemon's socket) must not keep it.
main().then(
  () => process.exit(),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
