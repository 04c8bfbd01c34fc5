// What an operator can watch (issue 14): GET /metrics in Prometheus text format (prom-client). One registry
// per process, kept on globalThis: Next.js may load this module once per bundle (each route, and
// instrumentation.ts, whose server edge answers /metrics), and they must all count into the registry that
// is scraped.
import "server-only";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

export type CheckOutcome = "complete" | "incomplete" | "cached" | "error";
export type RefusalKind = "concurrent" | "per_minute";

function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "maildoc_" });
  const registers = [registry];
  const seconds = [0.05, 0.1, 0.25, 0.5, 1, 2, 4, 6, 8, 10, 12];
  return {
    registry,
    checksStarted: new Counter({
      name: "maildoc_checks_started_total",
      help: "Live checks started (POST /api/diagnose admitted).",
      registers,
    }),
    checksFinished: new Counter({
      name: "maildoc_checks_finished_total",
      help: "Live checks finished, by outcome: complete, incomplete (something skipped or cut), cached (replayed or joined), error.",
      labelNames: ["outcome"] as const,
      registers,
    }),
    checkSeconds: new Histogram({
      name: "maildoc_check_duration_seconds",
      help: "Time from a check's start to its last event, by outcome.",
      labelNames: ["outcome"] as const,
      buckets: seconds,
      registers,
    }),
    probes: new Counter({
      name: "maildoc_probes_total",
      help: "Mail-port dialogues this instance held, by status.",
      labelNames: ["status"] as const,
      registers,
    }),
    probeSeconds: new Histogram({
      name: "maildoc_probe_duration_seconds",
      help: "Duration of the mail-port dialogues this instance held, by status.",
      labelNames: ["status"] as const,
      buckets: seconds,
      registers,
    }),
    probeJoins: new Counter({
      name: "maildoc_probe_joins_total",
      help: "Probes a check took from another check's running dialogue instead of opening its own.",
      registers,
    }),
    cacheHits: new Counter({
      name: "maildoc_cache_hits_total",
      help: "Answers from a cache: check (the 5-minute check cache) or probe (a probe result at most 60 s old).",
      labelNames: ["cache"] as const,
      registers,
    }),
    rateLimited: new Counter({
      name: "maildoc_rate_limited_total",
      help: "Checks refused with 429, by limit: concurrent (one at a time) or per_minute (ten a minute).",
      labelNames: ["kind"] as const,
      registers,
    }),
    mailSockets: new Gauge({
      name: "maildoc_mail_sockets_open",
      help: "Connections from this instance to mail servers open now.",
      registers,
    }),
    httpConnections: new Gauge({
      name: "maildoc_http_connections_open",
      help: "HTTP connections open to this instance now.",
      registers,
    }),
    httpResponses: new Counter({
      name: "maildoc_http_responses_total",
      help: "HTTP responses, by status code.",
      labelNames: ["status"] as const,
      registers,
    }),
    redisUp: new Gauge({
      name: "maildoc_redis_up",
      help: "1 while the shared Redis store (MAILDOC_REDIS_URL) is reachable, 0 while limits and caches are per process. Absent without Redis.",
      registers: [],
    }),
    redisRefused: new Counter({
      name: "maildoc_redis_values_refused_total",
      help: "Values not stored in Redis because they were over the size bound, by kind (probe, check).",
      labelNames: ["kind"] as const,
      registers,
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
const key = Symbol.for("mail-doctor.metrics");

export function metrics(): Metrics {
  const global = globalThis as Record<symbol, Metrics | undefined>;
  return (global[key] ??= createMetrics());
}

/** With Redis configured, its state is a metric too (kept current by the connection's own events). */
export function watchRedis(isUp: () => boolean): void {
  const { registry, redisUp } = metrics();
  if (!registry.getSingleMetric("maildoc_redis_up")) registry.registerMetric(redisUp);
  redisUp.set(isUp() ? 1 : 0);
}
