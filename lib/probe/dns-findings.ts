// Findings about the domain itself, from its DNS answers: does it exist, do its name servers answer,
// where does its mail go (MX, RFC 5321 §5.1; null MX, RFC 7505), SPF (RFC 7208) and DMARC (RFC 7489).
import "server-only";
import type { DnsEvent } from "./dns-lookup";
import type { Report } from "./findings-report";

export type DnsLookup = (name: string, rrtype: DnsEvent["rrtype"]) => DnsEvent | undefined;

/** Writes the domain's findings and returns its MX hosts (at most 5, by preference). */
export function domainFindings(report: Report, dnsOf: DnsLookup, domain: string): string[] {
  const mx = dnsOf(domain, "MX");
  const records = mx?.status === "ok" ? (mx.records as { exchange: string; priority: number }[]) : [];
  const nullMx = records.length === 1 && ["", "."].includes(records[0]?.exchange ?? "");
  const nsFailing = (["NS", "SOA"] as const).some((t) => dnsOf(domain, t)?.status === "servfail");
  const broken = (confidence: number, message: string) =>
    report.blame("domain-dns-broken", confidence, message);

  if (mx?.status === "nxdomain") broken(0.9, report.say("domain-not-found", "fail", { domain }));
  else if (mx?.status === "servfail" || nsFailing) broken(0.8, report.say("dns-failing", "fail", { domain }));
  else if (mx?.status === "timeout") broken(0.4, report.say("dns-slow", "warn", { domain }));
  else if (nullMx) broken(0.6, report.say("null-mx", "fail", { domain }));
  else if (mx?.status === "nodata") broken(0.5, report.say("mx-missing", "warn", { domain }));
  if (mx?.status !== "ok" || nullMx) return [];

  const hosts = records
    .toSorted((a, b) => a.priority - b.priority)
    .map((r) => r.exchange)
    .slice(0, 5);
  report.say("mx-found", "ok", { domain, hosts: hosts.join(", ") });
  const txt = dnsOf(domain, "TXT");
  const spf = (txt?.records as string[] | undefined)?.some((r) => /^v=spf1\b/i.test(r));
  if (txt && ["ok", "nodata"].includes(txt.status) && !spf) report.say("spf-missing", "warn", { domain });
  const dmarc = dnsOf(`_dmarc.${domain}`, "TXT");
  if (dmarc && ["nodata", "nxdomain"].includes(dmarc.status)) report.say("dmarc-missing", "warn", { domain });
  return hosts;
}
