import { describe, expect, it } from "vitest";
import { plainText } from "./plain-text";

describe("server text as plain text", () => {
  it.each([
    [
      "a bidi override cannot reverse the banner",
      "220 mail\u202Emoc.kcatta ESMTP",
      "220 mailmoc.kcatta ESMTP",
    ],
    ["isolates and marks go", "\u2066x\u2069\u200E\u200F\u061C", "x"],
    ["zero-width characters and the BOM go", "mx\u200B.\u200Dexample\uFEFF.com", "mx.example.com"],
    ["C0, DEL and C1 controls go", "220\u0000\u0007\u001b[31m ok\u007f\u0085\u009b", "220[31m ok"],
    ["a soft hyphen and Hangul fillers go", "ser\u00ADver \u3164\u115F", "server "],
    ["tag characters go", "ok\u{E0041}\u{E007F}", "ok"],
    ["line and paragraph separators go", "a\u2028b\u2029c", "abc"],
    ["a tab reads as a space", "220\tready", "220 ready"],
  ])("%s", (_, input, expected) => {
    expect(plainText(input)).toBe(expected);
  });

  it("keeps Korean, other scripts and the replacement character", () => {
    const text = "220 메일 서버 준비됨 — Grüße 😀 \uFFFD";
    expect(plainText(text)).toBe(text);
  });
});
