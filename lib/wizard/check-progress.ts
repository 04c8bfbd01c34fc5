// How far the live check has come, for its progress bar: by its real phases — the domain's DNS, then one
// probe per mail port of every host that resolved — and never behind the clock, since SPEC §6 ends every
// check within 10 s. A silent server therefore moves the bar with time instead of parking it at 90%.
import type { DiagnoseEvent } from "@/lib/api/schema";
import { normalizeName, type DnsEvent, type ProbeEvent, type StartEvent } from "@/lib/diagnose/check-events";
import { probeOrder } from "@/lib/mail-ports";

/** SPEC §6: the whole check within 10 s, and a single connection or protocol step within 4 s. */
export const checkTiming = { budgetMs: 10_000, stepMs: 4_000, maxMxHosts: 5 } as const;

const dnsShare = 15;
const probeShare = 80;

export type CheckPhase = "dns" | "connect" | "waiting";
export type CheckProgress = { percent: number; phase: CheckPhase; secondsLeft: number };

function mxNames(mx: DnsEvent | undefined): string[] {
  if (mx?.status !== "ok") return [];
  return mx.records
    .map((r) =>
      r && typeof r === "object" && "exchange" in r ? String(r.exchange) : String(r).split(/\s+/).pop(),
    )
    .filter((h): h is string => !!h && h !== ".")
    .map(normalizeName)
    .slice(0, checkTiming.maxMxHosts);
}

/** The names the check will probe, as far as the DNS answers so far tell: those that resolved. */
function probedNames(events: readonly DiagnoseEvent[]): Set<string> {
  const start = events.find((e): e is StartEvent => e.type === "start");
  const dns = events.filter((e): e is DnsEvent => e.type === "dns");
  const domain = start?.domain ? normalizeName(start.domain) : null;
  const candidates = new Set([
    ...(start?.servers ?? []).map(normalizeName),
    ...mxNames(dns.find((e) => e.rrtype === "MX" && domain !== null && normalizeName(e.name) === domain)),
    ...(domain ? [domain, `mail.${domain}`] : []),
  ]);
  const resolved = dns.filter(
    (e) => ["A", "AAAA"].includes(e.rrtype) && e.status === "ok" && e.records.length > 0,
  );
  return new Set(resolved.map((e) => normalizeName(e.name)).filter((n) => candidates.has(n)));
}

export function checkProgress(events: readonly DiagnoseEvent[], elapsedMs: number): CheckProgress {
  const secondsLeft = Math.max(0, Math.ceil((checkTiming.budgetMs - elapsedMs) / 1000));
  const dnsDone =
    events.some((e) => e.type === "dns" && e.rrtype === "MX") || events.some((e) => e.type === "probe");
  const probes = new Set(
    events
      .filter((e): e is ProbeEvent => e.type === "probe")
      .map((p) => `${normalizeName(p.host)}:${p.port}`),
  );
  const expected = Math.max(probes.size, probedNames(events).size * probeOrder.length, 1);
  const work = (dnsDone ? dnsShare : 0) + probeShare * (probes.size / expected);
  const byTime = (95 * elapsedMs) / checkTiming.budgetMs;
  const percent = Math.round(Math.min(99, Math.max(work, byTime)));
  const phase: CheckPhase = !dnsDone ? "dns" : elapsedMs > checkTiming.stepMs ? "waiting" : "connect";
  return { percent, phase, secondsLeft };
}
