// The live check's events (SPEC §2) in plain words, one line each, and what is still being checked, for
// the progress view, the raw checks under the result and the report for support. The words are the one
// sentence catalog of the check (content/diagnose/sentences.ts).
import { checkSentences } from "@/content/diagnose/sentences";
import type { DiagnoseEvent } from "@/lib/api/schema";
import {
  certificateProblem,
  normalizeName,
  notRun,
  type DnsEvent,
  type ProbeEvent,
} from "@/lib/diagnose/check-view";
import { fill, textsFor } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import { probeOrder, roleOfPort } from "@/lib/mail-ports";

const texts = (locale: Locale) => textsFor(checkSentences, locale);

/** How a line reads: it worked, it did not, or there is nothing to judge (an optional record, a probe not run). */
export type LineState = "ok" | "fail" | "neutral";
export type CheckLine = { line: string; state: LineState };

function mxHosts(event: DnsEvent): string {
  return event.records
    .map((r) => (r && typeof r === "object" && "exchange" in r ? String(r.exchange) : String(r)))
    .join(", ");
}

// Records a domain may well do without (autoconfiguration, SRV, DMARC, reverse DNS, IPv6): their absence
// is said plainly, not flagged as a problem.
const optional = (e: DnsEvent) =>
  !["MX", "A"].includes(e.rrtype) || /^(_|autoconfig\.|autodiscover\.)/.test(normalizeName(e.name));

function describeDns(e: DnsEvent, locale: Locale): CheckLine {
  const w = texts(locale).events;
  const name = normalizeName(e.name);
  const found = e.status === "ok" && e.records.length > 0;
  if (e.status === "servfail" || e.status === "timeout" || e.status === "error")
    return { line: fill(w.dnsFailed, { name, rrtype: e.rrtype }), state: optional(e) ? "neutral" : "fail" };
  if (e.status === "nxdomain" && !optional(e)) return { line: fill(w.nxdomain, { name }), state: "fail" };
  if (e.rrtype === "MX")
    return { line: found ? fill(w.mxFound, { hosts: mxHosts(e) }) : w.mxNone, state: found ? "ok" : "fail" };
  if (e.rrtype === "A" && found)
    return { line: fill(w.addressFound, { name, addresses: e.records.join(", ") }), state: "ok" };
  if (e.rrtype === "A" && !optional(e)) return { line: fill(w.addressNone, { name }), state: "fail" };
  const rrtype = e.rrtype;
  // A record the domain may do without is neutral when absent, not a tick.
  return found
    ? { line: fill(w.recordFound, { name, rrtype }), state: "ok" }
    : { line: fill(w.recordNone, { name, rrtype }), state: "neutral" };
}

function describeProbe(e: ProbeEvent, locale: Locale): string {
  const { events: w, words } = texts(locale);
  const line = fill(w.probe, {
    role: words.roles[roleOfPort(e.port)],
    host: e.host,
    port: e.port,
    // Cut by the budget or left out after a silent host: it was not tried, which says nothing of the server.
    status: words.statuses[notRun(e) ? "skipped" : e.status],
  });
  // Only a finished handshake shows a certificate; silence during TLS says nothing about it.
  if (e.status !== "open" || !e.tls?.version) return line;
  return certificateProblem(e) === null ? fill(w.certOk, { line }) : fill(w.certProblem, { line });
}

const probeState = (e: ProbeEvent): LineState =>
  e.status === "open" ? "ok" : notRun(e) ? "neutral" : "fail";

/** One line per event; the `start` and `result` events are not checks and have no line. */
export function describeEvent(event: DiagnoseEvent, locale: Locale): CheckLine | null {
  if (event.type === "dns") return describeDns(event, locale);
  if (event.type === "probe") return { line: describeProbe(event, locale), state: probeState(event) };
  return null;
}

/**
 * What is probably still running: the MX lookup until it answers, then the ports of each MX host
 * (SPEC §6 checks every mail port of up to five MX hosts) that have not reported yet.
 */
export function pendingChecks(
  events: readonly DiagnoseEvent[],
  domain: string | undefined,
  locale: Locale,
): string[] {
  const { events: w, words } = texts(locale);
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
    for (const port of probeOrder) if (!seen.has(`${host}:${port}`)) pendingPorts.add(port);
  return [...pendingPorts].map((port) => fill(w.pendingPort, { role: words.roles[roleOfPort(port)], port }));
}
