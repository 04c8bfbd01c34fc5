// Which address a request comes from (SPEC §6): the socket's, or behind a trusted proxy
// (MAILDOC_TRUST_PROXY=1) the nearest hop that proxy wrote — the last X-Forwarded-For entry, or the last
// `for=` of RFC 7239 Forwarded. Proxies write hops as `ip`, `ip:port`, `[v6]` or `[v6]:port`.
import { isIP } from "node:net";
import parseForwarded from "forwarded-parse";
import type { HeaderSource } from "./origin";

/** `203.0.113.5:4711`, `[2001:db8::1]:4711`, `::ffff:192.0.2.1` → the bare address; null if none. */
export function bareAddress(hop: string): string | null {
  const text = hop.trim();
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(text);
  const withPort = /^([^:]+):\d{1,5}$/.exec(text);
  const address = bracketed?.[1] ?? withPort?.[1] ?? text;
  const family = isIP(address);
  if (family === 0 || (bracketed && family !== 6)) return null; // brackets hold IPv6 only (RFC 3986)
  // A v4 client on a dual-stack socket shows as ::ffff:a.b.c.d; count it as the v4 address it is.
  const mapped = family === 6 ? /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address) : null;
  return mapped?.[1] ?? address.toLowerCase();
}

function nearestForwardedFor(header: string): string | null {
  const hops = header.split(",").map((hop) => hop.trim());
  const nearest = hops.at(-1);
  return nearest ? bareAddress(nearest) : null;
}

function nearestForwarded(header: string | null): string | null {
  if (!header) return null;
  try {
    const hop = parseForwarded(header).findLast((element) => element.for !== undefined);
    // `for=unknown` and obfuscated identifiers (`for=_hidden`) name no address.
    return hop?.for ? bareAddress(hop.for) : null;
  } catch {
    return null; // malformed: nothing in it can be trusted
  }
}

/**
 * The client's address. Behind a trusted proxy an X-Forwarded-For header, when there is one, decides alone:
 * the common proxies append to it and pass a client's own Forwarded header through unchanged. Only without it
 * does Forwarded count. Without a trusted proxy only `socketAddress` counts.
 */
export function clientAddress(
  headers: HeaderSource,
  trustProxy: boolean,
  socketAddress?: string,
): string | null {
  const socket = socketAddress ? bareAddress(socketAddress) : null;
  if (!trustProxy) return socket;
  const xff = headers.get("x-forwarded-for");
  const forwarded = xff !== null ? nearestForwardedFor(xff) : nearestForwarded(headers.get("forwarded"));
  return forwarded ?? socket;
}
