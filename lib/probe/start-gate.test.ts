// The start gate: checks that arrive together begin together, a check alone waits only the quiet time, and
// nobody waits past the cap however many keep arriving.
import { describe, expect, it } from "vitest";
import { manualClock } from "./manual-clock";
import { createStartGate } from "./start-gate";

describe("the start gate", () => {
  it("a check alone begins after the quiet time", () => {
    const { clock, advance } = manualClock();
    const gate = createStartGate(clock, 8, 150);
    const begun: number[] = [];
    gate((waited) => begun.push(waited));
    advance(7);
    expect(begun).toEqual([]);
    advance(1);
    expect(begun).toEqual([8]);
  });

  it("checks arriving within the quiet time of each other begin together, once the arrivals pause", () => {
    const { clock, advance } = manualClock();
    const gate = createStartGate(clock, 8, 150);
    const begun: [string, number, number][] = [];
    for (const name of ["a", "b", "c"]) {
      gate((waited) => begun.push([name, waited, clock.now()]));
      advance(5);
    }
    // c arrived at 10; quiet from then until 18.
    advance(2);
    expect(begun).toEqual([]);
    advance(1);
    expect(begun).toEqual([
      ["a", 18, 18],
      ["b", 13, 18],
      ["c", 8, 18],
    ]);
  });

  it("a steady stream of arrivals does not hold the first past the cap", () => {
    const { clock, advance } = manualClock();
    const gate = createStartGate(clock, 8, 150);
    const begun: number[] = [];
    for (let i = 0; i < 100; i += 1) {
      gate((waited) => begun.push(waited));
      advance(2);
    }
    // The first waited from 0; the gate opens at 150 for the 75 that had arrived by then (0, 2, … 148).
    expect(begun.length).toBe(75);
    expect(begun[0]).toBe(150);
    expect(Math.max(...begun)).toBe(150);
    advance(200);
    expect(begun.length).toBe(100);
    expect(Math.max(...begun)).toBeLessThanOrEqual(150);
  });
});
