import { describe, expect, it } from "vitest";
import { MAX_LINK_ERROR_CHARS } from "./page-params";
import { linkCarriesError, staffLink } from "./staff-link";

const values = { address: "good.test", symptom: "error", language: "ko", client: undefined } as const;

describe("the staff link and long messages", () => {
  it(`carries a message of ${MAX_LINK_ERROR_CHARS} characters`, () => {
    const error = "가".repeat(MAX_LINK_ERROR_CHARS);
    expect(linkCarriesError({ ...values, error })).toBe(true);
    expect(new URL(staffLink("http://x.test", { ...values, error })).searchParams.get("error")).toBe(error);
  });

  it("leaves a longer one out, and keeps the rest of the link", () => {
    const error = "가".repeat(MAX_LINK_ERROR_CHARS + 1);
    expect(linkCarriesError({ ...values, error })).toBe(false);
    expect(staffLink("http://x.test", { ...values, error })).toBe(
      "http://x.test/ko/diagnose?symptom=error&domain=good.test",
    );
  });
});
