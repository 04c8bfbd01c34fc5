// Per-client limits of several instances on a real redis-server (SPEC §6, §7): ten a minute and one at a
// time in total, not per instance; while Redis is away the in-memory insurance limiter of each instance
// counts instead, so checks are still limited (per process) and never refused for Redis's sake.
import { describe, expect, it } from "vitest";
import { redisTestbed } from "@/lib/testing/redis-testbed";
import { clientLimitsConfig, createClientLimits } from "./client-limits";

const testbed = redisTestbed();
const pair = () => testbed.pair((redis) => ({ limits: createClientLimits({ redis: redis.client }) }));
let clients = 0;
const client = () => `203.0.113.${++clients}`;

describe("client limits shared through Redis", () => {
  it("ten checks a minute in total: alternating between two instances, the eleventh is refused", async () => {
    const [a, b] = await pair();
    const who = client();
    for (let i = 0; i < clientLimitsConfig.perMinute; i++) {
      const admission = await (i % 2 ? b : a).limits.admit(who);
      expect(admission.ok).toBe(true);
      if (admission.ok) await admission.release();
    }
    const refused = await b.limits.admit(who);
    expect(refused).toMatchObject({ ok: false, kind: "per_minute" });
    if (!refused.ok) expect(refused.retryAfterSeconds).toBeGreaterThan(50);
    expect(await a.redis.client.exists(`maildoc:check-rate:${who}`)).toBe(1);
  });

  it("one check at a time in total: the other instance refuses a second until the first ends", async () => {
    const [a, b] = await pair();
    const who = client();
    const first = await a.limits.admit(who);
    expect(first.ok).toBe(true);
    expect(await b.limits.admit(who)).toEqual({ ok: false, retryAfterSeconds: 1, kind: "concurrent" });
    if (first.ok) await first.release();
    expect((await b.limits.admit(who)).ok).toBe(true);
  });

  it("with Redis away each instance limits on its own, and admits at once", async () => {
    const [a, b] = await pair();
    const outage = await testbed.outage([a.redis, b.redis]);
    const who = client();
    const started = Date.now();
    const first = await a.limits.admit(who);
    expect(first.ok).toBe(true);
    expect(Date.now() - started).toBeLessThan(100);
    expect((await a.limits.admit(who)).ok).toBe(false); // one at a time, in this process
    expect((await b.limits.admit(who)).ok).toBe(true); // per process while Redis is away
    if (first.ok) await first.release();
    await outage.restart();
  });
});
