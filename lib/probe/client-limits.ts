// Per client address (SPEC §6): one check at a time and 10 per minute, with rate-limiter-flexible in
// memory. IPv6 clients are counted per /64 (one customer usually holds a whole /64).
import "server-only";
import { isIP } from "node:net";
import ipaddr from "ipaddr.js";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

export type Admission = { ok: true; release: () => Promise<void> } | { ok: false; retryAfterSeconds: number };
export type ClientLimits = { admit(key: string): Promise<Admission> };

export const clientLimitsConfig = { perMinute: 10, concurrent: 1, concurrentExpirySeconds: 30 } as const;

export function createClientLimits(): ClientLimits {
  const perMinute = new RateLimiterMemory({
    keyPrefix: "check-rate",
    points: clientLimitsConfig.perMinute,
    duration: 60,
  });
  // A "point" held while a check runs; it also expires by itself should a release ever be missed.
  const running = new RateLimiterMemory({
    keyPrefix: "check-running",
    points: clientLimitsConfig.concurrent,
    duration: clientLimitsConfig.concurrentExpirySeconds,
  });
  const retryAfter = (error: unknown) =>
    Math.max(1, Math.ceil((error instanceof RateLimiterRes ? error.msBeforeNext : 1_000) / 1_000));

  return {
    async admit(key) {
      try {
        await running.consume(key);
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        return { ok: false, retryAfterSeconds: 1 };
      }
      try {
        await perMinute.consume(key);
      } catch (error) {
        await running.delete(key);
        if (!(error instanceof RateLimiterRes)) throw error;
        return { ok: false, retryAfterSeconds: retryAfter(error) };
      }
      let released = false;
      return {
        ok: true,
        release: async () => {
          if (released) return;
          released = true;
          await running.delete(key);
        },
      };
    },
  };
}

/**
 * The address a client is counted by. Behind a trusted proxy (MAILDOC_TRUST_PROXY=1) it is the last
 * X-Forwarded-For entry, the one that proxy added; otherwise the value Next.js puts there from the socket.
 */
export function clientKey(headers: Headers, trustProxy: boolean): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const raw = trustProxy ? forwarded.at(-1) : forwarded.length === 1 ? forwarded[0] : undefined;
  const address = raw?.replace(/^\[|\]$/g, "").replace(/^::ffff:(?=\d+\.)/i, "") ?? "";
  if (isIP(address) === 6) {
    const parts = ipaddr.IPv6.parse(address).toNormalizedString().split(":").slice(0, 4);
    return `${parts.join(":")}::/64`;
  }
  return isIP(address) === 4 ? address : "unknown";
}
