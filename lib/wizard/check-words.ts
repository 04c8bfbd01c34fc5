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
import { roleOfPort } from "@/lib/mail-ports";
import { mxHosts, pendingChecksIn, type PendingWords } from "./pending-checks";

const texts = (locale: Locale) => textsFor(checkSentences, locale);

/** How a line reads: it worked, it did not, or there is nothing to judge (an optional record, a probe not run). */
export type LineState = "ok" | "fail" | "neutral";
export type CheckLine = { line: string; state: LineState };

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

/** The progress view's words in one language (lib/wizard/pending-checks.ts). */
export function pendingWords(locale: Locale): PendingWords {
  const { events, words } = texts(locale);
  return { pendingMx: events.pendingMx, pendingPort: events.pendingPort, roles: words.roles };
}

/** What is probably still running (lib/wizard/pending-checks.ts), in the words of `locale`. */
export function pendingChecks(
  events: readonly DiagnoseEvent[],
  domain: string | undefined,
  locale: Locale,
): string[] {
  return pendingChecksIn(pendingWords(locale), events, domain);
}
