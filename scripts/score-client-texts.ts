// npm run score:client-texts — how well the decoder reads what real mail programs said in the rig scenarios
// (lib/parse/corpus/client-texts): top-1 and top-3 cause through /api/parse's function, and how often the
// server and port are decoded from the messages that show them; per program and overall.
// Targets (issue 12): top-1 ≥ 90 %, top-3 ≥ 97 %, server and port ≥ 95 %.
import { loadavg } from "node:os";
import { clientTexts } from "../lib/parse/corpus/client-texts";
import { parseErrorText } from "../lib/parse";
import { causeIds } from "../lib/causes";
import { CERTIFICATE } from "../content/errors/certificate-cause";

/** SPEC §3's certificate cause, or what stands for it until lib/causes.ts has it (certificate-cause.ts). */
const certificateStandIn = (causeIds as readonly string[]).includes("certificate-invalid")
  ? null
  : CERTIFICATE;
const expectedOf = (id: string) =>
  id === "certificate-invalid" && certificateStandIn ? certificateStandIn : id;

type Tally = {
  n: number;
  top1: number;
  top3: number;
  hosts: number;
  hostOk: number;
  ports: number;
  portOk: number;
};
const empty = (): Tally => ({ n: 0, top1: 0, top3: 0, hosts: 0, hostOk: 0, ports: 0, portOk: 0 });
const byProgram = new Map<string, Tally>();
const total = empty();
const misses: string[] = [];

for (const c of clientTexts) {
  const { fields, causes } = parseErrorText(c.text, "en");
  const ids = causes.map((cause) => cause.id as string);
  const expected = expectedOf(c.expect.parse);
  const tally = byProgram.get(c.program) ?? empty();
  byProgram.set(c.program, tally);
  for (const t of [tally, total]) {
    t.n++;
    if (ids[0] === expected) t.top1++;
    if (ids.slice(0, 3).includes(expected)) t.top3++;
    if (c.shows.server) {
      t.hosts++;
      if (fields.server?.toLowerCase() === c.target.host) t.hostOk++;
    }
    if (c.shows.port) {
      t.ports++;
      if (fields.port === c.target.port) t.portOk++;
    }
  }
  if (ids[0] !== expected)
    misses.push(
      `${c.program} ${c.protocol} ${c.scenario} ${c.lang}: expected ${expected}, got ${ids.slice(0, 3).join(", ") || "nothing"}`,
    );
}

const pct = (a: number, b: number) => (b === 0 ? "   –  " : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
const row = (name: string, t: Tally) =>
  `${name.padEnd(14)} ${String(t.n).padStart(4)}  ${pct(t.top1, t.n)}  ${pct(t.top3, t.n)}  ${pct(t.hostOk, t.hosts)} of ${String(t.hosts).padStart(3)}  ${pct(t.portOk, t.ports)} of ${String(t.ports).padStart(3)}`;

console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`,
);
console.log(`${"program".padEnd(14)} ${"n".padStart(4)}  top-1   top-3   server          port`);
for (const [name, t] of [...byProgram].sort()) console.log(row(name, t));
console.log(row("all", total));
if (process.argv.includes("--misses")) console.log(`\n${misses.join("\n")}`);
