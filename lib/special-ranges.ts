// Address ranges a live check must never connect to, as data.
// Sources (keep in sync when IANA adds entries):
//   https://www.iana.org/assignments/iana-ipv4-special-registry/ (IPv4 special-purpose registry)
//   https://www.iana.org/assignments/iana-ipv6-special-registry/ (IPv6 special-purpose registry)
//   https://www.iana.org/assignments/multicast-addresses/ and RFC 4291 §2.7 (multicast)
// Every entry of both registries is blocked, including the few marked "globally reachable"
// (AS112, AMT, anycast relays): none of them is a mail server, and a short list is easier to trust.
// Plain data: the guard (lib/probe/target-policy.ts) blocks by it, the diagnosis names the kind of a
// blocked address in words (in the browser too).

/** What kind of address it is, in words a customer can be told (content/diagnose/sentences.ts `addressKinds`). */
export type AddressKind = "private" | "loopback" | "link-local" | "shared" | "multicast" | "reserved";
export type SpecialRange = { cidr: string; name: string; kind: AddressKind };

export const specialRangesV4: readonly SpecialRange[] = [
  { cidr: "0.0.0.0/8", name: "this network", kind: "reserved" },
  { cidr: "10.0.0.0/8", name: "private", kind: "private" },
  { cidr: "100.64.0.0/10", name: "shared address space (CGNAT)", kind: "shared" },
  { cidr: "127.0.0.0/8", name: "loopback", kind: "loopback" },
  { cidr: "169.254.0.0/16", name: "link-local", kind: "link-local" },
  { cidr: "172.16.0.0/12", name: "private", kind: "private" },
  { cidr: "192.0.0.0/24", name: "IETF protocol assignments", kind: "reserved" },
  { cidr: "192.0.2.0/24", name: "documentation (TEST-NET-1)", kind: "reserved" },
  { cidr: "192.31.196.0/24", name: "AS112", kind: "reserved" },
  { cidr: "192.52.193.0/24", name: "AMT", kind: "reserved" },
  { cidr: "192.88.99.0/24", name: "6to4 relay anycast (deprecated)", kind: "reserved" },
  { cidr: "192.168.0.0/16", name: "private", kind: "private" },
  { cidr: "192.175.48.0/24", name: "AS112 direct delegation", kind: "reserved" },
  { cidr: "198.18.0.0/15", name: "benchmarking", kind: "reserved" },
  { cidr: "198.51.100.0/24", name: "documentation (TEST-NET-2)", kind: "reserved" },
  { cidr: "203.0.113.0/24", name: "documentation (TEST-NET-3)", kind: "reserved" },
  { cidr: "224.0.0.0/4", name: "multicast", kind: "multicast" },
  { cidr: "240.0.0.0/4", name: "reserved", kind: "reserved" },
  { cidr: "255.255.255.255/32", name: "limited broadcast", kind: "reserved" },
];

// 64:ff9b::/96 (NAT64) and ::ffff:0:0/96 (IPv4-mapped) are not listed here: the guard checks the IPv4
// address inside them instead (target-policy.ts). Everything outside 2000::/3 is blocked as well.
export const specialRangesV6: readonly SpecialRange[] = [
  { cidr: "::/128", name: "unspecified", kind: "reserved" },
  { cidr: "::1/128", name: "loopback", kind: "loopback" },
  { cidr: "::/96", name: "IPv4-compatible (deprecated)", kind: "reserved" },
  { cidr: "64:ff9b:1::/48", name: "local-use IPv4/IPv6 translation", kind: "private" },
  { cidr: "100::/64", name: "discard-only", kind: "reserved" },
  { cidr: "100:0:0:1::/64", name: "dummy prefix", kind: "reserved" },
  { cidr: "2001::/23", name: "IETF protocol assignments", kind: "reserved" },
  { cidr: "2001::/32", name: "Teredo", kind: "reserved" },
  { cidr: "2001:2::/48", name: "benchmarking", kind: "reserved" },
  { cidr: "2001:3::/32", name: "AMT", kind: "reserved" },
  { cidr: "2001:4:112::/48", name: "AS112", kind: "reserved" },
  { cidr: "2001:10::/28", name: "ORCHID (deprecated)", kind: "reserved" },
  { cidr: "2001:20::/28", name: "ORCHIDv2", kind: "reserved" },
  { cidr: "2001:30::/28", name: "drone remote ID", kind: "reserved" },
  { cidr: "2001:db8::/32", name: "documentation", kind: "reserved" },
  { cidr: "2002::/16", name: "6to4", kind: "reserved" },
  { cidr: "2620:4f:8000::/48", name: "AS112 direct delegation", kind: "reserved" },
  { cidr: "3fff::/20", name: "documentation", kind: "reserved" },
  { cidr: "5f00::/16", name: "SRv6 SIDs", kind: "reserved" },
  { cidr: "fc00::/7", name: "unique local (private)", kind: "private" },
  { cidr: "fe80::/10", name: "link-local", kind: "link-local" },
  { cidr: "fec0::/10", name: "site-local (deprecated)", kind: "private" },
  { cidr: "ff00::/8", name: "multicast", kind: "multicast" },
];

/** Global unicast IPv6 (RFC 4291 §2.4): anything outside it is not a public host. */
export const globalUnicastV6 = "2000::/3";
/** Well-known NAT64 prefix (RFC 6052 §2.1): the last 32 bits are an IPv4 address. */
export const nat64PrefixV6 = "64:ff9b::/96";

/** The kind of a refusal reason given by the guard ("NAT64 to private" is private). */
export function addressKind(reason: string): AddressKind {
  const name = reason.replace(/^NAT64 to /, "");
  return [...specialRangesV4, ...specialRangesV6].find((r) => r.name === name)?.kind ?? "reserved";
}
