import { describe, expect, it } from "vitest";
import { ProbeQueue, type Ticket } from "./probe-queue";

const flush = () => new Promise((r) => setTimeout(r, 0));

/** Takes tickets and keeps them until released by hand, recording the most held at once. */
function harness(perRequest: number) {
  const queue = new ProbeQueue(perRequest);
  const held: Ticket[] = [];
  const outcomes: string[] = [];
  let peak = 0;
  const take = (ip: string, priority = 0, label = ip) =>
    void queue.take(ip, priority).then((ticket) => {
      if (typeof ticket === "string") return void outcomes.push(`${label}:${ticket}`);
      held.push(ticket);
      outcomes.push(label);
      peak = Math.max(peak, queue.inUse);
    });
  const releaseAll = async () => {
    await flush();
    while (held.length > 0) {
      for (const ticket of held.splice(0)) ticket.release();
      await flush();
    }
  };
  return { queue, take, held, outcomes, releaseAll, peak: () => peak };
}

describe("probe queue", () => {
  it("holds at most 16 sockets for one request, and gives a freed one to the next", async () => {
    const h = harness(16);
    for (let ip = 1; ip <= 20; ip++) for (let port = 0; port < 7; port++) h.take(`192.0.2.${ip}`);
    await flush();
    expect(h.held).toHaveLength(16);
    h.held.shift()?.release();
    await flush();
    expect(h.held).toHaveLength(16);
    await h.releaseAll();
    expect(h.peak()).toBe(16);
    expect(h.outcomes).toHaveLength(140);
  });

  it("releasing a ticket twice frees one socket only", async () => {
    const h = harness(1);
    h.take("a");
    h.take("b");
    h.take("c");
    await flush();
    const [first] = h.held;
    first?.release();
    first?.release();
    await flush();
    expect(h.outcomes).toEqual(["a", "b"]);
  });

  it("gives lower priority numbers their socket first", async () => {
    const h = harness(1);
    h.take("ip", 0, "server");
    h.take("ip", 30, "domain");
    h.take("ip", 10, "mx");
    await h.releaseAll();
    expect(h.outcomes).toEqual(["server", "mx", "domain"]);
  });

  it("says not-started to what waits when the request ends, and to anything asked after", async () => {
    const h = harness(2);
    for (let i = 0; i < 5; i++) h.take("192.0.2.1", 0, `p${i}`);
    await flush();
    h.queue.close();
    h.take("192.0.2.1", 0, "late");
    await flush();
    expect(h.outcomes).toEqual([
      "p0",
      "p1",
      "p2:not-started",
      "p3:not-started",
      "p4:not-started",
      "late:not-started",
    ]);
  });

  it("gives up the waiting probes of one address only", async () => {
    const h = harness(2);
    for (let i = 0; i < 4; i++) h.take("192.0.2.1", 0, "a");
    for (let i = 0; i < 2; i++) h.take("192.0.2.2", 0, "b");
    await flush();
    h.queue.skipAddress("192.0.2.1", "host-silent");
    await flush();
    expect(h.outcomes).toEqual(["a", "a", "a:host-silent", "a:host-silent"]);
    await h.releaseAll();
    expect(h.outcomes.slice(4)).toEqual(["b", "b"]);
  });

  it("gives no socket to a paused address until it is resumed", async () => {
    const h = harness(16);
    h.queue.pause("192.0.2.1");
    h.take("192.0.2.1", 0, "a");
    h.take("192.0.2.2", 0, "b");
    await flush();
    expect(h.outcomes).toEqual(["b"]);
    h.queue.resume("192.0.2.1");
    await flush();
    expect(h.outcomes).toEqual(["b", "a"]);
  });
});
