import { describe, expect, it } from "vitest";
import { corsHeaders, originVerdict } from "./origin";

const policy = { allowOrigins: ["https://support.example.com"], trustProxy: false };
const verdict = (headers: Record<string, string>, p = policy) => originVerdict(new Headers(headers), p);

describe("whose page sent a POST", () => {
  it("same origin: the Origin's host is the one the request was sent to (default ports compare equal)", () => {
    expect(verdict({ origin: "http://localhost:3000", host: "localhost:3000" })).toBe("same-origin");
    expect(verdict({ origin: "https://mail.example.com", host: "mail.example.com:443" })).toBe("same-origin");
    expect(verdict({ origin: "https://MAIL.example.com", host: "mail.example.com" })).toBe("same-origin");
  });

  it("another site, a look-alike, an opaque origin or another port is cross-site", () => {
    for (const origin of ["https://evil.example", "https://mail.example.com.evil.example", "null", "ftp://x"])
      expect(verdict({ origin, host: "mail.example.com" })).toBe("cross-site");
    expect(verdict({ origin: "http://localhost:3001", host: "localhost:3000" })).toBe("cross-site");
  });

  it("a listed site is allowed", () => {
    expect(verdict({ origin: "https://support.example.com", host: "mail.example.com" })).toBe("allowed");
    expect(verdict({ origin: "http://support.example.com", host: "mail.example.com" })).toBe("cross-site");
  });

  it("no Origin: a program, not a page — unless the browser says the request is cross-site", () => {
    expect(verdict({ host: "mail.example.com" })).toBe("no-origin");
    expect(verdict({ host: "mail.example.com", "sec-fetch-site": "cross-site" })).toBe("cross-site");
  });

  it("behind a trusted proxy the host is the one the proxy received", () => {
    const headers = {
      origin: "https://mail.example.com",
      host: "app:3000",
      "x-forwarded-host": "mail.example.com",
    };
    expect(verdict(headers, { ...policy, trustProxy: true })).toBe("same-origin");
    expect(verdict(headers)).toBe("cross-site");
  });

  it("CORS headers go to a listed site only", () => {
    const listed = corsHeaders(new Headers({ origin: "https://support.example.com", host: "x" }), policy);
    expect(listed).toMatchObject({
      "Access-Control-Allow-Origin": "https://support.example.com",
      Vary: "Origin",
    });
    expect(corsHeaders(new Headers({ origin: "https://evil.example", host: "x" }), policy)).toBeNull();
    expect(corsHeaders(new Headers({ origin: "http://x", host: "x" }), policy)).toBeNull();
  });
});
