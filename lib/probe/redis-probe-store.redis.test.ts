// The probe store of several instances on a real redis-server: two stores on their own connections play two
// instances. Single flight across them, the stored result, the connection lane, a holder that vanished, the
// size bound, and Redis going away (each falls back to its own process's store) and coming back.
import { describe, expect, it } from "vitest";
import { redisTestbed, until } from "@/lib/testing/redis-testbed";
import { systemClock } from "./clock";
import { createMemoryProbeStore } from "./memory-probe-store";
import type { ProbeResult } from "./port-probe";
import type { ProbeStore } from "./probe-store";
import { createRedisProbeStore, redisProbeConfig } from "./redis-probe-store";

const result = (banner: string) =>
  ({ event: { type: "probe", status: "open", banner, ms: 5 }, tls: null }) as unknown as ProbeResult;
const never = new AbortController().signal;
const key = () =>
  `192.0.2.${Math.floor(Math.random() * 250)}|${1000 + Math.floor(Math.random() * 9000)}|smtp`;
/**
 * b waits for k, and has looked at Redis once. (Settled before that look, the waiter finds the claim gone
 * and is told "idle": it then claims again and finds the result, as obtainProbe does; these tests want the
 * announcement.)
 */
async function waitingAt(b: ProbeStore, k: string) {
  const waiting = b.wait(k, never);
  await new Promise((r) => setTimeout(r, 100));
  return { waiting };
}
const testbed = redisTestbed();
/** Two instances: each its own connection, its own process store, the one Redis. */
const pair = () =>
  testbed.pair((redis) => createRedisProbeStore(redis, createMemoryProbeStore({ clock: systemClock })));

describe("probes shared through Redis by two instances", () => {
  it("one instance runs the probe; the other is told it runs, gets its result, and later reuses it", async () => {
    const [a, b] = await pair();
    const k = key();
    expect(await a.claim(k, 60_000, 10_000)).toEqual({ kind: "claimed" });
    expect(await b.claim(k, 60_000, 10_000)).toEqual({ kind: "running" });
    const { waiting } = await waitingAt(b, k);
    await a.settle(k, result("220 a"));
    expect(await waiting).toEqual({ kind: "done", result: result("220 a") });
    expect(await b.claim(k, 60_000, 10_000)).toEqual({ kind: "stored", result: result("220 a") });
    // Not older than the caller accepts (a `fresh` check): claimed again.
    await new Promise((r) => setTimeout(r, 20));
    expect(await b.claim(k, 10, 10_000)).toEqual({ kind: "claimed" });
    await b.settle(k, null);
  });

  it("the result lives 60 s in Redis, under the one prefix", async () => {
    const [a] = await pair();
    const k = key();
    await a.claim(k, 60_000, 10_000);
    await a.settle(k, result("220 ttl"));
    const ttl = await a.redis.client.pttl(`maildoc:probe:result:${k}`);
    expect(ttl).toBeGreaterThan(59_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });

  it("an incomplete probe is not kept: the waiter is told so and claims it itself", async () => {
    const [a, b] = await pair();
    const k = key();
    await a.claim(k, 60_000, 10_000);
    const { waiting } = await waitingAt(b, k);
    await a.settle(k, null);
    expect(await waiting).toEqual({ kind: "incomplete" });
    expect(await b.claim(k, 60_000, 10_000)).toEqual({ kind: "claimed" });
    await b.settle(k, null);
  });

  it("a claim whose holder vanished expires; its waiters are told nobody runs it", async () => {
    const [a, b] = await pair();
    const k = key();
    await a.claim(k, 60_000, 300); // never settled
    const started = Date.now();
    expect(await b.wait(k, never)).toEqual({ kind: "idle" });
    expect(Date.now() - started).toBeLessThan(300 + redisProbeConfig.recheckMs + 200);
    expect(await b.claim(k, 60_000, 10_000)).toEqual({ kind: "claimed" });
    await b.settle(k, null);
  });

  it("a waiter whose own time runs out first is late", async () => {
    const [a, b] = await pair();
    const k = key();
    await a.claim(k, 60_000, 10_000);
    expect(await b.wait(k, AbortSignal.timeout(100))).toEqual({ kind: "late" });
    await a.settle(k, null);
  });

  it("a result over the size bound is not stored: the waiters probe themselves", async () => {
    const [a, b] = await pair();
    const k = key();
    await a.claim(k, 60_000, 10_000);
    const { waiting } = await waitingAt(b, k);
    await a.settle(k, result("x".repeat(redisProbeConfig.maxResultBytes)));
    expect(await waiting).toEqual({ kind: "incomplete" });
    expect(await a.redis.client.exists(`maildoc:probe:result:${k}`)).toBe(0);
    expect(await b.claim(k, 60_000, 10_000)).toEqual({ kind: "claimed" });
    await b.settle(k, null);
  });

  it("one connection per address and port across instances: the other's turn comes when the first lets go", async () => {
    const [a, b] = await pair();
    const first = await a.lane("192.0.2.77", 25, never);
    expect(first).not.toBeNull();
    expect(await b.lane("192.0.2.77", 587, never)).not.toBeNull(); // another port: its own lane
    let second: (() => void) | null = null;
    const started = Date.now();
    void b.lane("192.0.2.77", 25, never).then((release) => (second = release));
    const gaveUp = await b.lane("192.0.2.77", 25, AbortSignal.timeout(150));
    expect(gaveUp).toBeNull();
    expect(second).toBeNull();
    first!();
    await until(() => second !== null);
    // Woken by the announcement, not by looking again a second later.
    expect(Date.now() - started).toBeLessThan(redisProbeConfig.recheckMs);
    second!();
  });

  it("while Redis is away each instance uses its own store, and shares again once Redis is back", async () => {
    const [a, b] = await pair();
    const outage = await testbed.outage([a.redis, b.redis]);
    const k = key();
    // Per process now: both may claim; each one's lane works.
    expect(await a.claim(k, 60_000, 10_000)).toEqual({ kind: "claimed" });
    expect(await b.claim(k, 60_000, 10_000)).toEqual({ kind: "claimed" });
    const lane = await a.lane("192.0.2.78", 25, never);
    expect(lane).not.toBeNull();
    lane!();
    await a.settle(k, result("220 local"));
    await b.settle(k, null);
    expect(await a.claim(k, 60_000, 10_000)).toEqual({ kind: "stored", result: result("220 local") });
    await outage.restart();
    const shared = key();
    expect(await a.claim(shared, 60_000, 10_000)).toEqual({ kind: "claimed" });
    expect(await b.claim(shared, 60_000, 10_000)).toEqual({ kind: "running" });
    await a.settle(shared, null);
    // Subscribed again after the reconnect: announcements wake the other instance's waiters at once.
    const heard: string[] = [];
    b.redis.onMessage((message) => heard.push(message));
    await until(() => {
      if (heard.length === 0) void a.redis.client.publish(a.redis.channel, "hello").catch(() => {});
      return heard.length > 0;
    });
    const first = await a.lane("192.0.2.79", 25, never);
    const started = Date.now();
    const next = b.lane("192.0.2.79", 25, never);
    await new Promise((r) => setTimeout(r, 50));
    first!();
    (await next)!();
    expect(Date.now() - started).toBeLessThan(redisProbeConfig.recheckMs);
  });
});
