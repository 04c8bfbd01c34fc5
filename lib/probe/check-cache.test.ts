import { describe, expect, it } from "vitest";
import { createCheckCache } from "./check-cache";
import type { Clock } from "./clock";

function manualClock() {
  let now = 0;
  const clock: Clock = { now: () => now, setTimeout: () => () => undefined };
  return { clock, advance: (ms: number) => (now += ms) };
}

describe("check cache", () => {
  it("answers an identical check within 5 minutes from memory, and runs it again after", async () => {
    const { clock, advance } = manualClock();
    const cache = createCheckCache<string>({ clock });
    let runs = 0;
    const start = async (emit: (e: string) => void) => {
      runs += 1;
      emit("dns");
      emit("probe");
      return { complete: true };
    };
    const seen: string[] = [];
    expect(await cache.run("good.test", start, (e) => seen.push(e))).toEqual({ reused: false });
    advance(4 * 60_000);
    expect(await cache.run("good.test", start, (e) => seen.push(e))).toEqual({ reused: true });
    expect(seen).toEqual(["dns", "probe", "dns", "probe"]);
    advance(60_001);
    expect(await cache.run("good.test", start, () => undefined)).toEqual({ reused: false });
    expect(runs).toBe(2);
  });

  it("joins a check that is still running instead of starting a second one", async () => {
    const { clock } = manualClock();
    const cache = createCheckCache<string>({ clock });
    let finish: () => void = () => undefined;
    let emit: (e: string) => void = () => undefined;
    let runs = 0;
    const start = (e: (event: string) => void) => {
      runs += 1;
      emit = e;
      return new Promise<{ complete: boolean }>((resolve) => (finish = () => resolve({ complete: true })));
    };
    const first: string[] = [];
    const second: string[] = [];
    const a = cache.run("k", start, (e) => first.push(e));
    emit("early");
    const b = cache.run("k", start, (e) => second.push(e));
    emit("late");
    finish();
    expect(await a).toEqual({ reused: false });
    expect(await b).toEqual({ reused: true });
    expect(runs).toBe(1);
    expect(second).toEqual(["early", "late"]);
  });

  it("clear() forgets finished checks", async () => {
    const { clock } = manualClock();
    const cache = createCheckCache<string>({ clock });
    await cache.run(
      "k",
      async () => ({ complete: true }),
      () => undefined,
    );
    cache.clear();
    expect(cache.size()).toBe(0);
    expect(
      await cache.run(
        "k",
        async () => ({ complete: true }),
        () => undefined,
      ),
    ).toEqual({ reused: false });
  });

  it("forgets a check that failed", async () => {
    const { clock } = manualClock();
    const cache = createCheckCache<string>({ clock });
    await expect(
      cache.run(
        "k",
        () => Promise.reject(new Error("boom")),
        () => undefined,
      ),
    ).rejects.toThrow("boom");
    expect(cache.size()).toBe(0);
  });

  it("keeps at most maxEntries finished checks", async () => {
    const { clock } = manualClock();
    const cache = createCheckCache<string>({ clock, maxEntries: 3 });
    for (const key of ["a", "b", "c", "d", "e"])
      await cache.run(
        key,
        async () => ({ complete: true }),
        () => undefined,
      );
    expect(cache.size()).toBeLessThanOrEqual(4);
  });

  it("never keeps a check that was not complete, but lets a request that came meanwhile join it", async () => {
    const { clock } = manualClock();
    const cache = createCheckCache<string>({ clock });
    let runs = 0;
    let finish: () => void = () => undefined;
    const start = (emit: (e: string) => void) => {
      runs += 1;
      emit("probe skipped");
      return new Promise<{ complete: boolean }>((resolve) => (finish = () => resolve({ complete: false })));
    };
    const first = cache.run("k", start, () => undefined);
    const joined: string[] = [];
    const second = cache.run("k", start, (e) => joined.push(e));
    finish();
    expect(await first).toEqual({ reused: false });
    expect(await second).toEqual({ reused: true });
    expect(joined).toEqual(["probe skipped"]);
    expect(cache.size()).toBe(0);
    const third = cache.run("k", start, () => undefined);
    finish();
    expect(await third).toEqual({ reused: false });
    expect(runs).toBe(2);
  });

  it("a fresh request runs again and its result replaces the one kept", async () => {
    const { clock } = manualClock();
    const cache = createCheckCache<string>({ clock });
    let runs = 0;
    const start = async (emit: (e: string) => void) => {
      runs += 1;
      emit(`run ${runs}`);
      return { complete: true };
    };
    await cache.run("k", start, () => undefined);
    const fresh: string[] = [];
    expect(await cache.run("k", start, (e) => fresh.push(e), { fresh: true })).toEqual({ reused: false });
    expect(fresh).toEqual(["run 2"]);
    const later: string[] = [];
    expect(await cache.run("k", start, (e) => later.push(e))).toEqual({ reused: true });
    expect(later).toEqual(["run 2"]);
    expect(runs).toBe(2);
  });

  it("a fresh request does not join an identical check that is running", async () => {
    const { clock } = manualClock();
    const cache = createCheckCache<string>({ clock });
    let runs = 0;
    const finishers: (() => void)[] = [];
    const start = () => {
      runs += 1;
      return new Promise<{ complete: boolean }>((resolve) =>
        finishers.push(() => resolve({ complete: true })),
      );
    };
    const first = cache.run("k", start, () => undefined);
    const fresh = cache.run("k", start, () => undefined, { fresh: true });
    expect(runs).toBe(2);
    finishers.forEach((f) => f());
    expect(await first).toEqual({ reused: false });
    expect(await fresh).toEqual({ reused: false });
  });
});
