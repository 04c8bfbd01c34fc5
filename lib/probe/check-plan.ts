// What a live check looks up and probes, and in which order (SPEC §6), as data. Pure: the targets in, the
// plan out; run-check.ts carries it out. A new kind of check is a row here (and a findings function).
import "server-only";
import { mailPort, probeOrder, type MailPort } from "@/lib/mail-ports";
import { budgets } from "./budgets";
import type { DnsRecord, RrType } from "./dns-lookup";
import { normalizeHostName, type ServerTarget } from "./target-input";
import type { TargetPolicy } from "./target-policy";

export type CheckTargets = { domain: string | null; servers: ServerTarget[] };
/** Why a host is checked: named by the customer, the domain's MX, mail.<domain>, or the domain itself. */
export type HostRole = "server" | "mx" | "mail" | "domain";
export type HostPlan = { name: string; role: HostRole; priority: number; ports: MailPort[] };
export type LookupPlan = { name: string; rrtype: RrType };
/** A lookup whose answer names more hosts to check. */
export type HostsFrom = { lookup: LookupPlan; hosts: (records: DnsRecord[]) => HostPlan[] };

export type CheckPlan = {
  /** Lookups that nothing waits for. */
  lookups: LookupPlan[];
  /** Hosts known at once: probed as soon as their addresses are known. */
  hosts: HostPlan[];
  hostsFrom: HostsFrom[];
  /** Lookups about every address that is probed. */
  perAddress: RrType[];
};

// Lookups about the domain (RFC 6186 SRV names, autoconfig, DMARC, SPF in TXT).
const domainLookups: [prefix: string, rrtype: RrType][] = [
  ["", "NS"],
  ["", "SOA"],
  ["", "TXT"],
  ["_dmarc.", "TXT"],
  ["_submission._tcp.", "SRV"],
  ["_submissions._tcp.", "SRV"],
  ["_imap._tcp.", "SRV"],
  ["_imaps._tcp.", "SRV"],
  ["_pop3._tcp.", "SRV"],
  ["_pop3s._tcp.", "SRV"],
  ["autoconfig.", "A"],
  ["autodiscover.", "A"],
];

// The hosts of a domain besides its MX, and the queue priority of each role (lower starts first when a
// request is short of sockets): servers 0–3, MX hosts 10–14, mail.<domain> 20, the domain 30.
const priorityOf: Record<HostRole, number> = { server: 0, mx: 10, mail: 20, domain: 30 };
const domainHosts: [role: HostRole, name: (domain: string) => string][] = [
  ["mail", (d) => `mail.${d}`],
  ["domain", (d) => d],
];

// Most telling ports first (lib/mail-ports.ts), so that a check short of sockets still answers the usual
// questions.
const orderedPorts: MailPort[] = probeOrder.map((p) => mailPort(p)!);

const host = (name: string, role: HostRole, rank: number, first: number | null = null): HostPlan => ({
  name,
  role,
  priority: priorityOf[role] + rank,
  ports: first
    ? [...orderedPorts].sort((a, b) => Number(b.port === first) - Number(a.port === first))
    : orderedPorts,
});

/** The MX hosts of an answer, by preference, at most 5 (SPEC §6); names that are not host names are left out. */
function mxHosts(records: DnsRecord[]): HostPlan[] {
  const names = (records as { exchange: string; priority: number }[])
    .toSorted((a, b) => a.priority - b.priority)
    .map((r) => normalizeHostName(r.exchange))
    .flatMap((v) => (v.ok ? [v.name] : []));
  return [...new Set(names)].slice(0, budgets.maxMxHosts).map((name, rank) => host(name, "mx", rank));
}

export function planCheck({ domain, servers }: CheckTargets): CheckPlan {
  const named = servers.slice(0, budgets.maxServers).map((s, i) => host(s.host, "server", i, s.port));
  if (!domain) return { lookups: [], hosts: named, hostsFrom: [], perAddress: ["PTR"] };
  return {
    lookups: domainLookups.map(([prefix, rrtype]) => ({ name: `${prefix}${domain}`, rrtype })),
    hosts: [...named, ...domainHosts.map(([role, name]) => host(name(domain), role, 0))],
    hostsFrom: [{ lookup: { name: domain, rrtype: "MX" }, hosts: mxHosts }],
    perAddress: ["PTR"],
  };
}

export type AddressPlan = { probe: string[]; blocked: { ip: string; reason: string }[] };

/**
 * Every address of a name judged by the guard before anything is cut (SPEC §6): the blocked ones to report,
 * and at most two allowed ones to probe, taking IPv4 and IPv6 in turn (a broken IPv6 service is a real cause).
 */
export function planAddresses(addresses: readonly string[], policy: TargetPolicy): AddressPlan {
  const blocked: AddressPlan["blocked"] = [];
  const allowed: string[] = [];
  for (const ip of addresses) {
    const verdict = policy.checkAddress(ip);
    if (!verdict.allowed) blocked.push({ ip, reason: verdict.reason });
    else if (!allowed.includes(verdict.connectTo)) allowed.push(verdict.connectTo);
  }
  const v4 = allowed.filter((ip) => !ip.includes(":"));
  const v6 = allowed.filter((ip) => ip.includes(":"));
  const turns = Array.from({ length: Math.max(v4.length, v6.length) }, (_, i) => [v4[i], v6[i]]).flat();
  return {
    probe: turns.filter((ip) => ip !== undefined).slice(0, budgets.addressesPerName),
    blocked: blocked.slice(0, budgets.blockedShownPerName),
  };
}
