// The DNS data of the rig: records per name, built from scenarios.ts, plus names that behave badly.
import { isIPv6 } from "node:net";
import { downIp, faultServers, forbiddenAddresses, mailServers, sharedDomains } from "./scenarios";

export type RecordType = "A" | "AAAA" | "MX" | "NS" | "SOA" | "TXT" | "SRV" | "CNAME" | "PTR";
export type Rr =
  | { type: "A" | "AAAA" | "NS" | "CNAME" | "PTR"; data: string; ttl?: number }
  | { type: "MX"; data: { preference: number; exchange: string }; ttl?: number }
  | { type: "TXT"; data: string; ttl?: number }
  | { type: "SRV"; data: { priority: number; weight: number; port: number; target: string }; ttl?: number }
  | {
      type: "SOA";
      data: {
        mname: string;
        rname: string;
        serial: number;
        refresh: number;
        retry: number;
        expire: number;
        minimum: number;
      };
      ttl?: number;
    };

/** Domains whose answers misbehave, by the suffix of the asked name. */
export type Behaviour = "servfail" | "slow" | "truncate" | "rebind";
export const behaviours: Record<string, Behaviour> = {
  "servfail.test": "servfail",
  "slow.test": "slow",
  "truncated.test": "truncate",
  "rebind.test": "rebind",
};
/** How long slow.test takes to answer: longer than the 3 s query budget. */
export const slowAnswerMs = 5_000;
/** rebind.test: the first A answer per name, then every later one (TTL 0 both times). */
export const rebindFirst = "127.0.0.30";
export const rebindLater = "127.0.0.1";

const names = (domain: string) => [`mx.${domain}`, `mail.${domain}`, domain];
const address = (ip: string): Rr => ({ type: isIPv6(ip) ? "AAAA" : "A", data: ip });
const soa = (domain: string): Rr => ({
  type: "SOA",
  data: {
    mname: `ns1.${domain}`,
    rname: `hostmaster.${domain}`,
    serial: 2024010101,
    refresh: 3600,
    retry: 600,
    expire: 86400,
    minimum: 60,
  },
});

export function buildZones(): Map<string, Rr[]> {
  const zones = new Map<string, Rr[]>();
  const add = (name: string, ...records: Rr[]) => zones.set(name, [...(zones.get(name) ?? []), ...records]);
  const ptr = (ip: string, name: string) =>
    add(`${ip.split(".").reverse().join(".")}.in-addr.arpa`, { type: "PTR", data: name });

  /** A domain with the usual records: NS, SOA, MX → mx.<domain>, and addresses for the names given. */
  const domain = (name: string, mx: string | null, hosts: Record<string, string[]>, extra: Rr[] = []) => {
    add(name, { type: "NS", data: `ns1.${name}` }, soa(name), ...extra);
    add(`ns1.${name}`, { type: "A", data: "127.0.0.1" });
    if (mx) add(name, { type: "MX", data: { preference: 10, exchange: mx } });
    for (const [host, ips] of Object.entries(hosts)) add(host, ...ips.map(address));
  };
  const spf = (name: string): Rr[] => [
    { type: "TXT", data: "v=spf1 mx -all" },
    { type: "TXT", data: `site-verification=${name}` },
  ];

  for (const server of [...mailServers, ...faultServers]) {
    const [mxName = "", mailName = "", apex = ""] = server.names;
    if (server.id === "mxonly") {
      // The wizard rule: mail.<domain> does not exist, the mail server is mx.<domain>.
      domain("mxonly.test", mxName, { [mxName]: [server.ip] }, spf("mxonly.test"));
      ptr(server.ip, mxName);
      continue;
    }
    if (server.id === "shared") {
      for (const name of sharedDomains)
        domain(name, `mx.${name}`, Object.fromEntries(names(name).map((n) => [n, [server.ip]])), spf(name));
      ptr(server.ip, mxName);
      continue;
    }
    if (server.id === "rebind") {
      domain(apex, mxName, {}, spf(apex)); // A answers come from the rebind behaviour
      ptr(server.ip, mxName);
      continue;
    }
    domain(apex, mxName, { [mxName]: [server.ip], [mailName]: [server.ip], [apex]: [server.ip] }, spf(apex));
    ptr(server.ip, mxName);
  }

  // good.test also has what a careful provider publishes: DMARC, SRV (RFC 6186), autoconfig.
  add("_dmarc.good.test", { type: "TXT", data: "v=DMARC1; p=quarantine" });
  for (const [service, port] of [
    ["_submission", 587],
    ["_submissions", 465],
    ["_imap", 143],
    ["_imaps", 993],
    ["_pop3", 110],
    ["_pop3s", 995],
  ] as const)
    add(`${service}._tcp.good.test`, {
      type: "SRV",
      data: { priority: 0, weight: 1, port, target: "mail.good.test" },
    });
  add("autoconfig.good.test", { type: "CNAME", data: "mail.good.test" });

  domain("down.test", "mx.down.test", {
    "mx.down.test": [downIp],
    "mail.down.test": [downIp],
    "down.test": [downIp],
  });
  domain("nomx.test", null, { "nomx.test": ["127.0.0.2"], "mail.nomx.test": ["127.0.0.2"] });
  domain("nullmx.test", null, { "nullmx.test": ["127.0.0.2"] }, [
    { type: "MX", data: { preference: 0, exchange: "." } },
  ]);
  domain("private-mx.test", "mx.private-mx.test", { "mx.private-mx.test": ["10.0.0.25"] });
  domain("mixed.test", "mx.mixed.test", {
    "mx.mixed.test": ["127.0.0.2", "10.1.2.3"],
    "mixed.test": ["127.0.0.2", "10.1.2.3"],
  });
  domain("many-mx.test", null, {});
  for (let i = 1; i <= 50; i++) {
    add("many-mx.test", { type: "MX", data: { preference: i, exchange: `mx${i}.many-mx.test` } });
    add(`mx${i}.many-mx.test`, { type: "A", data: "127.0.0.2" });
  }
  domain(
    "truncated.test",
    "mx.good.test",
    {},
    Array.from({ length: 40 }, (_, i) => ({ type: "TXT" as const, data: `filler-${i}-${"x".repeat(60)}` })),
  );
  domain("slow.test", "mx.slow.test", { "mx.slow.test": ["127.0.0.2"] });
  domain("servfail.test", "mx.servfail.test", {});
  domain("cname-loop.test", null, {});
  add("mail.cname-loop.test", { type: "CNAME", data: "loop.cname-loop.test" });
  add("loop.cname-loop.test", { type: "CNAME", data: "mail.cname-loop.test" });
  add("cname-loop.test", { type: "MX", data: { preference: 10, exchange: "mail.cname-loop.test" } });

  domain("forbidden.test", null, {});
  for (const [label, ip] of Object.entries(forbiddenAddresses)) add(`${label}.forbidden.test`, address(ip));
  return zones;
}
