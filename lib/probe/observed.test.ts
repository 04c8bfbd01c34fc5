// The live check's metrics counted around the pieces: outcomes and durations per check, each dialogue once
// however many names share its address, joins and stored results, refusals by kind, open mail connections.
import { describe, expect, it } from "vitest";
import { metrics } from "@/lib/observe/metrics";
import { createCheckCache } from "./check-cache";
import { systemClock } from "./clock";
import { createMemoryProbeStore } from "./memory-probe-store";
import { observedCache, observedLimits, observedStore } from "./observed";
import type { CheckEvent } from "./run-check";

const counts = metrics();
const value = async (name: string, labels: Record<string, string> = {}) => {
  const metric = (await counts.registry.getMetricsAsJSON()).find((m) => m.name === name);
  const found = metric?.values.find((v) =>
    Object.entries(labels).every(([k, l]) => (v.labels as Record<string, string>)[k] === l),
  );
  return found?.value ?? 0;
};
const probe = (host: string, port: number, status: string, source: string) =>
  ({ type: "probe", host, ip: "192.0.2.9", port, status, source, ms: 40 }) as unknown as CheckEvent;

describe("metrics of the live check", () => {
  it("counts a check's outcome, each dialogue once, joins and stored results; a replay as cached", async () => {
    const cache = observedCache(createCheckCache<CheckEvent>({ clock: systemClock }), counts);
    const before = {
      started: await value("maildoc_checks_started_total"),
      complete: await value("maildoc_checks_finished_total", { outcome: "complete" }),
      cached: await value("maildoc_checks_finished_total", { outcome: "cached" }),
      open: await value("maildoc_probes_total", { status: "open" }),
      refused: await value("maildoc_probes_total", { status: "refused" }),
      joins: await value("maildoc_probe_joins_total"),
      stored: await value("maildoc_cache_hits_total", { cache: "probe" }),
      checkHits: await value("maildoc_cache_hits_total", { cache: "check" }),
    };
    const events = [
      probe("mx.a.test", 25, "open", "probed"),
      probe("mail.a.test", 25, "open", "probed"), // the same dialogue, reported for another name
      probe("mx.a.test", 110, "refused", "probed"),
      probe("mx.a.test", 993, "open", "joined"),
      probe("mx.a.test", 587, "open", "stored"),
    ];
    const run = () =>
      cache.run(
        "a.test",
        async (emit) => (events.forEach(emit), { complete: true }),
        () => {},
      );
    await run();
    await run();
    expect(await value("maildoc_checks_started_total")).toBe(before.started + 2);
    expect(await value("maildoc_checks_finished_total", { outcome: "complete" })).toBe(before.complete + 1);
    expect(await value("maildoc_checks_finished_total", { outcome: "cached" })).toBe(before.cached + 1);
    expect(await value("maildoc_probes_total", { status: "open" })).toBe(before.open + 1);
    expect(await value("maildoc_probes_total", { status: "refused" })).toBe(before.refused + 1);
    expect(await value("maildoc_probe_joins_total")).toBe(before.joins + 1);
    expect(await value("maildoc_cache_hits_total", { cache: "probe" })).toBe(before.stored + 1);
    expect(await value("maildoc_cache_hits_total", { cache: "check" })).toBe(before.checkHits + 1);
  });

  it("counts refusals by kind and the mail connections open now", async () => {
    const refusal = { ok: false, retryAfterSeconds: 1, kind: "concurrent" } as const;
    const limits = observedLimits({ admit: async () => refusal }, counts);
    const before = await value("maildoc_rate_limited_total", { kind: "concurrent" });
    await limits.admit("203.0.113.1");
    expect(await value("maildoc_rate_limited_total", { kind: "concurrent" })).toBe(before + 1);

    const store = observedStore(createMemoryProbeStore({ clock: systemClock }), counts);
    const open = await value("maildoc_mail_sockets_open");
    const release = await store.lane("192.0.2.9", 25, new AbortController().signal);
    expect(await value("maildoc_mail_sockets_open")).toBe(open + 1);
    release!();
    release!();
    expect(await value("maildoc_mail_sockets_open")).toBe(open);
  });
});
