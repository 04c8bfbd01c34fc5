// The 5-minute check cache through the NDJSON stream, against the rig: a complete check is answered from
// the cache, an incomplete one never is, and `fresh` ("check again") runs the check and its probes again.
import { describe, expect, it } from "vitest";
import { budgets } from "./budgets";
import { createCheckCache } from "./check-cache";
import { systemClock } from "./clock";
import { diagnoseStream, type StreamDeps } from "./diagnose-stream";
import type { CheckEvent } from "./run-check";
import { labPolicy, newStore, rig } from "./rig-harness";

function deps(requestMs?: number): StreamDeps {
  return {
    options: {
      resolverServers: [rig().dnsServer],
      policy: labPolicy(),
      ehloName: "probe.maildoc.test",
      store: newStore(),
      requestMs,
    },
    cache: createCheckCache<CheckEvent>({ clock: systemClock }),
    clock: systemClock,
  };
}

async function diagnose(domain: string, service: StreamDeps, fresh = false) {
  const prepared = { ok: true as const, targets: { domain, servers: [] }, refused: [] };
  const stream = diagnoseStream({ domain, fresh }, prepared, "en", service, async () => undefined);
  const text = await new Response(stream).text();
  const events = text
    .split("\n")
    .filter(Boolean)
    .map(
      (line) =>
        JSON.parse(line) as {
          type: string;
          status?: string;
          source?: string;
          cached?: boolean;
          causes?: { id: string }[];
        },
    );
  return { probes: events.filter((e) => e.type === "probe"), result: events.at(-1)! };
}

describe("the check cache", () => {
  it("answers a complete check from the cache for 5 minutes", async () => {
    const service = deps();
    expect((await diagnose("good.test", service)).result.cached).toBe(false);
    expect((await diagnose("good.test", service)).result.cached).toBe(true);
    expect(budgets.checkCacheMs).toBe(5 * 60_000);
  });

  it("never answers from a check that was not complete, and never calls its skipped probes a down server", async () => {
    const service = deps(1_500);
    const first = await diagnose("silent.test", service);
    expect(first.probes.some((p) => p.status === "skipped")).toBe(true);
    // Skipped is "no answer in time for this check", never evidence that the server is down.
    expect(first.result.causes?.map((c) => c.id)).not.toContain("server-down");
    expect(first.result.cached).toBe(false);
    expect(service.cache.size()).toBe(0);
    expect((await diagnose("silent.test", service)).result.cached).toBe(false);
  });

  it("`fresh` runs the check again with new probes, and what it found is what later checks get", async () => {
    const service = deps();
    await diagnose("relay.test", service);
    const fresh = await diagnose("relay.test", service, true);
    expect(fresh.result.cached).toBe(false);
    expect(fresh.probes.filter((p) => p.source === "probed").length).toBeGreaterThanOrEqual(7);
    expect(fresh.probes.some((p) => p.source === "stored")).toBe(false);
    const later = await diagnose("relay.test", service);
    expect(later.result.cached).toBe(true);
    expect(later.probes).toEqual(fresh.probes);
  });
});
