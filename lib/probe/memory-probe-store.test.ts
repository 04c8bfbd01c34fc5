import { describe, expect, it } from "vitest";
import type { Clock } from "./clock";
import { createMemoryProbeStore } from "./memory-probe-store";
import type { ProbeResult } from "./port-probe";

function manualClock() {
  let now = 0;
  const clock: Clock = { now: () => now, setTimeout: () => () => undefined };
  return { clock, advance: (ms: number) => (now += ms) };
}
const result = { event: { status: "open" }, tls: null } as unknown as ProbeResult;

describe("the probe store of one process", () => {
  it("gives the claim to one caller; the others are told it runs, then get its result", async () => {
    const { clock } = manualClock();
    const store = createMemoryProbeStore({ clock });
    expect(await store.claim("k", 60_000, 10_000)).toEqual({ kind: "claimed" });
    expect(await store.claim("k", 60_000, 10_000)).toEqual({ kind: "running" });
    const waiting = store.wait("k", new AbortController().signal);
    await store.settle("k", result);
    expect(await waiting).toEqual({ kind: "done", result });
    expect(await store.claim("k", 60_000, 10_000)).toEqual({ kind: "stored", result });
  });

  it("an incomplete probe is not kept; waiters are told so", async () => {
    const { clock } = manualClock();
    const store = createMemoryProbeStore({ clock });
    await store.claim("k", 60_000, 10_000);
    const waiting = store.wait("k", new AbortController().signal);
    await store.settle("k", null);
    expect(await waiting).toEqual({ kind: "incomplete" });
    expect(await store.claim("k", 60_000, 10_000)).toEqual({ kind: "claimed" });
  });

  it("a claim whose holder vanished ends after its time", async () => {
    const { clock, advance } = manualClock();
    const store = createMemoryProbeStore({ clock });
    await store.claim("k", 60_000, 1_000);
    const waiting = store.wait("k", new AbortController().signal);
    advance(1_001);
    expect(await store.claim("k", 60_000, 1_000)).toEqual({ kind: "claimed" });
    expect(await waiting).toEqual({ kind: "idle" });
  });

  it("one connection per address and port: the next caller's turn comes when the first lets go", async () => {
    const { clock } = manualClock();
    const store = createMemoryProbeStore({ clock });
    const never = new AbortController().signal;
    const first = await store.lane("192.0.2.1", 25, never);
    const other = await store.lane("192.0.2.1", 587, never);
    expect(first).not.toBeNull();
    expect(other).not.toBeNull();
    let second: (() => void) | null = null;
    void store.lane("192.0.2.1", 25, never).then((r) => (second = r));
    const giveUp = new AbortController();
    const third = store.lane("192.0.2.1", 25, giveUp.signal);
    await Promise.resolve();
    expect(store.openLanes().get("192.0.2.1|25")).toBe(1);
    expect(second).toBeNull();
    giveUp.abort();
    expect(await third).toBeNull();
    first?.();
    first?.();
    await Promise.resolve();
    expect(second).not.toBeNull();
    expect(store.openLanes().get("192.0.2.1|25")).toBe(1);
  });

  it("keeps at most maxResults results, the oldest go first", async () => {
    const { clock } = manualClock();
    const store = createMemoryProbeStore({ clock, maxResults: 2 });
    for (const key of ["a", "b", "c"]) {
      await store.claim(key, 60_000, 1_000);
      await store.settle(key, result);
    }
    expect((await store.claim("a", 60_000, 1_000)).kind).toBe("claimed");
    expect((await store.claim("c", 60_000, 1_000)).kind).toBe("stored");
  });
});
