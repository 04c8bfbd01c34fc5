// The probe store of one process (probe-store.ts): results, claims and connection lanes in Maps.
// Results are kept `resultMs` (60 s), at most `maxResults` of them (the oldest go first).
import "server-only";
import { budgets } from "./budgets";
import type { Clock } from "./clock";
import type { ProbeResult } from "./port-probe";
import type { Claim, ProbeStore, Release, Settled } from "./probe-store";

type Flight = { until: number; waiters: Set<(settled: Settled) => void> };
type Lane = { open: number; queue: (() => void)[] };

export type MemoryProbeStore = ProbeStore & {
  /** Forgets every kept result (running probes and open connections stay). */
  clear(): void;
  /** Connections this store lets be open at once now, per "ip|port". */
  openLanes(): Map<string, number>;
};

export function createMemoryProbeStore(options: {
  clock: Clock;
  resultMs?: number;
  connectionsPerTarget?: number;
  maxResults?: number;
}): MemoryProbeStore {
  const { clock } = options;
  const resultMs = options.resultMs ?? budgets.probeResultMs;
  const perTarget = options.connectionsPerTarget ?? budgets.connectionsPerTarget;
  const maxResults = options.maxResults ?? 10_000;
  const results = new Map<string, { result: ProbeResult; at: number }>();
  const flights = new Map<string, Flight>();
  const lanes = new Map<string, Lane>();

  const runningFlight = (key: string) => {
    const flight = flights.get(key);
    if (flight && flight.until < clock.now()) {
      // Its holder vanished without settling: let the waiters and the next caller go on.
      flights.delete(key);
      for (const wake of flight.waiters) wake({ kind: "idle" });
      return undefined;
    }
    return flight;
  };
  const keep = (key: string, result: ProbeResult) => {
    results.delete(key);
    results.set(key, { result, at: clock.now() });
    for (const [old] of results) {
      if (results.size <= maxResults) break;
      results.delete(old);
    }
  };

  return {
    async claim(key, maxAgeMs, ttlMs): Promise<Claim> {
      const kept = results.get(key);
      const age = kept ? clock.now() - kept.at : Infinity;
      if (kept && age >= resultMs) results.delete(key);
      if (kept && age < resultMs && age <= maxAgeMs) return { kind: "stored", result: kept.result };
      if (runningFlight(key)) return { kind: "running" };
      flights.set(key, { until: clock.now() + ttlMs, waiters: new Set() });
      return { kind: "claimed" };
    },

    async settle(key, result) {
      const flight = flights.get(key);
      flights.delete(key);
      if (result) keep(key, result);
      const settled: Settled = result ? { kind: "done", result } : { kind: "incomplete" };
      for (const wake of flight?.waiters ?? []) wake(settled);
    },

    wait(key, signal) {
      const flight = runningFlight(key);
      if (!flight) return Promise.resolve({ kind: "idle" });
      if (signal.aborted) return Promise.resolve({ kind: "late" });
      return new Promise<Settled>((resolve) => {
        const wake = (settled: Settled) => {
          flight.waiters.delete(wake);
          signal.removeEventListener("abort", onAbort);
          resolve(settled);
        };
        const onAbort = () => wake({ kind: "late" });
        flight.waiters.add(wake);
        signal.addEventListener("abort", onAbort, { once: true });
      });
    },

    lane(ip, port, signal) {
      const id = `${ip}|${port}`;
      const lane = lanes.get(id) ?? { open: 0, queue: [] };
      lanes.set(id, lane);
      let released = false;
      const release: Release = () => {
        if (released) return;
        released = true;
        lane.open -= 1;
        const next = lane.queue.shift();
        if (next) next();
        else if (lane.open === 0) lanes.delete(id);
      };
      if (lane.open < perTarget && lane.queue.length === 0) {
        lane.open += 1;
        return Promise.resolve(release);
      }
      if (signal.aborted) return Promise.resolve(null);
      return new Promise<Release | null>((resolve) => {
        const take = () => {
          signal.removeEventListener("abort", onAbort);
          lane.open += 1;
          resolve(release);
        };
        const onAbort = () => {
          lane.queue.splice(lane.queue.indexOf(take), 1);
          if (lane.open === 0 && lane.queue.length === 0) lanes.delete(id);
          resolve(null);
        };
        lane.queue.push(take);
        signal.addEventListener("abort", onAbort, { once: true });
      });
    },

    clear: () => results.clear(),
    openLanes: () => new Map([...lanes].map(([id, lane]) => [id, lane.open])),
  };
}
