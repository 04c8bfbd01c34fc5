// A read-only view of the live check's events (SPEC §2 `dns` and `probe` lines) for the diagnosis rules:
// which names resolve, which hosts are the domain's mail servers, which ports answered.
import type { DiagnoseEvent } from "@/lib/api/schema";

export type DnsEvent = Extract<DiagnoseEvent, { type: "dns" }>;
export type ProbeEvent = Extract<DiagnoseEvent, { type: "probe" }>;
export type MailProtocol = ProbeEvent["protocol"];

/** The ports of SPEC §6 by protocol, implicit-TLS port last. */
export const mailPorts: Record<MailProtocol, readonly number[]> = {
  smtp: [25, 587, 465],
  pop3: [110, 995],
  imap: [143, 993],
};

export function normalizeName(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, "");
}

/** MX records as node:dns gives them ({exchange, priority}) or as zone text ("10 mx.example.com."). */
function mxOf(record: unknown): { host: string; priority: number } | null {
  if (typeof record === "string") {
    const parts = record.trim().split(/\s+/);
    const host = parts.length > 1 ? parts[1] : parts[0];
    return host
      ? { host: normalizeName(host), priority: parts.length > 1 ? Number(parts[0]) || 0 : 0 }
      : null;
  }
  if (record && typeof record === "object" && "exchange" in record && typeof record.exchange === "string") {
    const r = record as { exchange: string; priority?: unknown; preference?: unknown };
    const priority =
      typeof r.priority === "number" ? r.priority : typeof r.preference === "number" ? r.preference : 0;
    return { host: normalizeName(r.exchange), priority };
  }
  return null;
}

export type CheckView = {
  ran: boolean;
  dns(name: string, rrtype: string): DnsEvent | undefined;
  /** "yes" when A or AAAA has records (or a probe reached an address), "no" when every lookup says none. */
  resolves(name: string): "yes" | "no" | "unknown";
  /** The domain's MX hosts by preference; a null MX (".") is left out (RFC 7505). */
  mxHosts(domain: string): string[];
  probes(host?: string): ProbeEvent[];
  openPorts(host: string, ports: readonly number[]): number[];
};

export function viewOfCheck(events: readonly DiagnoseEvent[]): CheckView {
  const dnsEvents = events.filter((e): e is DnsEvent => e.type === "dns");
  const probeEvents = events.filter((e): e is ProbeEvent => e.type === "probe");
  const dns = (name: string, rrtype: string) =>
    dnsEvents.find((e) => normalizeName(e.name) === normalizeName(name) && e.rrtype.toUpperCase() === rrtype);
  const probes = (host?: string) =>
    host === undefined
      ? probeEvents
      : probeEvents.filter((p) => normalizeName(p.host) === normalizeName(host));
  return {
    ran: dnsEvents.length + probeEvents.length > 0,
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
        .filter((r) => r !== null && r.host !== "")
        .sort((a, b) => a!.priority - b!.priority)
        .map((r) => r!.host);
    },
    openPorts(host, ports) {
      const open = probes(host).filter((p) => p.status === "open" && ports.includes(p.port));
      return [...new Set(open.map((p) => p.port))].sort((a, b) => a - b);
    },
  };
}

function has(capabilities: readonly string[], capability: string): boolean {
  const wanted = capability.toUpperCase();
  return capabilities.some((c) => {
    const cap = c.trim().toUpperCase();
    return cap === wanted || cap.startsWith(`${wanted} `) || cap.startsWith(`${wanted}=`);
  });
}

/** The capabilities a server listed before STARTTLS (lib/probe sends them as `capabilitiesBeforeTls`). */
function capabilitiesBeforeTls(probe: ProbeEvent): string[] {
  const before = (probe as { capabilitiesBeforeTls?: unknown }).capabilitiesBeforeTls;
  return Array.isArray(before) ? before.filter((c): c is string => typeof c === "string") : [];
}

/**
 * Whether a server advertised a capability: "STARTTLS", "STLS", or "AUTH" (as "AUTH PLAIN" or "AUTH=PLAIN"),
 * before or after STARTTLS: after STARTTLS a server no longer lists STARTTLS, and often only then lists AUTH.
 */
export function offers(probe: ProbeEvent, capability: string): boolean {
  return has(probe.capabilities, capability) || has(capabilitiesBeforeTls(probe), capability);
}

/** Whether the connection was encrypted with STARTTLS (lib/probe's `security`), or at least offered it. */
export function offersStartTls(probe: ProbeEvent): boolean {
  const security = (probe as { security?: unknown }).security;
  return security === "starttls" || offers(probe, probe.protocol === "pop3" ? "STLS" : "STARTTLS");
}

/** A certificate the mail program will accept without a warning. */
export function trustedTls(probe: ProbeEvent): boolean {
  return probe.tls !== null && probe.tls.authorized && probe.tls.hostnameMatch;
}
