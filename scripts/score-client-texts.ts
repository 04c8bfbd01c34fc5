// How well the decoder reads what real mail programs said in the rig scenarios (lib/parse/corpus/
// client-texts): top-1 and top-3 cause through /api/parse's function, and the server and port of the
// messages that show them; per program, per scenario and overall. Printed by `npm run score:corpus` after
// the bounces (`npm run score:corpus -- --client-texts --misses` for these alone, with the misses).
// Targets (issue 12): top-1 ≥ 90 %, top-3 ≥ 97 %, server and port ≥ 95 %.
import { clientTexts } from "../lib/parse/corpus/client-texts";
import {
  certificateStandIn,
  expectedId,
  meetsTargets,
  rates,
  scoreClientTexts,
  targets,
  type Rates,
} from "../lib/parse/corpus/client-texts/score";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
const row = (label: string, r: Rates) =>
  `${label.padEnd(24)} ${String(r.n).padStart(4)}  top-1 ${pct(r.top1)}  top-3 ${pct(r.top3)}  server ${pct(r.server)} of ${String(r.servers).padStart(3)}  port ${pct(r.port)} of ${String(r.ports).padStart(3)}`;

/** Prints the table; returns whether the targets are met. */
export function printClientTextScore(showMisses = false): boolean {
  const outcomes = scoreClientTexts();
  const programs = [...new Set(clientTexts.map((c) => `${c.program} ${c.version}`))].sort();
  console.log(`Real client texts: ${outcomes.length} messages from ${programs.length} programs`);
  console.log(`  (${programs.join(", ")})\n`);
  if (certificateStandIn)
    console.log(
      `certificate scenarios count ${certificateStandIn} until certificate-invalid is a cause id\n`,
    );
  const all = rates(outcomes);
  console.log(row("all", all));
  console.log("\nPer program:");
  for (const program of [...new Set(clientTexts.map((c) => c.program))].sort())
    console.log(row(`  ${program}`, rates(outcomes.filter((o) => o.c.program === program))));
  console.log("\nPer scenario:");
  for (const scenario of [...new Set(clientTexts.map((c) => c.scenario))])
    console.log(row(`  ${scenario}`, rates(outcomes.filter((o) => o.c.scenario === scenario))));
  if (showMisses) {
    console.log("\nNot first (program protocol scenario lang: expected → first three):");
    for (const o of outcomes.filter((x) => !x.top1))
      console.log(
        `  ${o.c.program} ${o.c.protocol} ${o.c.scenario} ${o.c.lang}: ${expectedId(o.c.expect.parse)} → ${o.ids.slice(0, 3).join(", ") || "none"}`,
      );
  }
  const pass = meetsTargets(all);
  console.log(
    `\nclient texts ${pass ? "meet" : "are BELOW"} the targets (top-1 ${pct(targets.top1)}, top-3 ${pct(targets.top3)}, server and port ${pct(targets.server)})`,
  );
  return pass;
}
