// Time, passed in: the system clock in production, a hand-driven clock in tests of expiry and budgets.
import "server-only";

export type Clock = {
  /** Milliseconds on a monotonic scale. */
  now(): number;
  /** Calls fn after ms; returns a function that cancels the timer. */
  setTimeout(fn: () => void, ms: number): () => void;
};

export const systemClock: Clock = {
  now: () => performance.now(),
  setTimeout(fn, ms) {
    const timer = setTimeout(fn, Math.max(0, ms));
    return () => clearTimeout(timer);
  },
};
