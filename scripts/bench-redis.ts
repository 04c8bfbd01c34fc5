// npm run bench:redis — what sharing through Redis (MAILDOC_REDIS_URL, SPEC §7) costs a check. The same
// checks through POST /api/diagnose in processes without Redis and with a real redis-server on loopback,
// against the loopback rig without added latency (so the difference is Redis's share), in alternating
// rounds so the machine's load falls on both alike:
//   - a full check of good.test (`fresh`: every probe claimed, its lane taken, run, settled and released,
//     the result stored), one after another;
//   - the same check answered from the 5-minute cache;
//   - 20 checks at once of 20 domains on one mail server (probes joined through Redis's announcements);
// and the Redis commands per check: those the app sends (counted at the client) and those Redis runs
// (INFO commandstats, the Lua scripts' own calls included).
import { spawn } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { resolve as resolvePath } from "node:path";
import type { Figures } from "./bench-redis-measure";

const rounds = 3;
const sorted = (values: number[]) => values.toSorted((a, b) => a - b);
const at = (values: number[], p: number) =>
  sorted(values)[Math.max(0, Math.ceil((p / 100) * values.length) - 1)] ?? NaN;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" / ");
const listed = (counts: Record<string, number>) => {
  const entries = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .toSorted((a, b) => b[1] - a[1]);
  const total = entries.reduce((sum, [, n]) => sum + n, 0);
  return `${total.toFixed(1)} (${entries.map(([name, n]) => `${name} ${n.toFixed(1)}`).join(", ")})`;
};

async function main() {
  if (process.argv.includes("--child")) return (await import("./bench-redis-measure")).measure();
  const { startRig, rigAppEnv } = await import("../e2e/rig/index");
  const { startRedisServer } = await import("./testing/redis-server");
  const rig = await startRig();
  const redis = await startRedisServer(6390);
  const child = (redisUrl: string) =>
    new Promise<Figures>((resolve, reject) => {
      const script = resolvePath("scripts/bench-redis.ts");
      const run = spawn(
        process.execPath,
        ["--conditions=react-server", "--import", "tsx", script, "--child"],
        {
          stdio: ["ignore", "pipe", "inherit"],
          env: {
            ...process.env,
            ...rigAppEnv(rig, "bench.maildoc.test"),
            MAILDOC_REDIS_URL: redisUrl,
          },
        },
      );
      let output = "";
      run.stdout.on("data", (data: Buffer) => (output += data.toString()));
      run.on("exit", (status) => {
        const line = output.split("\n").find((l) => l.startsWith("BENCH "));
        if (status === 0 && line) resolve(JSON.parse(line.slice(6)) as Figures);
        else reject(new Error(`bench child exited ${status}:\n${output}`));
      });
    });
  try {
    console.log(
      "Mail Doctor — the cost of Redis per check (loopback rig, no added latency; Redis on loopback)",
    );
    console.log(`machine: ${cpus().length} cores, load average (1/5/15 min) ${load()} at start`);
    const memory: Figures[] = [];
    const shared: Figures[] = [];
    for (let round = 0; round < rounds; round++) {
      memory.push(await child(""));
      shared.push(await child(redis.url));
    }
    const all = (list: Figures[], pick: (f: Figures) => number[]) => list.flatMap(pick);
    const row = (name: string, pick: (f: Figures) => number[]) => {
      const [m, r] = [all(memory, pick), all(shared, pick)];
      console.log(
        `  ${name}: in process p50 ${ms(at(m, 50))} (p90 ${ms(at(m, 90))}) · with Redis p50 ${ms(at(r, 50))} (p90 ${ms(at(r, 90))}) → extra ${ms(at(r, 50) - at(m, 50))} at p50 (${m.length} checks each)`,
      );
    };
    console.log(
      `\n${rounds} rounds, alternating; each round ${15} full checks in a row, ${15} cached, 20 at once:`,
    );
    row("full check of good.test (fresh)", (f) => f.full);
    row("the same check from the cache  ", (f) => f.cached);
    row("20 at once on one mail server  ", (f) => f.together);
    const last = shared.at(-1)!;
    console.log("\nRedis commands per check (last round):");
    console.log(
      `  full check, sent by the app: ${listed(last.sent!.full)}; run by Redis: ${last.ran!.full.toFixed(1)}; announcements heard: ${last.messages!.full.toFixed(1)}`,
    );
    console.log(
      `  cached check, sent by the app: ${listed(last.sent!.cached)}; run by Redis: ${last.ran!.cached.toFixed(1)}`,
    );
    const pings = all(shared, (f) => f.pingMs ?? []);
    console.log(`  one round trip (PING): p50 ${ms(at(pings, 50))}, p90 ${ms(at(pings, 90))}`);
    console.log(`\nload average (1/5/15 min) at the end: ${load()}`);
  } finally {
    await redis.dispose();
    await rig.stop();
  }
}

void main();
