// Local waiters for something another process announces (over Redis pub/sub): each waits until it is woken
// with a value, its time is up (then it looks again itself: a message can be missed while reconnecting), its
// signal fires, or its caller cancels it.
import "server-only";

export type Woken<T> = { kind: "woken"; value: T } | { kind: "timeout" } | { kind: "aborted" };
export type Waiting<T> = { woken: Promise<Woken<T>>; cancel(): void };

export function createWaitRoom<T>() {
  const rooms = new Map<string, Set<(woken: Woken<T>) => void>>();
  return {
    /** Registered at once (before the caller looks at Redis), settled by `wake`, the timer, `signal` or `cancel`. */
    until(key: string, signal: AbortSignal, ms: number): Waiting<T> {
      if (signal.aborted) return { woken: Promise.resolve({ kind: "aborted" }), cancel: () => {} };
      let done: (woken: Woken<T>) => void = () => {};
      const woken = new Promise<Woken<T>>((resolve) => {
        const room = rooms.get(key) ?? new Set();
        rooms.set(key, room);
        let settled = false;
        done = (value) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          signal.removeEventListener("abort", onAbort);
          room.delete(done);
          if (room.size === 0 && rooms.get(key) === room) rooms.delete(key);
          resolve(value);
        };
        const onAbort = () => done({ kind: "aborted" });
        const timer = setTimeout(() => done({ kind: "timeout" }), ms);
        room.add(done);
        signal.addEventListener("abort", onAbort, { once: true });
      });
      return { woken, cancel: () => done({ kind: "aborted" }) };
    },
    wake(key: string, value: T) {
      for (const done of [...(rooms.get(key) ?? [])]) done({ kind: "woken", value });
    },
    /** Waiters registered for `key` now. */
    waiting: (key: string) => rooms.get(key)?.size ?? 0,
  };
}
