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
    // A server in service is warm: its route is loaded and its TLS context made. The warm-up checks
    // another server than the 50 customers' one, so nothing of theirs is cached.
    await customersSend(app.base, [{ servers: [{ host: "mx.good.test" }] }]);
    console.log(
      `   load average (1/5/15 min) before: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(" / ")}`,
    );
    const cpuBefore = cpuMsOf(app.pid);
    const runs = await customersSend(
      app.base,
      Array.from({ length: customers }, (_, i) => ({ domain: `shared-${i + 1}.test` })),
    );
    const serverCpuMs = cpuMsOf(app.pid) - cpuBefore;
    const refused = runs.filter((r) => r.status !== 200).length;
    if (refused > 0) console.log(`   ${refused} of ${customers} were not answered 200`);
    const firsts = runs.map((r) => r.firstMs);
    const down = runs.filter((r) => /"id":"server-down"/.test(r.last)).length;
    console.log(
      `   first event: median ${median(firsts).toFixed(1)} ms, p95 ${p95(firsts).toFixed(1)} ms, slowest ${Math.max(...firsts).toFixed(1)} ms (target: median < 100 ms)`,
    );
    console.log(
      `   whole checks: median ${Math.round(median(runs.map((r) => r.wallMs)))} ms, slowest ${Math.round(Math.max(...runs.map((r) => r.wallMs)))} ms; told server-down: ${down} of ${customers}; the server's CPU for them: ${serverCpuMs} ms`,
    );
  } finally {
    await app.stop();
  }
}
