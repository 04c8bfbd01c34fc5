// The measuring half of npm run bench:check (runs in the child process that bench-check.ts starts).
import { cpus, loadavg } from "node:os";
import { POST } from "../app/api/diagnose/route";
import type { DiagnoseEvent } from "../lib/api/schema";
import { runCheck, createTargetPolicy, type CheckEvent } from "../lib/probe";
import { serverEnv } from "../lib/env";
import { TargetSlots } from "../lib/probe/probe-queue";
import { probeService } from "../lib/probe/service";

type Timed = { events: DiagnoseEvent[]; firstMs: number; wallMs: number };

async function diagnose(body: object, client: string): Promise<Timed> {
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
  const events = text
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as DiagnoseEvent);
  return { events, firstMs, wallMs: performance.now() - started };
}

/**
 * The longest chain of dependent steps: MX → A of the MX host → probe of a port (or → PTR), and the
 * independent lookups on their own. Probe times exclude waiting for a connection slot.
 */
function criticalPath(events: (DiagnoseEvent | CheckEvent)[], domain: string): number {
  const dns = events.filter((e) => e.type === "dns") as Extract<DiagnoseEvent, { type: "dns" }>[];
  const ms = (name: string, rrtype: string) =>
    dns.find((d) => d.name === name && d.rrtype === rrtype)?.ms ?? 0;
  const mxMs = ms(domain, "MX");
  const mxHosts = new Set(
    dns
      .filter((d) => d.rrtype === "MX" && d.name === domain)
      .flatMap((d) => (d.records as { exchange: string }[]).map((r) => r.exchange)),
  );
  const reach = (host: string) => (mxHosts.has(host) ? mxMs : 0) + Math.max(ms(host, "A"), ms(host, "AAAA"));
  const probes = events.filter((e) => e.type === "probe") as Extract<DiagnoseEvent, { type: "probe" }>[];
  const byTarget = new Map<string, number>();
  for (const p of probes) {
    const key = `${p.ip}:${p.port}`;
    byTarget.set(key, Math.min(byTarget.get(key) ?? Infinity, reach(p.host) + p.ms));
  }
  const hostChains = [...new Set(probes.map((p) => p.host))].map(
    (h) => reach(h) + Math.max(0, ...dns.filter((d) => d.rrtype === "PTR").map((d) => d.ms)),
  );
  return Math.max(...byTarget.values(), ...hostChains, ...dns.map((d) => d.ms));
}

const round = (n: number) => Math.round(n);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function measure(latencyMs: number) {
  console.log(
    `Mail Doctor live-check bench — every DNS answer and server reply +${latencyMs} ms (loopback rig)`,
  );
  console.log(`machine: ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)} at start\n`);
  // Real servers are warm: start Postfix's and Dovecot's per-address processes before measuring
  // (a different cache key than the measured requests, which therefore run for real).
  await diagnose({ servers: [{ host: "mx.good.test" }] }, "203.0.113.250");
  await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      diagnose({ servers: [{ host: `mx.bench-${i + 1}.test` }] }, `203.0.113.${200 + i}`),
    ),
  );

  // Five runs of the same check (the cache is emptied in between, so each one runs for real).
  const service = probeService(serverEnv());
  const fullRuns: { wall: number; critical: number; first: number; events: DiagnoseEvent[] }[] = [];
  for (let i = 0; i < 5; i++) {
    service.cache.clear();
    const run = await diagnose({ domain: "good.test" }, `203.0.113.${i + 1}`);
    fullRuns.push({
      wall: run.wallMs,
      critical: criticalPath(run.events, "good.test"),
      first: run.firstMs,
      events: run.events,
    });
  }
  const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
  const ratios = fullRuns.map((r) => r.wall / r.critical);
  const full = fullRuns[0]!;
  const result = full.events.at(-1) as Extract<DiagnoseEvent, { type: "result" }>;
  console.log(
    "1. full diagnose of good.test, 5 runs (production limits: 2 connections at once per target address)",
  );
  console.log(
    `   wall median ${round(median(fullRuns.map((r) => r.wall)))} ms, critical path median ${round(median(fullRuns.map((r) => r.critical)))} ms → ratio median ${median(ratios).toFixed(2)}× (min ${Math.min(...ratios).toFixed(2)}×, max ${Math.max(...ratios).toFixed(2)}×; target ≤ 1.3×)`,
  );
  console.log(
    `   ${full.events.filter((e) => e.type === "dns").length} lookups, ${full.events.filter((e) => e.type === "probe").length} probe events, settings: ${JSON.stringify(result.settings)}`,
  );

  // The same check with the per-address limit lifted, to tell the code's own concurrency from the limit.
  const unlimited: CheckEvent[] = [];
  const policy = createTargetPolicy({ allowCidrs: ["127.0.0.0/8"], connectionsPerTarget: 7 });
  const started = performance.now();
  await runCheck(
    { domain: "bench-20.test", servers: [] },
    {
      resolverServers: [process.env.MAILDOC_DNS_SERVERS ?? ""],
      policy,
      ehloName: "bench.maildoc.test",
      targetSlots: new TargetSlots(7),
    },
    (e) => unlimited.push(e),
  );
  const unlimitedWall = performance.now() - started;
  const unlimitedCritical = criticalPath(unlimited, "bench-20.test");
  console.log(
    `   for comparison, 7 connections per address (all ports at once): wall ${round(unlimitedWall)} ms, critical path ${round(unlimitedCritical)} ms → ${(unlimitedWall / unlimitedCritical).toFixed(2)}×`,
  );

  const firsts = fullRuns.map((r) => r.first);
  console.log(
    `2. time to the first streamed event: median ${median(firsts).toFixed(1)} ms, max ${Math.max(...firsts).toFixed(1)} ms (target < 100 ms)`,
  );

  const silent = await diagnose({ domain: "silent.test" }, "203.0.113.2");
  const silentResult = silent.events.at(-1) as Extract<DiagnoseEvent, { type: "result" }>;
  const notStarted = silent.events.filter(
    (e) => e.type === "probe" && (e as { step?: string }).step === "queued",
  ).length;
  console.log(
    `3. all ports silent (silent.test): ${round(silent.wallMs)} ms (target < 5 s; hard limit 10 s), ${notStarted} probe events never started, findings: ${silentResult.findings.map((f) => f.id).join(", ")}`,
  );

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
  const walls = runs.map((r) => r.wallMs).sort((a, b) => a - b);
  const allWork = runs.every(
    (r) => (r.events.at(-1) as Extract<DiagnoseEvent, { type: "result" }>).settings?.outgoing?.port === 465,
  );
  console.log(
    `4. 20 concurrent diagnoses from 20 client addresses: wall ${round(concurrentWall)} ms (each: median ${round(walls[9] ?? 0)} ms, slowest ${round(walls[19] ?? 0)} ms), all found working settings: ${allWork}`,
  );
  console.log(
    `   memory: RSS ${mb(baseline.rss)} → peak ${mb(peakRss)} (+${mb(peakRss - baseline.rss)}), heap ${mb(baseline.heapUsed)} → peak ${mb(peakHeap)}`,
  );
}
