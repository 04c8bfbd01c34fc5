import { describe, expect, it } from "vitest";
import { evidenceText } from "@/content/diagnose/evidence";
import { checkEvidenceText } from "./evidence-text-check";

describe("diagnosis sentence check", () => {
  it("accepts the real sentences", () => {
    expect(checkEvidenceText()).toEqual([]);
  });

  it("reports a placeholder used in one language only", () => {
    const broken = {
      ...evidenceText,
      nameNotFound: { ko: "{host}을(를) 찾을 수 없습니다.", en: "{host} is not {right}." },
    };
    expect(checkEvidenceText(broken)).toEqual([
      'evidence "nameNotFound" uses {host} in ko but {host,right} in en',
    ]);
  });

  it("reports a missing language and untrimmed text", () => {
    const broken = { a: { ko: "있음" }, b: { ko: " 공백 ", en: "space" } };
    expect(checkEvidenceText(broken)).toEqual([
      'evidence "a" needs non-empty ko and en text',
      'evidence "b" has untrimmed text',
    ]);
  });
});
