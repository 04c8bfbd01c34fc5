// A read-only view of the live check's events (SPEC §2 `dns` and `probe` lines), typed by the API
// schema: which names resolve, which hosts are the domain's mail servers, which ports answered, and
// what each certificate was. A probe that never ran is not evidence of anything.
import { checkSentences } from "@/content/diagnose/sentences";
import type { DiagnoseEvent } from "@/lib/api/schema";
import type { MailProtocol } from "@/lib/mail-ports";
import { normalizeName, type DnsEvent, type ProbeEvent, type StartEvent } from "./check-events";

export type { DnsEvent, ProbeEvent, StartEvent } from "./check-events";
export { normalizeName } from "./check-events";
export type { MailProtocol };

/** Cut by the request's budget ("skipped", or the older "queued" step) or left out after a silent host. */
export function notRun(p: ProbeEvent): boolean {
  return p.status === "skipped" || p.step === "queued" || p.step === "skipped";
}

/** A probe that ran and reached the server's address (not skipped, not blocked by the guard). */
export function tried(p: ProbeEvent): boolean {
  return !notRun(p) && p.status !== "blocked";
}

/** Refused, reset, or silent before any greeting: nothing that speaks mail is there. */
export function failedToConnect(p: ProbeEvent): boolean {
  return tried(p) && ["refused", "timeout", "reset"].includes(p.status) && p.banner === null;
}

function has(capabilities: readonly string[], capability: string): boolean {
  const wanted = capability.toUpperCase();
  return capabilities.some((c) => {
    const cap = c.trim().toUpperCase();
    return cap === wanted || cap.startsWith(`${wanted} `) || cap.startsWith(`${wanted}=`);
  });
}

/** A capability listed before or after STARTTLS ("AUTH PLAIN" and "AUTH=PLAIN" both count as AUTH). */
export function offers(p: ProbeEvent, capability: string): boolean {
  return has(p.capabilities, capability) || has(p.capabilitiesBeforeTls, capability);
}

/** AUTH listed only after STARTTLS: the server takes a login on an encrypted connection only. */
export function authOnlyAfterStartTls(p: ProbeEvent): boolean {
  return p.security === "starttls" && has(p.capabilities, "AUTH") && !has(p.capabilitiesBeforeTls, "AUTH");
}

/** Could a mail program log in on this connection (an SMTP AUTH offered; IMAP without LOGINDISABLED)? */
export function loginPossible(p: ProbeEvent): boolean {
  if (p.protocol === "smtp") return has(p.capabilities, "AUTH");
  if (p.protocol === "imap") return !has(p.capabilities, "LOGINDISABLED");
  return p.capabilities.length === 0 || has(p.capabilities, "USER") || has(p.capabilities, "SASL");
}

/** The whole dialogue finished: greeting, capabilities, TLS where there was one. */
export function finished(p: ProbeEvent): boolean {
  return p.status === "open" && p.step === "done";
}

export type CertificateProblem = "expired" | "self-signed" | "unknown-issuer" | "wrong-name" | "other";

// Node's verification codes (https://nodejs.org/api/tls.html, OpenSSL X509_V_ERR_*).
const problemOfCode: Record<string, CertificateProblem> = {
  CERT_HAS_EXPIRED: "expired",
  DEPTH_ZERO_SELF_SIGNED_CERT: "self-signed",
  SELF_SIGNED_CERT_IN_CHAIN: "self-signed",
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "unknown-issuer",
  UNABLE_TO_GET_ISSUER_CERT: "unknown-issuer",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "unknown-issuer",
  CERT_UNTRUSTED: "unknown-issuer",
  ERR_TLS_CERT_ALTNAME_INVALID: "wrong-name",
};

/**
 * What is wrong with the certificate this probe was shown, or null: when it is fine, and when no
 * handshake finished (a TLS step that timed out has no certificate to judge: silence is not a
 * certificate problem).
 */
export function certificateProblem(p: ProbeEvent): CertificateProblem | null {
  const tls = p.tls;
  if (!tls || tls.version === null) return null;
  if (tls.authorized && tls.hostnameMatch) return null;
  if (tls.error && problemOfCode[tls.error] && problemOfCode[tls.error] !== "wrong-name")
    return problemOfCode[tls.error]!;
  return tls.hostnameMatch ? "other" : "wrong-name";
}

/** The names a certificate is made out for (its DNS names, else its subject), without duplicates. */
export function certificateNames(p: ProbeEvent): string[] {
  const tls = p.tls;
  if (!tls) return [];
  return [...new Set([...tls.altNames, ...(tls.subject ? [tls.subject] : [])].map(normalizeName))].filter(
    Boolean,
  );
}

export type RefusalReason = keyof (typeof checkSentences)["ko"]["refusals"];

export type CheckView = {
  /** Did the check run at all (any lookup or probe)? */
  ran: boolean;
  /** The domain the check says it checked (its `start` event), if any. */
  checkedDomain: string | null | undefined;
  /** What the guard would not check, and why (the `start` event). */
  refusals: readonly { input: string; reason: RefusalReason }[];
  dns(name: string, rrtype: string): DnsEvent | undefined;
  /** "yes" when A or AAAA has records (or a probe reached an address), "no" when every lookup says none. */
  resolves(name: string): "yes" | "no" | "unknown";
  /** The domain's MX hosts by preference; a null MX (".") is left out (RFC 7505). */
  mxHosts(domain: string): string[];
  probes(host?: string): readonly ProbeEvent[];
  /** Ports of `host` among `ports` where a server greeted. */
  openPorts(host: string, ports: readonly number[]): number[];
  /** Every probed host, in the order their first probe arrived. */
  hosts(): string[];
};

/** MX records as node:dns gives them ({exchange, priority}) or as zone text ("10 mx.example.com."). */
function mxOf(record: unknown): { host: string; priority: number } | null {
  if (typeof record === "string") {
    const parts = record.trim().split(/\s+/);
    const host = parts.length > 1 ? parts[1] : parts[0];
    return host ? { host: normalizeName(host), priority: Number(parts[0]) || 0 } : null;
  }
  if (record && typeof record === "object" && "exchange" in record && typeof record.exchange === "string") {
    const priority = "priority" in record && typeof record.priority === "number" ? record.priority : 0;
    return { host: normalizeName(record.exchange), priority };
  }
  return null;
}

export function viewOfCheck(events: readonly DiagnoseEvent[]): CheckView {
  const dnsEvents = events.filter((e): e is DnsEvent => e.type === "dns");
  const probeEvents = events.filter((e): e is ProbeEvent => e.type === "probe");
  const start = events.find((e): e is StartEvent => e.type === "start");
  // Indexed once: the rules ask about every host and lookup many times, and a check has hundreds of events.
  const dnsIndex = new Map<string, DnsEvent>();
  for (const e of dnsEvents) {
    const key = `${e.rrtype.toUpperCase()} ${normalizeName(e.name)}`;
    if (!dnsIndex.has(key)) dnsIndex.set(key, e);
  }
  const probesIndex = new Map<string, ProbeEvent[]>();
  for (const p of probeEvents) {
    const key = normalizeName(p.host);
    const list = probesIndex.get(key);
    if (list) list.push(p);
    else probesIndex.set(key, [p]);
  }
  const dns = (name: string, rrtype: string) => dnsIndex.get(`${rrtype} ${normalizeName(name)}`);
  const probes = (host?: string) =>
    host === undefined ? probeEvents : (probesIndex.get(normalizeName(host)) ?? []);
  return {
    ran: dnsEvents.length + probeEvents.length > 0,
    checkedDomain: start ? start.domain && normalizeName(start.domain) : undefined,
    refusals: (start?.refusals ?? []).filter((r): r is { input: string; reason: RefusalReason } =>
      Object.hasOwn(checkSentences.ko.refusals, r.reason),
    ),
    dns,
    probes,
    resolves(name) {
      const lookups = [dns(name, "A"), dns(name, "AAAA")].filter((e) => e !== undefined);
      if (
        lookups.some((e) => e.status === "ok" && e.records.length > 0) ||
        probes(name).some((p) => p.ip !== "")
      )
        return "yes";
      if (lookups.length > 0 && lookups.every((e) => e.status === "nxdomain" || e.status === "nodata"))
        return "no";
      return "unknown";
    },
    mxHosts(domain) {
      const mx = dns(domain, "MX");
      if (mx?.status !== "ok") return [];
      return mx.records
        .map(mxOf)
        .filter((r): r is { host: string; priority: number } => r !== null && r.host !== "")
        .sort((a, b) => a.priority - b.priority)
        .map((r) => r.host);
    },
    openPorts(host, ports) {
      const open = probes(host).filter((p) => p.status === "open" && ports.includes(p.port));
      return [...new Set(open.map((p) => p.port))].sort((a, b) => a - b);
    },
    hosts: () => [...probesIndex.keys()],
  };
}
