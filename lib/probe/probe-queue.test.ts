import { describe, expect, it } from "vitest";
import { ProbeQueue, TargetSlots } from "./probe-queue";

/** Jobs that stay open until released by hand, recording how many run at once (in total and per ip). */
function harness(perTarget: number, perRequest: number) {
  const slots = new TargetSlots(perTarget);
  const queue = new ProbeQueue(slots, perRequest);
  const open = new Map<string, number>();
  const finishers: (() => void)[] = [];
  let running = 0;
  let peak = 0;
  let peakPerIp = 0;
  const add = (ip: string, priority = 0, onSkip = () => undefined) =>
    queue.add(
      ip,
      priority,
      () =>
        new Promise<void>((resolve) => {
          running += 1;
          open.set(ip, (open.get(ip) ?? 0) + 1);
          peak = Math.max(peak, running);
          peakPerIp = Math.max(peakPerIp, open.get(ip) ?? 0);
          finishers.push(() => {
            running -= 1;
            open.set(ip, (open.get(ip) ?? 1) - 1);
            resolve();
          });
        }),
      onSkip,
    );
  const finishAll = async () => {
    while (finishers.length > 0) {
      for (const finish of finishers.splice(0)) finish();
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  return { slots, queue, add, finishAll, stats: () => ({ peak, peakPerIp, running }) };
}

describe("probe queue", () => {
  it("opens at most 2 connections to one address at a time", async () => {
    const h = harness(2, 16);
    for (let i = 0; i < 7; i++) h.add("192.0.2.1");
    expect(h.stats().running).toBe(2);
    await h.finishAll();
    await h.queue.drained();
    expect(h.stats().peakPerIp).toBe(2);
  });

  it("opens at most 16 sockets for one request", async () => {
    const h = harness(2, 16);
    for (let ip = 1; ip <= 20; ip++) for (let port = 0; port < 7; port++) h.add(`192.0.2.${ip}`);
    expect(h.stats().running).toBe(16);
    await h.finishAll();
    await h.queue.drained();
    expect(h.stats().peak).toBe(16);
  });

  it("shares the per-address limit with other requests", async () => {
    const slots = new TargetSlots(2);
    const other = new ProbeQueue(slots, 16);
    other.add(
      "192.0.2.1",
      0,
      () => new Promise(() => undefined),
      () => undefined,
    );
    other.add(
      "192.0.2.1",
      0,
      () => new Promise(() => undefined),
      () => undefined,
    );
    const h = harness(2, 16);
    const mine = new ProbeQueue(slots, 16);
    let started = false;
    mine.add(
      "192.0.2.1",
      0,
      async () => void (started = true),
      () => undefined,
    );
    expect(started).toBe(false);
    expect(slots.inUse("192.0.2.1")).toBe(2);
    void h;
  });

  it("skips what has not started when the request ends", async () => {
    const h = harness(2, 16);
    let skipped = 0;
    for (let i = 0; i < 5; i++) h.add("192.0.2.1", 0, () => void (skipped += 1));
    const closed = h.queue.close();
    expect(skipped).toBe(3);
    await h.finishAll();
    await closed;
    h.add("192.0.2.1", 0, () => void (skipped += 1));
    expect(skipped).toBe(4);
  });

  it("starts lower priority numbers first", async () => {
    const slots = new TargetSlots(1);
    const queue = new ProbeQueue(slots, 16);
    const order: string[] = [];
    let release: () => void = () => undefined;
    queue.add(
      "ip",
      0,
      () => new Promise<void>((r) => (release = r)),
      () => undefined,
    );
    queue.add(
      "ip",
      30,
      async () => void order.push("domain"),
      () => undefined,
    );
    queue.add(
      "ip",
      10,
      async () => void order.push("mx"),
      () => undefined,
    );
    release();
    await queue.drained();
    expect(order).toEqual(["mx", "domain"]);
  });
});

describe("giving up on an address", () => {
  it("skips the queued probes of that address only", async () => {
    const slots = new TargetSlots(2);
    const queue = new ProbeQueue(slots, 16);
    const skipped: string[] = [];
    const never = () => new Promise<void>(() => undefined);
    for (let i = 0; i < 4; i++)
      queue.add("192.0.2.1", 0, never, (reason) => void skipped.push(`a:${reason}`));
    for (let i = 0; i < 4; i++)
      queue.add("192.0.2.2", 0, never, (reason) => void skipped.push(`b:${reason}`));
    queue.skipAddress("192.0.2.1", "host-silent");
    expect(skipped).toEqual(["a:host-silent", "a:host-silent"]);
  });
});

describe("pausing an address", () => {
  it("starts nothing more on a paused address until it is resumed", async () => {
    const queue = new ProbeQueue(new TargetSlots(2), 16);
    const started: number[] = [];
    queue.pause("192.0.2.1");
    for (const n of [1, 2])
      queue.add(
        "192.0.2.1",
        0,
        async () => void started.push(n),
        () => undefined,
      );
    queue.add(
      "192.0.2.2",
      0,
      async () => void started.push(3),
      () => undefined,
    );
    expect(started).toEqual([3]);
    queue.resume("192.0.2.1");
    await queue.drained();
    expect(started).toEqual([3, 1, 2]);
  });
});
