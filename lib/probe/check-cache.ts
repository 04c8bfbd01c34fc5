// Identical checks within 5 minutes are answered from memory (SPEC §6); an identical check that is still
// running is joined instead of started again, so a burst of the same request opens sockets only once.
// Only a complete check is kept (nothing skipped, nothing cut by the deadline). A `fresh` request ("check
// again") neither replays nor joins: it runs, and its complete result replaces the one kept.
import "server-only";
import { budgets } from "./budgets";
import type { Clock } from "./clock";

type Entry<E> = {
  events: E[];
  done: boolean;
  finishedAt: number;
  listeners: Set<(event: E) => void>;
  finished: Promise<void>;
};

export type CheckCache<E> = {
  /** Streams the events of the check `key` to onEvent: replayed, joined, or from a new run of `start`. */
  run(
    key: string,
    start: (emit: (event: E) => void) => Promise<{ complete: boolean }>,
    onEvent: (event: E) => void,
    options?: { fresh?: boolean },
  ): Promise<{ reused: boolean }>;
  size(): number;
  /** Forgets finished checks (running ones stay joinable). */
  clear(): void;
};

export function createCheckCache<E>(options: {
  clock: Clock;
  ttlMs?: number;
  maxEntries?: number;
}): CheckCache<E> {
  const ttl = options.ttlMs ?? budgets.checkCacheMs;
  const max = options.maxEntries ?? 500;
  const entries = new Map<string, Entry<E>>();

  const usable = (entry: Entry<E>) => !entry.done || options.clock.now() - entry.finishedAt < ttl;
  const forget = (key: string, entry: Entry<E>) => {
    if (entries.get(key) === entry) entries.delete(key);
  };

  function evict() {
    for (const [key, entry] of entries) if (entry.done && !usable(entry)) entries.delete(key);
    for (const [key, entry] of entries) {
      if (entries.size <= max) break;
      if (entry.done) entries.delete(key);
    }
  }

  return {
    async run(key, start, onEvent, { fresh = false } = {}) {
      const existing = entries.get(key);
      if (!fresh && existing && usable(existing)) {
        existing.events.forEach((event) => onEvent(event));
        if (existing.done) return { reused: true };
        existing.listeners.add(onEvent);
        await existing.finished;
        existing.listeners.delete(onEvent);
        return { reused: true };
      }
      const entry: Entry<E> = {
        events: [],
        done: false,
        finishedAt: 0,
        listeners: new Set(),
        finished: Promise.resolve(),
      };
      entries.set(key, entry);
      evict();
      entry.finished = start((event) => {
        entry.events.push(event);
        onEvent(event);
        entry.listeners.forEach((listener) => listener(event));
      }).then(
        ({ complete }) => {
          entry.done = true;
          entry.finishedAt = options.clock.now();
          if (!complete) forget(key, entry);
        },
        (error: unknown) => {
          forget(key, entry);
          throw error;
        },
      );
      await entry.finished;
      return { reused: false };
    },
    size: () => entries.size,
    clear() {
      for (const [key, entry] of entries) if (entry.done) entries.delete(key);
    },
  };
}
