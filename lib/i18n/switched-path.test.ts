import { describe, expect, it } from "vitest";
import { switchedPath } from "./switched-path";

describe("language switch", () => {
  it("keeps the page and the query string", () => {
    expect(switchedPath("/ko/diagnose", "symptom=send&domain=example.com", "en")).toBe(
      "/en/diagnose?symptom=send&domain=example.com",
    );
    expect(switchedPath("/en", "", "ko")).toBe("/ko");
    expect(switchedPath("/en/fix/server-not-found", "client=ios-mail", "ko")).toBe(
      "/ko/fix/server-not-found?client=ios-mail",
    );
  });

  it("does not touch a segment that only starts like a language", () => {
    expect(switchedPath("/ko/kochi", "", "en")).toBe("/en/kochi");
  });
});
