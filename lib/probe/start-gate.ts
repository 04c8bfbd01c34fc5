// When many customers ask at once, each should see at once that their check began. A check's own work
// (dozens of DNS answers, TLS handshakes) would otherwise run between the server's handling of the requests
// still arriving and push every later `start` line back. Checks that arrive together therefore begin
// together: once no other has arrived for `quietMs`, and never later than `maxWaitMs` after the first of
// them waited. A check alone waits `quietMs`.
import "server-only";
import type { Clock } from "./clock";

export type StartGate = (begin: (waitedMs: number) => void) => void;

export function createStartGate(clock: Clock, quietMs: number, maxWaitMs: number): StartGate {
  let waiting: { begin: (waitedMs: number) => void; since: number }[] = [];
  let lastArrival = -Infinity;
  let armed = false;

  const open = () => {
    const now = clock.now();
    const first = waiting[0]?.since ?? now;
    const quietFor = now - lastArrival;
    if (quietFor < quietMs && now - first < maxWaitMs) {
      clock.setTimeout(open, Math.min(quietMs - quietFor, maxWaitMs - (now - first)));
      return;
    }
    armed = false;
    const starting = waiting;
    waiting = [];
    for (const { begin, since } of starting) begin(now - since);
  };

  return (begin) => {
    lastArrival = clock.now();
    waiting.push({ begin, since: lastArrival });
    if (armed) return;
    armed = true;
    clock.setTimeout(open, quietMs);
  };
}
