// Identical checks within 5 minutes are answered from memory (SPEC §6); an identical check that is still
// running is joined instead of started again, so a burst of the same request opens sockets only once.
import "server-only";
import type { Clock } from "./clock";

type Entry<E> = {
  events: E[];
  done: boolean;
  finishedAt: number;
  listeners: Set<(event: E | null) => void>;
  finished: Promise<void>;
};

export type CheckCache<E> = {
  /** Streams the events of the check `key` to onEvent: replayed, joined, or from a new run of `start`. */
  run(
    key: string,
    start: (emit: (event: E) => void) => Promise<void>,
    onEvent: (event: E) => void,
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
  const ttl = options.ttlMs ?? 5 * 60_000;
  const max = options.maxEntries ?? 500;
  const entries = new Map<string, Entry<E>>();

  const fresh = (entry: Entry<E>) => !entry.done || options.clock.now() - entry.finishedAt < ttl;

  function evict() {
    for (const [key, entry] of entries) if (entry.done && !fresh(entry)) entries.delete(key);
    for (const [key, entry] of entries) {
      if (entries.size <= max) break;
      if (entry.done) entries.delete(key);
    }
  }

  return {
    async run(key, start, onEvent) {
      const existing = entries.get(key);
      if (existing && fresh(existing)) {
        existing.events.forEach((event) => onEvent(event));
        if (existing.done) return { reused: true };
        const listener = (event: E | null) => event && onEvent(event);
        existing.listeners.add(listener);
        await existing.finished;
        existing.listeners.delete(listener);
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
        () => {
          entry.done = true;
          entry.finishedAt = options.clock.now();
        },
        (error: unknown) => {
          entries.delete(key);
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
