import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage } from "./locales";

describe("localeFromAcceptLanguage", () => {
  it.each([
    ["ko-KR,ko;q=0.9,en-US;q=0.8", "ko"],
    ["en-US,en;q=0.9", "en"],
    ["en-GB;q=0.5, ko;q=0.7", "ko"],
    ["fr-FR,fr;q=0.9,en;q=0.5", "en"],
    ["fr-FR", "ko"],
    ["", "ko"],
    [null, "ko"],
    ["en;q=0, ko;q=0.1", "ko"],
    ["*", "ko"],
  ])("%s → %s", (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });
});
