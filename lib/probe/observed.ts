// The live check's metrics (lib/observe/metrics.ts), counted where the pieces meet instead of inside them:
// around the check cache (checks by outcome and duration; every event of a check that really ran, so probes
// by status, joins and stored results), around the probe store's lanes (connections to mail servers open
// now) and around the client limits (refusals by kind).
import "server-only";
import type { Metrics } from "@/lib/observe/metrics";
import type { CheckCache } from "./check-cache";
import type { ClientLimits } from "./client-limits";
import type { ProbeStore } from "./probe-store";
import type { CheckEvent } from "./run-check";

/** Counts each (address, port) of one check once: every name on an address gets its own event of one dialogue. */
function countEvent(metrics: Metrics, event: CheckEvent, seen: Set<string>) {
  if (event.type !== "probe") return;
  const target = `${event.ip}|${event.port}`;
  if (seen.has(target)) return;
  seen.add(target);
  if (event.source === "probed") {
    metrics.probes.inc({ status: event.status });
    metrics.probeSeconds.observe({ status: event.status }, event.ms / 1000);
  } else if (event.source === "joined") metrics.probeJoins.inc();
  else if (event.source === "stored") metrics.cacheHits.inc({ cache: "probe" });
}

export function observedCache(cache: CheckCache<CheckEvent>, metrics: Metrics): CheckCache<CheckEvent> {
  return {
    ...cache,
    async run(key, start, onEvent, options) {
      metrics.checksStarted.inc();
      const started = performance.now();
      let complete = false;
      const seen = new Set<string>();
      const counted = (emit: (event: CheckEvent) => void) =>
        start((event) => {
          countEvent(metrics, event, seen);
          emit(event);
        }).then((summary) => {
          complete = summary.complete;
          return summary;
        });
      const finish = (outcome: "complete" | "incomplete" | "cached" | "error") => {
        metrics.checksFinished.inc({ outcome });
        metrics.checkSeconds.observe({ outcome }, (performance.now() - started) / 1000);
      };
      try {
        const answer = await cache.run(key, counted, onEvent, options);
        if (answer.reused) metrics.cacheHits.inc({ cache: "check" });
        finish(answer.reused ? "cached" : complete ? "complete" : "incomplete");
        return answer;
      } catch (error) {
        finish("error");
        throw error;
      }
    },
  };
}

export function observedStore(store: ProbeStore, metrics: Metrics): ProbeStore {
  return {
    claim: (key, maxAgeMs, ttlMs) => store.claim(key, maxAgeMs, ttlMs),
    settle: (key, result) => store.settle(key, result),
    wait: (key, signal) => store.wait(key, signal),
    async lane(ip, port, signal) {
      const release = await store.lane(ip, port, signal);
      if (!release) return null;
      metrics.mailSockets.inc();
      let open = true;
      return () => {
        if (open) metrics.mailSockets.dec();
        open = false;
        release();
      };
    },
  };
}

export function observedLimits(limits: ClientLimits, metrics: Metrics): ClientLimits {
  return {
    async admit(key) {
      const admission = await limits.admit(key);
      if (!admission.ok) metrics.rateLimited.inc({ kind: admission.kind });
      return admission;
    },
  };
}
