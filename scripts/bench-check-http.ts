// Part 6 of npm run bench:check: 50 customers start a check at the same moment through the production
// server (node scripts/start.mjs: the hardened HTTP edge, Next.js, the page proxy's matcher) — how long until
// each one sees its first streamed event? Started by the parent process, which owns the rig; the customers
// are a process of their own.
import { execFile, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { promisify } from "node:util";
import { rigAppEnv, type Rig } from "../e2e/rig/index";
import { root, startApp } from "./testing/app-server";

const customers = 50;
const sorted = (values: number[]) => values.toSorted((a, b) => a - b);
const median = (values: number[]) => sorted(values)[Math.floor(values.length / 2)] ?? NaN;
const p95 = (values: number[]) => sorted(values)[Math.ceil(0.95 * values.length) - 1] ?? NaN;

/** CPU time a process has used so far, in ms (Linux /proc: utime + stime, in clock ticks of 10 ms). */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

type Answer = { firstMs: number; wallMs: number; status: number; last: string };
const run = promisify(execFile);

/** Each body sent at once by a customer of its own, from a separate process (bench-check-customers.mjs). */
async function customersSend(base: string, bodies: object[]): Promise<Answer[]> {
  const args = ["scripts/bench-check-customers.mjs", base, ...bodies.map((b) => JSON.stringify(b))];
  const { stdout } = await run(process.execPath, args, { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout) as Answer[];
}

export async function firstEventsOverHttp(rig: Rig): Promise<void> {
  console.log(
    `\n6. ${customers} concurrent first events through the production server (node scripts/start.mjs)`,
  );
  const build = spawnSync(process.execPath, ["scripts/build.mjs", "--if-needed"], {
    cwd: root,
    stdio: "inherit",
  });
  if (build.status !== 0) {
    console.log(`   the build failed (exit ${build.status}): not measured`);
    process.exitCode = 1;
    return;
  }
  const app = await startApp({
    ...rigAppEnv(rig, "bench.maildoc.test"),
  });
  try {
    // A server in service is warm: its route is loaded, its hot paths compiled and its TLS context made.
    // The warm-up checks 20 domains at once (the same code path as the customers') on 20 other servers, so
    // nothing of theirs is cached.
    await customersSend(
      app.base,
      Array.from({ length: 20 }, (_, i) => ({ domain: `bench-${i + 1}.test` })),
    );
    // Three rushes: the first as on launch day, then two with `fresh` ("check again"), which repeat every
    // lookup and probe, so each rush does the whole work again. One rush on a shared 2-core machine says
    // little; the figure that counts is the median of the three rushes' medians.
    const rushMedians: number[] = [];
    for (let rush = 1; rush <= 3; rush += 1) {
      const load = loadavg()
        .map((l) => l.toFixed(2))
        .join(" / ");
      const cpuBefore = cpuMsOf(app.pid);
      const runs = await customersSend(
        app.base,
        Array.from({ length: customers }, (_, i) => ({
          domain: `shared-${i + 1}.test`,
          ...(rush > 1 ? { fresh: true } : {}),
        })),
      );
      const serverCpuMs = cpuMsOf(app.pid) - cpuBefore;
      const refused = runs.filter((r) => r.status !== 200).length;
      if (refused > 0) console.log(`   ${refused} of ${customers} were not answered 200`);
      const firsts = runs.map((r) => r.firstMs);
      rushMedians.push(median(firsts));
      const down = runs.filter((r) => /"id":"server-down"/.test(r.last)).length;
      console.log(
        `   rush ${rush}${rush > 1 ? " (fresh)" : ""}, load ${load}: first event median ${median(firsts).toFixed(1)} ms, p95 ${p95(firsts).toFixed(1)} ms, slowest ${Math.max(...firsts).toFixed(1)} ms; whole checks median ${Math.round(median(runs.map((r) => r.wallMs)))} ms, slowest ${Math.round(Math.max(...runs.map((r) => r.wallMs)))} ms; told server-down: ${down} of ${customers}; server CPU ${serverCpuMs} ms`,
      );
    }
    console.log(
      `   first event: median of the rushes' medians ${median(rushMedians).toFixed(1)} ms (target: median < 100 ms)${median(rushMedians) < 100 ? "" : " MISSED"}`,
    );
    if (median(rushMedians) >= 100) process.exitCode = 1;
  } finally {
    await app.stop();
  }
}
