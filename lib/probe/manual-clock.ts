// A hand-driven clock for tests of expiry, budgets and timing: time moves only with `advance`, which also
// fires the timers that fall due, in order.
import type { Clock } from "./clock";

export function manualClock() {
  let now = 0;
  let timers: { at: number; fn: () => void; id: number }[] = [];
  let nextId = 0;
  const clock: Clock = {
    now: () => now,
    setTimeout(fn, ms) {
      const id = nextId++;
      timers.push({ at: now + Math.max(0, ms), fn, id });
      return () => void (timers = timers.filter((t) => t.id !== id));
    },
  };
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      const due = timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      timers = timers.filter((t) => t !== due);
      now = due.at;
      due.fn();
    }
    now = until;
    return now;
  };
  return { clock, advance };
}
