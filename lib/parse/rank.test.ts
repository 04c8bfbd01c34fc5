// The ranking rules: strength of evidence breaks ties (never list order), a more specific finding damps a
// much vaguer one of its tier, and a cause backed only by a bare code stays a guess (below 0.5).
import { describe, expect, it } from "vitest";
import type { CauseId } from "@/lib/causes";
import { rankCauses } from "./rank";
import type { Finding } from "./types";

const finding = (
  raw: string,
  causes: Partial<Record<CauseId, number>>,
  strength: number,
  tier: Finding["tier"] = "response",
): Finding => ({
  kind: strength <= 0.2 ? "smtpCode" : "phrase",
  raw,
  meaning: { ko: "뜻", en: "meaning" },
  index: 0,
  tier,
  causes,
  strength,
});

describe("rankCauses", () => {
  it("orders equal confidences by the strength of their evidence, whatever the input order", () => {
    const weak = finding("550", { "smtp-auth-required": 0.4 }, 0.2);
    const strong = finding("unknown user", { "recipient-unknown": 0.4 }, 0.9);
    for (const order of [
      [weak, strong],
      [strong, weak],
    ])
      expect(rankCauses(order).map((c) => c.id)).toEqual(["recipient-unknown", "smtp-auth-required"]);
  });

  it("keeps a cause backed only by a bare code below 0.5", () => {
    const [cause] = rankCauses([finding("550", { "recipient-unknown": 0.9 }, 0.2)]);
    expect(cause?.confidence).toBeLessThan(0.5);
    const [confirmed] = rankCauses([
      finding("550", { "recipient-unknown": 0.9 }, 0.2),
      finding("user unknown", { "recipient-unknown": 0.9 }, 0.8),
    ]);
    expect(confirmed?.confidence).toBeGreaterThan(0.9);
  });

  it("lets a clearly spoken exact sentence damp a generic text of the same tier", () => {
    const exact = finding("exact dialog", { "tls-mismatch": 0.8 }, 1, "client");
    const generic = finding("generic text", { "connection-refused": 0.7 }, 0.5, "client");
    const ranked = rankCauses([generic, exact]);
    expect(ranked[0]?.id).toBe("tls-mismatch");
    expect(ranked.find((c) => c.id === "connection-refused")?.confidence).toBeCloseTo(0.28, 2);
    // Of similar specificity, both count in full.
    const near = rankCauses([
      finding("a", { "tls-mismatch": 0.8 }, 0.7),
      finding("b", { "server-busy": 0.7 }, 0.6),
    ]);
    expect(near.find((c) => c.id === "server-busy")?.confidence).toBe(0.7);
  });
});
