// DNS lookups of the live check with node:dns/promises, one Resolver per request, each query ≤ 3 s.
// Every lookup ends in a status (SPEC §2), never an exception. The check works with every record of the
// answer; the event shows at most 50, each as plain text of at most 512 characters.
import "server-only";
import { Resolver } from "node:dns/promises";
import { budgets } from "./budgets";
import type { Clock } from "./clock";
import { plainText } from "./plain-text";

export const dnsStatuses = ["ok", "nxdomain", "nodata", "servfail", "timeout", "error"] as const;
export type DnsStatus = (typeof dnsStatuses)[number];
export const rrtypes = ["MX", "A", "AAAA", "NS", "SOA", "TXT", "SRV", "PTR"] as const;
export type RrType = (typeof rrtypes)[number];

export type DnsRecord =
  | string
  | { exchange: string; priority: number }
  | { name: string; port: number; priority: number; weight: number }
  | Record<string, string | number>;
export type DnsEvent = {
  type: "dns";
  name: string;
  rrtype: RrType;
  status: DnsStatus;
  records: DnsRecord[];
  ms: number;
};

// Answers are kept as the server sent them (a name is compared and looked up as it is); strings are bounded
// here so that a huge TXT answer cannot grow the check, and made plain text only for the event.
const cut = (text: string) => text.slice(0, 4 * budgets.maxRecordChars);
const shown = (text: string) => plainText(text).slice(0, budgets.maxRecordChars);
const display = (record: DnsRecord): DnsRecord =>
  typeof record === "string"
    ? shown(record)
    : Object.fromEntries(Object.entries(record).map(([k, v]) => [k, typeof v === "string" ? shown(v) : v]));

// One line per record type: which Resolver method asks, and how its answer becomes plain records.
const queries: Record<RrType, (r: Resolver, name: string) => Promise<DnsRecord[]>> = {
  MX: async (r, n) =>
    (await r.resolveMx(n)).map((mx) => ({ exchange: cut(mx.exchange.toLowerCase()), priority: mx.priority })),
  A: (r, n) => r.resolve4(n),
  AAAA: (r, n) => r.resolve6(n),
  NS: async (r, n) => (await r.resolveNs(n)).map(cut),
  SOA: async (r, n) => {
    const soa = await r.resolveSoa(n);
    return [
      { nsname: cut(soa.nsname), hostmaster: cut(soa.hostmaster), serial: soa.serial, minttl: soa.minttl },
    ];
  },
  TXT: async (r, n) => (await r.resolveTxt(n)).map((chunks) => cut(chunks.join(""))),
  SRV: async (r, n) =>
    (await r.resolveSrv(n)).map((s) => ({
      name: cut(s.name.toLowerCase()),
      port: s.port,
      priority: s.priority,
      weight: s.weight,
    })),
  PTR: async (r, ip) => (await r.reverse(ip)).map(cut),
};

// c-ares error codes → the statuses of SPEC §2 (https://nodejs.org/api/dns.html#error-codes).
const statusOfCode: Record<string, DnsStatus> = {
  ENOTFOUND: "nxdomain",
  ENODATA: "nodata",
  ESERVFAIL: "servfail",
  ETIMEOUT: "timeout",
  ECANCELLED: "timeout",
};

/** A resolver for one request. Its own timers stop retrying by about 3 s; `lookup` enforces the budget anyway. */
export function createResolver(servers: readonly string[]): Resolver {
  const resolver = new Resolver({ timeout: 1_000, tries: 2 });
  if (servers.length > 0) resolver.setServers([...servers]);
  return resolver;
}

export type LookupContext = { resolver: Resolver; clock: Clock; deadline: number };
/** The event to stream, every record of the answer, and whether the request's deadline cut the wait short. */
export type DnsAnswer = { event: DnsEvent; records: DnsRecord[]; cut: boolean };

export function lookup(ctx: LookupContext, name: string, rrtype: RrType): Promise<DnsEvent> {
  return lookupAll(ctx, name, rrtype).then((answer) => answer.event);
}

export function lookupAll(ctx: LookupContext, name: string, rrtype: RrType): Promise<DnsAnswer> {
  const started = ctx.clock.now();
  const budget = Math.min(budgets.dnsQueryMs, ctx.deadline - started);
  const done = (status: DnsStatus, records: DnsRecord[] = [], cut = false): DnsAnswer => ({
    event: {
      type: "dns",
      name,
      rrtype,
      status,
      records: records.slice(0, budgets.maxRecords).map(display),
      ms: Math.round(ctx.clock.now() - started),
    },
    records,
    cut,
  });
  return new Promise((resolve) => {
    const cutShort = budget < budgets.dnsQueryMs;
    const cancel = ctx.clock.setTimeout(() => resolve(done("timeout", [], cutShort)), budget);
    queries[rrtype](ctx.resolver, name).then(
      (records) => {
        cancel();
        resolve(done(records.length > 0 ? "ok" : "nodata", records));
      },
      (error: NodeJS.ErrnoException) => {
        cancel();
        // ECANCELLED: the request ended first (run-check cancels the resolver at its deadline).
        resolve(done(statusOfCode[error.code ?? ""] ?? "error", [], error.code === "ECANCELLED"));
      },
    );
  });
}
