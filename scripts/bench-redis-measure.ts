// The measuring half of npm run bench:redis (a child process per mode: MAILDOC_REDIS_URL empty or set).
import { cpus, loadavg } from "node:os";
import { Redis } from "ioredis";
import { diagnose, type Timed } from "./bench-check-measure";

const runs = 15;
const sorted = (values: number[]) => values.toSorted((a, b) => a - b);
const at = (values: number[], p: number) =>
  sorted(values)[Math.max(0, Math.ceil((p / 100) * values.length) - 1)] ?? NaN;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" / ");

/** Calls per command so far (INFO commandstats), without the INFO calls that ask. */
async function commandCalls(redis: Redis): Promise<Map<string, number>> {
  const calls = new Map<string, number>();
  for (const line of (await redis.info("commandstats")).split("\n")) {
    const match = /^cmdstat_([^:]+):calls=(\d+)/.exec(line.trim());
    if (match && match[1] !== "info") calls.set(match[1]!, Number(match[2]));
  }
  return calls;
}
function perCheck(before: Map<string, number>, after: Map<string, number>, checks: number) {
  const each = [...after]
    .map(([name, n]) => [name, (n - (before.get(name) ?? 0)) / checks] as const)
    .filter(([, n]) => n > 0)
    .toSorted((a, b) => b[1] - a[1]);
  const total = each.reduce((sum, [, n]) => sum + n, 0);
  return `${total.toFixed(1)} (${each.map(([name, n]) => `${name} ${n.toFixed(1)}`).join(", ")})`;
}

async function phase(name: string, body: object, client: (i: number) => string) {
  const done: Timed[] = [];
  for (let i = 0; i < runs; i++) done.push(await diagnose(body, client(i)));
  const walls = done.map((d) => d.wallMs);
  const cached = done.filter((d) => (d.events.at(-1) as { cached?: boolean }).cached).length;
  console.log(
    `   ${name}: p50 ${ms(at(walls, 50))}, p90 ${ms(at(walls, 90))}, min ${ms(Math.min(...walls))} (${cached}/${runs} from the cache)`,
  );
}

export async function measure() {
  const shared = Boolean(process.env.MAILDOC_REDIS_URL);
  const stats = shared ? new Redis(process.env.BENCH_REDIS_AT ?? "") : null;
  if (!shared) {
    console.log("Mail Doctor — the cost of Redis per check (loopback rig without added latency)");
    console.log(`machine: ${cpus().length} cores; ${runs} checks in a row per row below\n`);
  }
  console.log(
    `${shared ? "with Redis on loopback" : "in this process only"} — load average ${load()} at start`,
  );
  // Warm: the route's code, Postfix's and Dovecot's per-address processes, the Redis connection.
  for (let i = 0; i < 3; i++) await diagnose({ domain: "good.test", fresh: true }, `203.0.113.${240 + i}`);
  let before = stats ? await commandCalls(stats) : null;
  await phase(
    "full check of good.test (fresh)",
    { domain: "good.test", fresh: true },
    (i) => `198.51.100.${i + 1}`,
  );
  if (stats && before)
    console.log(`   Redis commands per full check: ${perCheck(before, await commandCalls(stats), runs)}`);
  before = stats ? await commandCalls(stats) : null;
  await phase(
    "the same check from the 5-minute cache",
    { domain: "good.test" },
    (i) => `198.51.100.${i + 101}`,
  );
  if (stats && before)
    console.log(`   Redis commands per cached check: ${perCheck(before, await commandCalls(stats), runs)}`);
  if (stats) {
    const pings: number[] = [];
    for (let i = 0; i < 200; i++) {
      const started = performance.now();
      await stats.ping();
      pings.push(performance.now() - started);
    }
    console.log(`   one Redis round trip (PING): p50 ${ms(at(pings, 50))}, p90 ${ms(at(pings, 90))}`);
    stats.disconnect();
  }
  console.log(`   load average at the end: ${load()}\n`);
  process.exit(0); // the shared Redis connection would keep the process alive
}
