import { describe, expect, it } from "vitest";
import { buildCsp, frameAncestorsFrom, newNonce } from "./csp";

describe("content security policy", () => {
  it("allows scripts only with the nonce in production", () => {
    const csp = buildCsp("abc", "'self'");
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'self'");
  });

  it("makes a fresh 128-bit nonce each time", () => {
    const a = newNonce();
    expect(atob(a)).toHaveLength(16);
    expect(newNonce()).not.toBe(a);
  });

  it.each([
    [undefined, "'self'"],
    ["", "'self'"],
    ["'self' https://support.example.com", "'self' https://support.example.com"],
    ["https://*.hosting.co.kr:8443", "https://*.hosting.co.kr:8443"],
    ["'none'", "'none'"],
  ])("frame-ancestors %s → %s", (value, expected) => {
    expect(frameAncestorsFrom(value)).toBe(expected);
  });

  it("refuses a value that would inject another directive", () => {
    expect(frameAncestorsFrom("https://a.example; script-src *")).toBe("'self'");
    expect(frameAncestorsFrom("'unsafe-inline'")).toBe("'self'");
  });
});
