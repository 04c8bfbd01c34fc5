// What the check alone can say (SPEC §2 `result`): findings in the customer's language, the settings
// seen to work, and the causes the check by itself points to. Pure: events in, result out. The wizard's
// lib/diagnose combines this with the pasted message.
import "server-only";
import type { RankedCause, WorkingSettings } from "@/lib/api/schema";
import type { CauseId } from "@/lib/causes";
import { checkFindings } from "@/content/check-findings";
import type { Locale } from "@/lib/i18n/locales";
import type { DnsEvent } from "./dns-lookup";
import type { ProbeEvent } from "./port-probe";
import type { RefusalReason, ServerTarget } from "./target-input";
import { workingSettings, works } from "./working-settings";

type Texts = (typeof checkFindings)["ko"];
export type FindingId = keyof Texts["findings"];
export type Severity = "ok" | "warn" | "fail";
export type Finding = { id: FindingId; severity: Severity; message: string };
export type CheckResult = { findings: Finding[]; settings: WorkingSettings | null; causes: RankedCause[] };

export type FindingsContext = {
  domain: string | null;
  servers: ServerTarget[];
  refused: { input: string; reason: RefusalReason }[];
  locale: Locale;
  /** The customer's incoming protocol, when known (settings then keep it). */
  prefer?: "pop3" | "imap" | null;
};

const severityOrder: Record<Severity, number> = { fail: 0, warn: 1, ok: 2 };
const untrustedErrors = new Set([
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "CERT_UNTRUSTED",
]);
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
const portsOf = (events: ProbeEvent[]) => [...new Set(events.map((e) => e.port))].join(", ");

export function deriveFindings(events: (DnsEvent | ProbeEvent)[], context: FindingsContext): CheckResult {
  const texts: Texts = checkFindings[context.locale];
  const findings: Finding[] = [];
  const causes = new Map<CauseId, { confidence: number; evidence: string[] }>();
  const say = (id: FindingId, severity: Severity, values: Record<string, string | number> = {}) => {
    const message = fill(texts.findings[id], values);
    findings.push({ id, severity, message });
    return message;
  };
  const blame = (id: CauseId, confidence: number, evidence: string) => {
    const cause = causes.get(id) ?? { confidence: 0, evidence: [] };
    cause.confidence = Math.max(cause.confidence, confidence);
    cause.evidence.push(evidence);
    causes.set(id, cause);
  };

  const dns = events.filter((e): e is DnsEvent => e.type === "dns");
  const probes = events.filter((e): e is ProbeEvent => e.type === "probe");
  const dnsOf = (name: string, rrtype: string) => dns.find((e) => e.name === name && e.rrtype === rrtype);
  const resolves = (name: string) => ["A", "AAAA"].some((t) => dnsOf(name, t)?.status === "ok");

  for (const { input, reason } of context.refused)
    say("target-refused", "warn", { input, reason: texts.refusals[reason] });

  // ---- the domain in DNS
  const { domain } = context;
  let mxHosts: string[] = [];
  if (domain) {
    const mx = dnsOf(domain, "MX");
    const nsFailing = ["NS", "SOA"].some((t) => dnsOf(domain, t)?.status === "servfail");
    const mxRecords = mx?.status === "ok" ? (mx.records as { exchange: string; priority: number }[]) : [];
    const nullMx = mxRecords.length === 1 && ["", "."].includes(mxRecords[0]?.exchange ?? "");
    mxHosts = nullMx
      ? []
      : mxRecords
          .toSorted((a, b) => a.priority - b.priority)
          .map((r) => r.exchange)
          .slice(0, 5);
    if (mx?.status === "nxdomain")
      blame("domain-dns-broken", 0.9, say("domain-not-found", "fail", { domain }));
    else if (mx?.status === "servfail" || nsFailing)
      blame("domain-dns-broken", 0.8, say("dns-failing", "fail", { domain }));
    else if (mx?.status === "timeout") blame("domain-dns-broken", 0.4, say("dns-slow", "warn", { domain }));
    else if (nullMx) blame("domain-dns-broken", 0.6, say("null-mx", "fail", { domain }));
    else if (mx?.status === "ok") say("mx-found", "ok", { domain, hosts: mxHosts.join(", ") });
    else if (mx) blame("domain-dns-broken", 0.5, say("mx-missing", "warn", { domain }));
    if (mx?.status === "ok" && !nullMx) {
      const txt = dnsOf(domain, "TXT");
      if (
        txt &&
        ["ok", "nodata"].includes(txt.status) &&
        !(txt.records as string[]).some((r) => /^v=spf1\b/i.test(r))
      )
        say("spf-missing", "warn", { domain });
      const dmarc = dnsOf(`_dmarc.${domain}`, "TXT");
      if (dmarc && ["nodata", "nxdomain"].includes(dmarc.status)) say("dmarc-missing", "warn", { domain });
    }
  }

  // ---- which hosts are "the mail server": named servers, MX hosts, else mail.<domain>, else the domain
  const named = context.servers.map((s) => s.host);
  for (const host of named)
    if (["A", "AAAA"].every((t) => dnsOf(host, t)?.status === "nxdomain"))
      blame("server-not-found", 0.8, say("host-not-found", "fail", { host }));
  const fallback = domain ? (resolves(`mail.${domain}`) ? [`mail.${domain}`] : [domain]) : [];
  const mailHosts = [...new Set([...named, ...(mxHosts.length > 0 ? mxHosts : fallback)])];
  const rank = (host: string) => {
    const order = [...named, ...(domain ? [`mail.${domain}`] : []), ...mxHosts, ...(domain ? [domain] : [])];
    const at = order.indexOf(host);
    return at < 0 ? order.length : at;
  };
  const settings = workingSettings(probes, rank, context.prefer ?? null);

  const perHost = new Map<string, ProbeEvent[]>();
  for (const event of probes) perHost.set(event.host, [...(perHost.get(event.host) ?? []), event]);
  const hostsToReport = mailHosts.filter((h) => perHost.has(h));
  const down = hostsToReport.filter((host) => {
    const tried = (perHost.get(host) ?? []).filter((e) => e.status !== "blocked" && e.step !== "queued");
    return (
      tried.length > 0 &&
      tried.every((e) => ["refused", "timeout", "reset"].includes(e.status) && e.banner === null)
    );
  });

  for (const host of hostsToReport) {
    const events = perHost.get(host) ?? [];
    const blocked = events.find((e) => e.status === "blocked");
    if (blocked) {
      const message = say("address-blocked", "fail", { host, ip: blocked.ip, reason: blocked.detail ?? "" });
      if (hostsToReport.every((h) => perHost.get(h)?.some((e) => e.status === "blocked")))
        blame("domain-dns-broken", 0.6, message);
      continue;
    }
    if (down.includes(host)) {
      const all = down.length === hostsToReport.length;
      const message = say("server-down", all ? "fail" : "warn", { host });
      blame("server-down", all ? 0.8 : 0.3, message);
      continue;
    }
    const silent = events.filter(
      (e) => e.status === "timeout" && (e.step === "greeting" || (e.step === "tls" && e.banner === null)),
    );
    if (silent.length > 0) say("ports-silent", "warn", { host, ports: portsOf(silent) });
    const foreign = events.filter((e) => e.detail === "not-a-mail-greeting");
    if (foreign.length > 0) say("not-mail-server", "warn", { host, ports: portsOf(foreign) });
    for (const e of events.filter((e) => e.detail === "greeting-refused"))
      blame(
        "server-busy",
        0.3,
        say("greeting-refused", "warn", { host, port: e.port, text: e.banner ?? "" }),
      );
    tlsFindings(host, events);
    const plain = events.filter(
      (e) => e.status === "open" && e.security === "none" && e.step === "done" && e.port !== 25,
    );
    const encrypted = events.some((e) => works(e) && e.security !== "none");
    if (plain.length > 0 && !encrypted) say("starttls-missing", "warn", { host, ports: portsOf(plain) });
    const submission = events.find((e) => e.port === 587 && e.status === "open" && e.step === "done");
    if (
      submission &&
      ![...submission.capabilities, ...submission.capabilitiesBeforeTls].some((c) => /^AUTH\b/.test(c))
    )
      say("submission-no-auth", "warn", { host, port: 587 });
  }

  function tlsFindings(host: string, events: ProbeEvent[]) {
    const withTls = events.filter((e) => e.tls && e.status === "open");
    const expired = withTls.filter((e) => e.tls?.error === "CERT_HAS_EXPIRED");
    const untrusted = withTls.filter((e) => untrustedErrors.has(e.tls?.error ?? ""));
    const wrongName = withTls.filter(
      (e) => e.tls && !e.tls.hostnameMatch && !expired.includes(e) && !untrusted.includes(e),
    );
    const failed = events.filter((e) => e.step === "tls" && e.status === "error");
    const anyWorking = probes.some((e) => works(e) && e.security !== "none");
    const weight = anyWorking ? 0.3 : 0.6;
    if (expired[0])
      blame(
        "tls-mismatch",
        weight,
        say("tls-expired", "fail", {
          host,
          ports: portsOf(expired),
          date: (expired[0].tls?.validTo ?? "").slice(0, 10),
        }),
      );
    if (untrusted[0])
      blame(
        "tls-mismatch",
        weight,
        say("tls-untrusted", "fail", {
          host,
          ports: portsOf(untrusted),
          reason: untrusted[0].tls?.error ?? "",
        }),
      );
    if (wrongName[0]) {
      const names = [...new Set([...(wrongName[0].tls?.altNames ?? []), wrongName[0].tls?.subject ?? ""])]
        .filter(Boolean)
        .slice(0, 3)
        .join(", ");
      blame(
        "tls-mismatch",
        weight,
        say("tls-wrong-name", "fail", { host, ports: portsOf(wrongName), names }),
      );
    }
    if (failed.length > 0)
      blame("tls-mismatch", weight, say("tls-failed", "warn", { host, ports: portsOf(failed) }));
  }

  // ---- what works, and what that means for the usual questions
  const security = texts.security;
  const out = settings?.outgoing;
  if (out) {
    say("outgoing-ok", "ok", { host: out.host, port: out.port, security: security[out.security] });
    const on25 = probes.find((e) => e.host === out.host && e.port === 25);
    if (on25 && on25.status !== "open" && on25.step !== "queued" && out.port !== 25)
      say("port25-closed-use-other", "warn", { host: out.host, port: out.port });
    const used = probes.find((e) => e.host === out.host && e.port === out.port);
    if (used && out.security === "starttls" && !used.capabilitiesBeforeTls.some((c) => /^AUTH\b/.test(c)))
      say("auth-after-starttls", "ok", { host: out.host, port: out.port });
  }
  const into = settings?.incoming;
  if (into)
    say("incoming-ok", "ok", {
      host: into.host,
      port: into.port,
      protocol: into.protocol.toUpperCase(),
      security: security[into.security],
    });
  const alive = hostsToReport.filter(
    (h) => !down.includes(h) && perHost.get(h)?.some((e) => e.status === "open"),
  );
  if (alive[0] && !out) say("outgoing-none", "warn", { host: alive[0] });
  if (alive[0] && !into) say("incoming-none", "warn", { host: alive[0] });
  if (
    domain &&
    into &&
    !resolves(`mail.${domain}`) &&
    ["nxdomain", "nodata"].includes(dnsOf(`mail.${domain}`, "A")?.status ?? "")
  )
    say("mail-host-missing", "warn", { domain, host: into.host });

  const notStarted = probes.filter((e) => e.step === "queued").length;
  if (notStarted > 0) say("check-incomplete", "warn", { count: notStarted });

  return {
    findings: findings
      .map((f, i) => ({ f, i }))
      .sort((a, b) => severityOrder[a.f.severity] - severityOrder[b.f.severity] || a.i - b.i)
      .map(({ f }) => f),
    settings,
    causes: [...causes]
      .map(([id, c]) => ({
        id,
        confidence: Math.round(c.confidence * 100) / 100,
        evidence: c.evidence.slice(0, 3),
      }))
      .sort((a, b) => b.confidence - a.confidence),
  };
}
