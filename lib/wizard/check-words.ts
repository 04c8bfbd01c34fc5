// The live check's events (SPEC §2) in plain words, and what is still being checked, for the progress view.
import type { DiagnoseEvent } from "@/lib/api/schema";
import type { check } from "@/content/ui/check";
import { mailPorts, normalizeName, type DnsEvent, type ProbeEvent } from "@/lib/diagnose/check-view";

type Words = (typeof check)["ko"];

export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole));
}

const roleOfPort = (port: number): "incoming" | "outgoing" =>
  mailPorts.smtp.includes(port) ? "outgoing" : "incoming";

function mxHosts(event: DnsEvent): string {
  return event.records
    .map((r) => (r && typeof r === "object" && "exchange" in r ? String(r.exchange) : String(r)))
    .join(", ");
}

// Records a domain may well do without (autoconfiguration, SRV, DMARC, reverse DNS, IPv6): their absence
// is said plainly, not flagged as a problem.
const optional = (e: DnsEvent) =>
  !["MX", "A"].includes(e.rrtype) || /^(_|autoconfig\.|autodiscover\.)/.test(normalizeName(e.name));

function describeDns(e: DnsEvent, w: Words): { line: string; ok: boolean } {
  const name = normalizeName(e.name);
  const found = e.status === "ok" && e.records.length > 0;
  if (e.status === "servfail" || e.status === "timeout" || e.status === "error")
    return { line: fill(w.dnsFailed, { name, rrtype: e.rrtype }), ok: false };
  if (e.status === "nxdomain" && !optional(e)) return { line: fill(w.nxdomain, { name }), ok: false };
  if (e.rrtype === "MX")
    return { line: found ? fill(w.mxFound, { hosts: mxHosts(e) }) : w.mxNone, ok: found };
  if (e.rrtype === "A" && found)
    return { line: fill(w.addressFound, { name, addresses: e.records.join(", ") }), ok: true };
  if (e.rrtype === "A" && !optional(e)) return { line: fill(w.addressNone, { name }), ok: false };
  return { line: fill(found ? w.recordFound : w.recordNone, { name, rrtype: e.rrtype }), ok: true };
}

function describeProbe(e: ProbeEvent, w: Words): string {
  const line = fill(w.probe, {
    role: w.roles[roleOfPort(e.port)],
    host: e.host,
    port: e.port,
    status: w.statuses[e.status],
  });
  if (e.status !== "open" || !e.tls) return line;
  return `${line} · ${e.tls.authorized && e.tls.hostnameMatch ? w.certOk : w.certProblem}`;
}

/** One line per event; the `start` and `result` events are not checks and have no line. */
export function describeEvent(event: DiagnoseEvent, w: Words): { line: string; ok: boolean } | null {
  if (event.type === "dns") return describeDns(event, w);
  if (event.type === "probe") return { line: describeProbe(event, w), ok: event.status === "open" };
  return null;
}

const portOrder = [587, 995, 993, 465, 25, 110, 143];

/**
 * What is probably still running: the MX lookup until it answers, then the ports of each MX host
 * (SPEC §6 checks every mail port of up to five MX hosts) that have not reported yet.
 */
export function pendingChecks(
  events: readonly DiagnoseEvent[],
  domain: string | undefined,
  w: Words,
): string[] {
  const mx = events.find((e): e is DnsEvent => e.type === "dns" && e.rrtype === "MX");
  if (!mx) return [w.pendingMx];
  const hosts =
    mx.status === "ok" ? mxHosts(mx).split(", ").filter(Boolean).slice(0, 5).map(normalizeName) : [];
  const targets = hosts.length > 0 ? hosts : domain ? [domain] : [];
  const seen = new Set(
    events
      .filter((e): e is ProbeEvent => e.type === "probe")
      .map((p) => `${normalizeName(p.host)}:${p.port}`),
  );
  const pendingPorts = new Set<number>();
  for (const host of targets)
    for (const port of portOrder) if (!seen.has(`${host}:${port}`)) pendingPorts.add(port);
  return [...pendingPorts].map((port) => fill(w.pendingPort, { role: w.roles[roleOfPort(port)], port }));
}

/** A rough total for the progress bar: the two first lookups and seven ports per mail host. */
export function expectedChecks(events: readonly DiagnoseEvent[]): number {
  const mx = events.find((e): e is DnsEvent => e.type === "dns" && e.rrtype === "MX");
  const hosts = mx?.status === "ok" ? Math.min(5, Math.max(1, mx.records.length)) : 1;
  return 2 + 7 * hosts;
}
