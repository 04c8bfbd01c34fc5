// The 5-minute check cache shared by every instance (SPEC §6, §7): a complete check's events under one key
// with a 5-minute TTL, so a check finished by one instance is replayed by any other. An identical check
// still running is joined within the instance (`running`, a cache that keeps nothing once a check is done);
// across instances it simply runs too, and shares its probes through the probe store. While Redis is away
// this process's own cache (`fallback`) answers, as it would without Redis.
import "server-only";
import { createHash } from "node:crypto";
import { boundedJson, type SharedRedis } from "@/lib/redis/connection";
import { budgets } from "./budgets";
import type { CheckCache } from "./check-cache";

export const redisCheckCacheConfig = {
  /** A check whose events are longer than this is not stored (it is answered, just not shared). */
  maxEventsBytes: 512 * 1024,
} as const;

export function createRedisCheckCache<E>(
  redis: SharedRedis,
  stores: { running: CheckCache<E>; fallback: CheckCache<E> },
): CheckCache<E> {
  const keyOf = (key: string) => redis.key("check", createHash("sha256").update(key).digest("hex"));

  async function stored(key: string): Promise<E[] | null | "unavailable"> {
    try {
      const text = await redis.client.get(keyOf(key));
      return text === null ? null : (JSON.parse(text) as E[]);
    } catch {
      return "unavailable";
    }
  }

  return {
    async run(key, start, onEvent, options = {}) {
      if (!redis.ready()) return stores.fallback.run(key, start, onEvent, options);
      if (!options.fresh) {
        const events = await stored(key);
        if (events === "unavailable") return stores.fallback.run(key, start, onEvent, options);
        if (events) {
          events.forEach((event) => onEvent(event));
          return { reused: true };
        }
      }
      return stores.running.run(
        key,
        async (emit) => {
          const events: E[] = [];
          const summary = await start((event) => {
            events.push(event);
            emit(event);
          });
          const json = summary.complete
            ? boundedJson(events, redisCheckCacheConfig.maxEventsBytes, "check")
            : null;
          if (json !== null)
            await redis.client.set(keyOf(key), json, "PX", budgets.checkCacheMs).catch(() => {});
          return summary;
        },
        onEvent,
        options,
      );
    },
    size: () => stores.running.size() + stores.fallback.size(),
    /** Forgets what this process keeps (Redis keys expire by themselves). */
    clear() {
      stores.running.clear();
      stores.fallback.clear();
    },
  };
}
