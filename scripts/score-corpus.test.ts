// The real-bounce corpus must meet issue 11's targets for the raw .eml and for the pasted text, and the two
// forms must score alike (npm run score:corpus prints the same numbers per mail system and per cause).
import { describe, expect, it } from "vitest";
import { bounceFiles, loadBounces, rates, scoreBounces, targets } from "./real-corpus";

describe("real-bounce corpus", async () => {
  const scored = await scoreBounces();

  it("lists every stored message with a mail system and an expected cause", () => {
    const listed = new Set(loadBounces().map((b) => b.file));
    for (const file of bounceFiles()) expect(listed, file).toContain(file);
    for (const b of loadBounces()) {
      expect(b.system, b.file).not.toBe("");
      expect(b.cause, b.file).not.toBe("");
    }
  });

  it("holds at least 300 bounces from at least 40 mail systems, 60 of them held out from tuning", () => {
    const bounces = loadBounces();
    expect(bounces.length).toBeGreaterThanOrEqual(300);
    expect(new Set(bounces.map((b) => b.system)).size).toBeGreaterThanOrEqual(40);
    expect(bounces.filter((b) => b.holdout).length).toBeGreaterThanOrEqual(60);
  });

  for (const form of ["asRaw", "asPasted"] as const)
    it(`meets the targets (${form === "asRaw" ? "raw .eml" : "pasted text"})`, () => {
      const r = rates(scored.map((s) => s[form]));
      expect(r.top1).toBeGreaterThanOrEqual(targets.top1);
      expect(r.top3).toBeGreaterThanOrEqual(targets.top3);
      expect(r.none).toBeLessThanOrEqual(targets.none);
      expect(r.confidentWrong).toBeLessThanOrEqual(targets.confidentWrong);
    });

  it("scores the raw .eml within 2 points of its pasted text", () => {
    const raw = rates(scored.map((s) => s.asRaw)).top1;
    const pasted = rates(scored.map((s) => s.asPasted)).top1;
    expect(Math.abs(raw - pasted)).toBeLessThanOrEqual(targets.rawVsPasted);
  });

  it("says who refused what for every bounce it reads", () => {
    for (const s of scored) expect(s.asRaw.decoded.bounce?.sentence.en, s.file).toMatch(/\S/);
  });
});
