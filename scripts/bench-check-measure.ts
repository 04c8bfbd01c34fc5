// The measuring half of npm run bench:check (runs in the child process that bench-check.ts starts).
import { cpus, loadavg } from "node:os";
import { POST } from "../app/api/diagnose/route";
import type { DiagnoseEvent } from "../lib/api/schema";
import { serverEnv } from "../lib/env";
import { probeService } from "../lib/probe/service";
import type { BenchMessage } from "./bench-check";
import { criticalPath } from "./bench-check-critical";

type Probe = Extract<DiagnoseEvent, { type: "probe" }>;
type Result = Extract<DiagnoseEvent, { type: "result" }>;
export type Timed = { events: DiagnoseEvent[]; firstMs: number; wallMs: number };

export async function diagnose(body: object, client: string): Promise<Timed> {
  const started = performance.now();
  const response = await POST(
    new Request("http://bench/api/diagnose", {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": client },
      body: JSON.stringify(body),
    }),
  );
  if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let firstMs = -1;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (firstMs < 0) firstMs = performance.now() - started;
    text += decoder.decode(value, { stream: true });
  }
  const wallMs = performance.now() - started;
  // Read later, when asked: the customers' browsers parse their own streams, not the server's event loop.
  let events: DiagnoseEvent[] | undefined;
  return {
    firstMs,
    wallMs,
    get events() {
      return (events ??= text
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l) as DiagnoseEvent));
    },
  };
}

/** Asks the parent process (which owns the counting proxies) for the connection peaks. */
function peaks(type: "reset-peaks" | "get-peaks"): Promise<Extract<BenchMessage, { type: "peaks" }>> {
  return new Promise((resolve) => {
    process.once("message", (message: BenchMessage) => {
      if (message.type === "peaks") resolve(message);
    });
    process.send?.({ type } satisfies BenchMessage);
  });
}

const round = (n: number) => Math.round(n);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const sorted = (values: number[]) => values.toSorted((a, b) => a - b);
const median = (values: number[]) => sorted(values)[Math.floor(values.length / 2)] ?? NaN;
const percentile = (values: number[], p: number) =>
  sorted(values)[Math.max(0, Math.ceil((p / 100) * values.length) - 1)] ?? NaN;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" / ");
const resultOf = (run: Timed) => run.events.at(-1) as Result;
const probesOf = (run: Timed) => run.events.filter((e): e is Probe => e.type === "probe");

export async function measure(latencyMs: number) {
  console.log(
    `Mail Doctor live-check bench — every DNS answer and server reply (the close too) +${latencyMs} ms (loopback rig)`,
  );
  console.log(`machine: ${cpus().length} cores, load average (1/5/15 min) ${load()} at start\n`);
  const service = probeService(serverEnv());
  const forget = () => {
    service.cache.clear();
    service.probes.clear();
  };
  // Real servers are warm: start Postfix's and Dovecot's per-address processes before measuring.
  await diagnose({ servers: [{ host: "mx.good.test" }] }, "203.0.113.250");
  await diagnose({ servers: [{ host: "mx.shared-50.test" }] }, "203.0.113.251");
  await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      diagnose({ servers: [{ host: `mx.bench-${i + 1}.test` }] }, `203.0.113.${200 + i}`),
    ),
  );

  // 1. The critical path by the minimal client (each step the median of 5 tries), then five full checks, each for
  //    real (the check cache and the shared probe results are emptied in between).
  const dnsServer = process.env.MAILDOC_DNS_SERVERS ?? "";
  const path = await criticalPath(dnsServer, "good.test");
  const critical = path.ms;
  const fullRuns: Timed[] = [];
  for (let i = 0; i < 5; i++) {
    forget();
    fullRuns.push(await diagnose({ domain: "good.test" }, `203.0.113.${i + 1}`));
  }
  const walls = fullRuns.map((r) => r.wallMs);
  const ratios = walls.map((w) => w / critical);
  const full = fullRuns[0]!;
  console.log("1. full check of good.test, 5 runs (one connection at a time per address and port)");
  console.log(
    `   critical path (minimal client, same dialogues through the same proxies, each step the median of 5): ${round(critical)} ms — ${path.chain}`,
  );
  console.log(
    `   wall median ${round(median(walls))} ms → ratio median ${(median(walls) / critical).toFixed(2)}× (min ${Math.min(...ratios).toFixed(2)}×, max ${Math.max(...ratios).toFixed(2)}×; target ≤ 1.3×)`,
  );
  console.log(
    `   ${full.events.filter((e) => e.type === "dns").length} lookups, ${probesOf(full).length} probe events, settings: ${JSON.stringify(resultOf(full).settings)}`,
  );

  const firsts = fullRuns.map((r) => r.firstMs);
  console.log(
    `2. time to the first streamed event: median ${median(firsts).toFixed(1)} ms, max ${Math.max(...firsts).toFixed(1)} ms (target < 100 ms)`,
  );

  forget();
  const silent = await diagnose({ domain: "silent.test" }, "203.0.113.6");
  const silentProbes = probesOf(silent);
  console.log(
    `3. all ports silent (silent.test): ${round(silent.wallMs)} ms (hard limit 10 s); probes: ${count(silentProbes.map((p) => p.status))}; findings: ${resultOf(
      silent,
    )
      .findings.map((f) => f.id)
      .join(", ")}`,
  );

  forget();
  const baseline = process.memoryUsage();
  let peakRss = baseline.rss;
  let peakHeap = baseline.heapUsed;
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  }, 10);
  const concurrentStart = performance.now();
  const runs = await Promise.all(
    Array.from({ length: 20 }, (_, i) => diagnose({ domain: `bench-${i + 1}.test` }, `198.51.100.${i + 1}`)),
  );
  const concurrentWall = performance.now() - concurrentStart;
  clearInterval(sampler);
  const eachWall = runs.map((r) => r.wallMs);
  const allWork = runs.every((r) => resultOf(r).settings?.outgoing?.port === 465);
  console.log(
    `4. 20 concurrent checks of 20 servers from 20 clients: wall ${round(concurrentWall)} ms (each: median ${round(median(eachWall))} ms, slowest ${round(Math.max(...eachWall))} ms), all found working settings: ${allWork}`,
  );
  console.log(
    `   memory: RSS ${mb(baseline.rss)} → peak ${mb(peakRss)} (+${mb(peakRss - baseline.rss)}), heap ${mb(baseline.heapUsed)} → peak ${mb(peakHeap)}`,
  );

  await sharedServer();
  console.log(`\nload average (1/5/15 min) at the end: ${load()}`);
}

/** 5. 50 customers of one mail server check at once. */
async function sharedServer() {
  const service = probeService(serverEnv());
  const forget = () => {
    service.cache.clear();
    service.probes.clear();
  };
  const domains = Array.from({ length: 50 }, (_, i) => `shared-${i + 1}.test`);
  forget();
  const aloneCpu = process.cpuUsage();
  const alone = await diagnose({ domain: domains[0] }, "192.0.2.200");
  const aloneUsage = process.cpuUsage(aloneCpu);
  const aloneCpuMs = round((aloneUsage.user + aloneUsage.system) / 1000);
  // The ports that really work on that server, by a check that had it to itself.
  const working = new Set(
    probesOf(alone)
      .filter((p) => p.status === "open" && p.host === `mx.${domains[0]}`)
      .map((p) => p.port),
  );
  forget();
  await peaks("reset-peaks");
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const runs = await Promise.all(domains.map((d, i) => diagnose({ domain: d }, `192.0.2.${i + 1}`)));
  const wall = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const { perAddress, perTarget, rigCpuMs } = await peaks("get-peaks");

  const downByCause = runs.filter((r) => resultOf(r).causes.some((c) => c.id === "server-down")).length;
  // The check's own evidence: a port that works was reported refused or silent (skipped is not evidence).
  const downByEvidence = runs.filter((r) =>
    probesOf(r).some((p) => working.has(p.port) && (p.status === "refused" || p.status === "timeout")),
  ).length;
  const skipped = runs.filter((r) => probesOf(r).some((p) => p.status === "skipped")).length;
  const cached = runs.filter((r) => resultOf(r).cached).length;
  const sources = count(runs.flatMap(probesOf).map((p) => String(p.source ?? "none")));
  const walls = runs.map((r) => r.wallMs);
  const lookupMs = (list: Timed[]) =>
    list.flatMap((r) => r.events.flatMap((e) => (e.type === "dns" ? [e.ms] : [])));
  const probeMs = (list: Timed[]) => list.flatMap((r) => probesOf(r).map((p) => p.ms));
  const server = "127.0.0.121";
  const ofServer = perTarget.filter(([key]) => key.startsWith(`${server}:`));
  console.log(
    `5. 50 concurrent checks of 50 domains on one mail server (${server}) from 50 clients, wall ${round(wall)} ms, CPU: app ${round((cpu.user + cpu.system) / 1000)} ms, rig's DNS and proxies ${rigCpuMs} ms`,
  );
  console.log(
    `   false server-down: ${downByCause} of 50 by the result's causes, ${downByEvidence} of 50 by the evidence (a working port reported refused/timeout); target 0`,
  );
  console.log(
    `   checks with a skipped probe: ${skipped} of 50; answered from the check cache: ${cached}; probe events by source: ${sources}`,
  );
  console.log(
    `   each check: p50 ${round(percentile(walls, 50))} ms, p95 ${round(percentile(walls, 95))} ms, slowest ${round(Math.max(...walls))} ms; one check alone ${round(alone.wallMs)} ms (app CPU ${aloneCpuMs} ms) → slowest ${(Math.max(...walls) / alone.wallMs).toFixed(2)}× (target < 2×)`,
  );
  console.log(
    `   where the time went: DNS answers median ${round(median(lookupMs(runs)))} ms, max ${round(Math.max(...lookupMs(runs)))} ms (alone: ${round(median(lookupMs([alone])))} / ${round(Math.max(...lookupMs([alone])))}); dialogues median ${round(median(probeMs(runs)))} ms, max ${round(Math.max(...probeMs(runs)))} ms (alone: ${round(median(probeMs([alone])))} / ${round(Math.max(...probeMs([alone])))})`,
  );
  console.log(
    `   most connections open at once, seen by the server: per address ${perAddress.find(([ip]) => ip === server)?.[1] ?? 0} (limit 7), per address+port ${Math.max(0, ...ofServer.map(([, n]) => n))} (target ≤ 1) — ${ofServer
      .toSorted((a, b) => Number(a[0].split(":")[1]) - Number(b[0].split(":")[1]))
      .map(([key, n]) => `${key.split(":")[1]}: ${n}`)
      .join(", ")}`,
  );
}

function count(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${n} ${k}`).join(", ");
}
