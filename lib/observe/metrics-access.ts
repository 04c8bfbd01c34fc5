// Who may read GET /metrics (SPEC §5): with MAILDOC_METRICS_TOKEN, whoever sends it as a bearer token;
// without one, only clients on this machine — the socket and the client address the server counts
// (behind a trusted proxy the forwarded one) must both be loopback, so a proxy on this machine does not
// open the metrics to everyone it forwards.
import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import ipaddr from "ipaddr.js";
import { bareAddress } from "@/lib/security/client-address";

export type MetricsAccess = "ok" | "unauthorized" | "forbidden";

const digest = (text: string) => createHash("sha256").update(text).digest();

function isLoopback(address: string | null | undefined): boolean {
  const bare = address ? bareAddress(address) : null;
  if (!bare) return false;
  try {
    return ipaddr.process(bare).range() === "loopback";
  } catch {
    return false;
  }
}

export function metricsAccess(request: {
  authorization: string | null;
  socketAddress: string | undefined;
  clientAddress: string | null;
  token: string | null;
}): MetricsAccess {
  if (request.token) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.authorization ?? "");
    // Compared as digests: equal length, constant time, whatever was sent.
    return match?.[1] && timingSafeEqual(digest(match[1]), digest(request.token)) ? "ok" : "unauthorized";
  }
  return isLoopback(request.socketAddress) && isLoopback(request.clientAddress) ? "ok" : "forbidden";
}
