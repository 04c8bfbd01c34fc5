// The 5-minute check cache of several instances on a real redis-server: a complete check finished by one
// instance is replayed by another; an incomplete one never is; `fresh` runs again and replaces it; a check
// over the size bound is answered but not shared; while Redis is away each instance keeps its own.
import { describe, expect, it } from "vitest";
import { redisTestbed } from "@/lib/testing/redis-testbed";
import { createCheckCache, type CheckCache } from "./check-cache";
import { systemClock } from "./clock";
import { createRedisCheckCache, redisCheckCacheConfig } from "./redis-check-cache";

type Event = { n: number; text?: string };
const testbed = redisTestbed();
const pair = () =>
  testbed.pair((redis) => ({
    cache: createRedisCheckCache<Event>(redis, {
      running: createCheckCache<Event>({ clock: systemClock, ttlMs: 0 }),
      fallback: createCheckCache<Event>({ clock: systemClock }),
    }),
  }));

/** Runs `key` through `cache`; the check (if it runs) emits `events` and says whether it was complete. */
async function check(cache: CheckCache<Event>, key: string, events: Event[], complete = true, fresh = false) {
  let ran = false;
  const seen: Event[] = [];
  const { reused } = await cache.run(
    key,
    async (emit) => {
      ran = true;
      events.forEach(emit);
      return { complete };
    },
    (event) => seen.push(event),
    { fresh },
  );
  return { ran, reused, seen };
}

describe("the check cache shared through Redis", () => {
  it("a check finished by one instance is replayed by the other, kept 5 minutes", async () => {
    const [a, b] = await pair();
    const key = `shared-${Date.now()}`;
    expect(await check(a.cache, key, [{ n: 1 }, { n: 2 }])).toMatchObject({ ran: true, reused: false });
    expect(await check(b.cache, key, [{ n: 9 }])).toEqual({
      ran: false,
      reused: true,
      seen: [{ n: 1 }, { n: 2 }],
    });
    const [name] = await a.redis.client.keys("maildoc:check:*");
    expect(name).toMatch(/^maildoc:check:[0-9a-f]{64}$/); // the key is a digest: bounded, and no domain in it
    const ttl = await a.redis.client.pttl(name!);
    expect(ttl).toBeGreaterThan(299_000);
    expect(ttl).toBeLessThanOrEqual(300_000);
  });

  it("an incomplete check is not shared; `fresh` runs again and what it found replaces the old", async () => {
    const [a, b] = await pair();
    const key = `fresh-${Date.now()}`;
    await check(a.cache, key, [{ n: 1 }], false);
    expect(await check(b.cache, key, [{ n: 2 }])).toMatchObject({ ran: true, reused: false });
    expect(await check(a.cache, key, [{ n: 3 }], true, true)).toMatchObject({ ran: true, reused: false });
    expect(await check(b.cache, key, [])).toEqual({ ran: false, reused: true, seen: [{ n: 3 }] });
  });

  it("a check over the size bound is answered, not stored", async () => {
    const [a, b] = await pair();
    const key = `big-${Date.now()}`;
    const big = [{ n: 1, text: "x".repeat(redisCheckCacheConfig.maxEventsBytes) }];
    expect((await check(a.cache, key, big)).seen).toEqual(big);
    expect(await check(b.cache, key, [{ n: 2 }])).toMatchObject({ ran: true, reused: false });
  });

  it("while Redis is away each instance answers from its own cache", async () => {
    const [a, b] = await pair();
    const outage = await testbed.outage([a.redis, b.redis]);
    const key = `away-${Date.now()}`;
    expect(await check(a.cache, key, [{ n: 1 }])).toMatchObject({ ran: true });
    expect(await check(a.cache, key, [{ n: 2 }])).toEqual({ ran: false, reused: true, seen: [{ n: 1 }] });
    expect(await check(b.cache, key, [{ n: 3 }])).toMatchObject({ ran: true });
    await outage.restart();
  });
});
