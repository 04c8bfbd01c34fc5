// The target guard of SPEC §6: every address a name resolves to is checked here before any socket opens.
// MAILDOC_ALLOW_CIDRS is the only exemption (tests and labs put 127.0.0.0/8 there).
import "server-only";
import { isIP } from "node:net";
import ipaddr from "ipaddr.js";
import { budgets } from "./budgets";
import { globalUnicastV6, nat64PrefixV6, specialRangesV4, specialRangesV6 } from "@/lib/special-ranges";

export type AddressVerdict = { allowed: true; connectTo: string } | { allowed: false; reason: string };

export type TargetPolicy = {
  checkAddress(ip: string): AddressVerdict;
  /** Sockets open at once for one request. */
  socketsPerRequest: number;
};

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number];
type Named = { range: Range; name: string };

const parseRange = (cidr: string): Range => ipaddr.parseCIDR(cidr);
const blockedV4: Named[] = specialRangesV4.map((r) => ({ range: parseRange(r.cidr), name: r.name }));
const blockedV6: Named[] = specialRangesV6.map((r) => ({ range: parseRange(r.cidr), name: r.name }));
const globalV6 = parseRange(globalUnicastV6);
const nat64 = parseRange(nat64PrefixV6);

function inRange(address: ipaddr.IPv4 | ipaddr.IPv6, range: Range): boolean {
  return address.kind() === range[0].kind() && address.match(range);
}

export type PolicyOptions = {
  allowCidrs?: readonly string[];
  socketsPerRequest?: number;
};

export function createTargetPolicy(options: PolicyOptions = {}): TargetPolicy {
  const allowed: Range[] = (options.allowCidrs ?? []).map((cidr) => {
    try {
      return parseRange(cidr);
    } catch {
      throw new Error(`MAILDOC_ALLOW_CIDRS: "${cidr}" is not an address range (use e.g. 127.0.0.0/8)`);
    }
  });

  function verdictV4(v4: ipaddr.IPv4, connectTo: string): AddressVerdict {
    if (allowed.some((range) => inRange(v4, range))) return { allowed: true, connectTo };
    const hit = blockedV4.find((b) => inRange(v4, b.range));
    return hit ? { allowed: false, reason: hit.name } : { allowed: true, connectTo };
  }

  function checkAddress(ip: string): AddressVerdict {
    // node:net isIP is strict (dotted-quad or RFC 4291 text); ipaddr.parse alone accepts inet_aton forms.
    const family = isIP(ip);
    if (family === 0) return { allowed: false, reason: "not an IP address" };
    const address = ipaddr.parse(ip);
    if (address instanceof ipaddr.IPv4) return verdictV4(address, address.toString());
    const v6 = address as ipaddr.IPv6;
    // An IPv4-mapped address reaches the IPv4 host: judge and connect to that one.
    if (v6.isIPv4MappedAddress()) {
      const v4 = v6.toIPv4Address();
      return verdictV4(v4, v4.toString());
    }
    if (allowed.some((range) => inRange(v6, range))) return { allowed: true, connectTo: v6.toString() };
    // NAT64 reaches the embedded IPv4 host, so that host must pass the guard (RFC 6052).
    if (inRange(v6, nat64)) {
      const bytes = v6.toByteArray().slice(12);
      const verdict = verdictV4(new ipaddr.IPv4(bytes), v6.toString());
      return verdict.allowed ? verdict : { allowed: false, reason: `NAT64 to ${verdict.reason}` };
    }
    const hit = blockedV6.find((b) => inRange(v6, b.range));
    if (hit) return { allowed: false, reason: hit.name };
    if (!inRange(v6, globalV6)) return { allowed: false, reason: "not global unicast" };
    return { allowed: true, connectTo: v6.toString() };
  }

  return {
    checkAddress,
    socketsPerRequest: options.socketsPerRequest ?? budgets.socketsPerRequest,
  };
}
