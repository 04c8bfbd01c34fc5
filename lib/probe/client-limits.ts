// Per client address (SPEC §6): one check at a time and 10 per minute, with rate-limiter-flexible. With
// Redis (SPEC §7) the counts live there, so they hold across every instance; each Redis limiter has an
// in-memory insurance limiter of the same size that counts instead while Redis is away (per process then).
// IPv6 clients are counted per /64 (one customer usually holds a whole /64).
import "server-only";
import { isIP } from "node:net";
import ipaddr from "ipaddr.js";
import type { Redis } from "ioredis";
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import { bareAddress, clientAddress } from "@/lib/security/client-address";

export type Refusal = { ok: false; retryAfterSeconds: number; kind: "concurrent" | "per_minute" };
export type Admission = { ok: true; release: () => Promise<void> } | Refusal;
export type ClientLimits = { admit(key: string): Promise<Admission> };

export const clientLimitsConfig = { perMinute: 10, concurrent: 1, concurrentExpirySeconds: 30 } as const;

/** A limiter in this process, or in Redis (keys `maildoc:<prefix>:<client>`) insured by one in this process. */
function limiter(
  options: { keyPrefix: string; points: number; duration: number },
  redis?: Redis | null,
): RateLimiterAbstract {
  const memory = new RateLimiterMemory(options);
  if (!redis) return memory;
  return new RateLimiterRedis({
    ...options,
    keyPrefix: `maildoc:${options.keyPrefix}`,
    storeClient: redis,
    // Not connected: the insurance limiter answers at once instead of the command waiting.
    rejectIfRedisNotReady: true,
    insuranceLimiter: memory,
  });
}

export function createClientLimits({ redis }: { redis?: Redis | null } = {}): ClientLimits {
  const perMinute = limiter(
    { keyPrefix: "check-rate", points: clientLimitsConfig.perMinute, duration: 60 },
    redis,
  );
  // A "point" held while a check runs; it also expires by itself should a release ever be missed.
  const running = limiter(
    {
      keyPrefix: "check-running",
      points: clientLimitsConfig.concurrent,
      duration: clientLimitsConfig.concurrentExpirySeconds,
    },
    redis,
  );
  const retryAfter = (error: unknown) =>
    Math.max(1, Math.ceil((error instanceof RateLimiterRes ? error.msBeforeNext : 1_000) / 1_000));

  return {
    async admit(key) {
      try {
        await running.consume(key);
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        return { ok: false, retryAfterSeconds: 1, kind: "concurrent" };
      }
      try {
        await perMinute.consume(key);
      } catch (error) {
        await running.delete(key);
        if (!(error instanceof RateLimiterRes)) throw error;
        return { ok: false, retryAfterSeconds: retryAfter(error), kind: "per_minute" };
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
 * The key a client is counted by. scripts/start.mjs writes the address it counts — the socket's, or behind a
 * trusted proxy (MAILDOC_TRUST_PROXY=1) the nearest X-Forwarded-For / Forwarded hop — as the only
 * X-Forwarded-For entry; behind a trusted proxy the raw headers give the same answer (lib/security).
 * IPv6 clients are counted per /64.
 */
export function clientKey(headers: Headers, trustProxy: boolean): string {
  const entries = (headers.get("x-forwarded-for") ?? "").split(",").filter((entry) => entry.trim() !== "");
  const address = trustProxy
    ? clientAddress(headers, true)
    : entries.length === 1 && entries[0]
      ? bareAddress(entries[0])
      : null;
  if (address && isIP(address) === 6) {
    const parts = ipaddr.IPv6.parse(address).toNormalizedString().split(":").slice(0, 4);
    return `${parts.join(":")}::/64`;
  }
  return address ?? "unknown";
}
