import { describe, expect, it } from "vitest";
import { checkSentences } from "@/content/diagnose/sentences";
import { checkCatalogPlaceholders, checkPlaceholders } from "./placeholders-check";

describe("placeholder check", () => {
  it("accepts every real catalog", () => {
    expect(checkPlaceholders()).toEqual([]);
  });

  it("reports a placeholder that differs between the languages (the old {reason} vs {kind} bug)", () => {
    const broken = {
      ko: checkSentences.ko,
      en: {
        ...checkSentences.en,
        said: {
          ...checkSentences.en.said,
          "address-blocked": "{host} points at an unreachable address ({ip}, {reason}).",
        },
      },
    };
    expect(checkCatalogPlaceholders("s", broken)).toEqual([
      "s.said.address-blocked uses {host,ip,kind} in ko but {host,ip,reason} in en",
    ]);
  });

  it("reports a text missing in one language", () => {
    expect(checkCatalogPlaceholders("t", { ko: { a: "{x}", b: "y" }, en: { a: "{x}", c: "z" } })).toEqual([
      "t.b is missing in en",
      "t.c is missing in ko",
    ]);
  });
});
