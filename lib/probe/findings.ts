// What the check alone can say (SPEC §2 `result`): findings in the customer's language, the settings
// seen to work, and the causes the check by itself points to. Pure: events in, result out. The wizard's
// lib/diagnose combines this with the pasted message.
import "server-only";
import type { RankedCause, WorkingSettings } from "@/lib/api/schema";
import type { Locale } from "@/lib/i18n/locales";
import { domainFindings } from "./dns-findings";
import type { DnsEvent } from "./dns-lookup";
import { Report, type Finding } from "./findings-report";
import { hostFindings, isDown } from "./host-findings";
import type { ProbeEvent } from "./port-probe";
import type { RefusalReason, ServerTarget } from "./target-input";
import { workingSettings, works } from "./working-settings";

export type { Finding, FindingId, Severity } from "./findings-report";
export type CheckResult = { findings: Finding[]; settings: WorkingSettings | null; causes: RankedCause[] };

export type FindingsContext = {
  domain: string | null;
  servers: ServerTarget[];
  refused: { input: string; reason: RefusalReason }[];
  locale: Locale;
  /** The customer's incoming protocol, when known (settings then keep it). */
  prefer?: "pop3" | "imap" | null;
};

export function deriveFindings(events: (DnsEvent | ProbeEvent)[], context: FindingsContext): CheckResult {
  const report = new Report(context.locale);
  const { texts } = report;
  const dns = events.filter((e): e is DnsEvent => e.type === "dns");
  const probes = events.filter((e): e is ProbeEvent => e.type === "probe");
  const dnsOf = (name: string, rrtype: string) => dns.find((e) => e.name === name && e.rrtype === rrtype);
  const resolves = (name: string) => ["A", "AAAA"].some((t) => dnsOf(name, t)?.status === "ok");
  const { domain } = context;

  for (const { input, reason } of context.refused)
    report.say("target-refused", "warn", { input, reason: texts.refusals[reason] });
  const mxHosts = domain ? domainFindings(report, dnsOf, domain) : [];

  // "The mail server": the servers the customer named, the MX hosts, else mail.<domain>, else the domain.
  const named = context.servers.map((s) => s.host);
  for (const host of named)
    if (["A", "AAAA"].every((t) => dnsOf(host, t)?.status === "nxdomain"))
      report.blame("server-not-found", 0.8, report.say("host-not-found", "fail", { host }));
  const fallback = domain ? [resolves(`mail.${domain}`) ? `mail.${domain}` : domain] : [];
  const perHost = new Map<string, ProbeEvent[]>();
  for (const event of probes) perHost.set(event.host, [...(perHost.get(event.host) ?? []), event]);
  const mailHosts = [...new Set([...named, ...(mxHosts.length > 0 ? mxHosts : fallback)])].filter((h) =>
    perHost.has(h),
  );

  const eventsOf = (host: string) => perHost.get(host) ?? [];
  const hostContext = {
    allHostsBlocked: mailHosts.every((h) => eventsOf(h).every((e) => e.status === "blocked")),
    allHostsDown: mailHosts.every((h) => isDown(eventsOf(h))),
    encryptionWorksSomewhere: probes.some((e) => works(e) && e.security !== "none"),
  };
  const verdicts = new Map(
    mailHosts.map((host) => [host, hostFindings(report, host, eventsOf(host), hostContext)]),
  );

  // What works, and what that answers: which port instead of 25, login only after STARTTLS, which name.
  const order = [...named, ...(domain ? [`mail.${domain}`] : []), ...mxHosts, ...(domain ? [domain] : [])];
  const rank = (host: string) => (order.includes(host) ? order.indexOf(host) : order.length);
  const settings = workingSettings(probes, rank, context.prefer ?? null);
  const out = settings?.outgoing;
  if (out) {
    report.say("outgoing-ok", "ok", {
      host: out.host,
      port: out.port,
      security: texts.security[out.security],
    });
    const on25 = probes.find((e) => e.host === out.host && e.port === 25);
    if (
      on25 &&
      on25.status !== "open" &&
      on25.status !== "skipped" &&
      on25.step !== "queued" &&
      out.port !== 25
    )
      report.say("port25-closed-use-other", "warn", { host: out.host, port: out.port });
    const used = probes.find((e) => e.host === out.host && e.port === out.port);
    if (used && out.security === "starttls" && !used.capabilitiesBeforeTls.some((c) => /^AUTH\b/.test(c)))
      report.say("auth-after-starttls", "ok", { host: out.host, port: out.port });
  }
  const into = settings?.incoming;
  if (into) {
    const { host, port, protocol, security } = into;
    report.say("incoming-ok", "ok", {
      host,
      port,
      protocol: protocol.toUpperCase(),
      security: texts.security[security],
    });
  }
  const answering = mailHosts.find(
    (h) => verdicts.get(h) === "answering" && eventsOf(h).some((e) => e.status === "open"),
  );
  if (answering && !out) report.say("outgoing-none", "warn", { host: answering });
  if (answering && !into) report.say("incoming-none", "warn", { host: answering });
  const mailStatus = domain ? dnsOf(`mail.${domain}`, "A")?.status : undefined;
  if (domain && into && !resolves(`mail.${domain}`) && (mailStatus === "nxdomain" || mailStatus === "nodata"))
    report.say("mail-host-missing", "warn", { domain, host: into.host });

  const notStarted = probes.filter(
    (e) => e.step === "queued" || (e.status === "skipped" && e.step !== "skipped"),
  ).length;
  if (notStarted > 0) report.say("check-incomplete", "warn", { count: notStarted });
  return { ...report.finish(), settings };
}
