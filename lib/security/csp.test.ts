import { describe, expect, it } from "vitest";
import { buildCsp, newNonce } from "./csp";

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
});
