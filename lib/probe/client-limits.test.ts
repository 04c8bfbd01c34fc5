import { describe, expect, it } from "vitest";
import { clientKey, createClientLimits } from "./client-limits";

describe("client limits (SPEC §6)", () => {
  it("lets one check at a time per client run, and frees the slot when it ends", async () => {
    const limits = createClientLimits();
    const first = await limits.admit("203.0.113.5");
    expect(first.ok).toBe(true);
    expect(await limits.admit("203.0.113.5")).toEqual({
      ok: false,
      retryAfterSeconds: 1,
      kind: "concurrent",
    });
    expect((await limits.admit("198.51.100.7")).ok).toBe(true);
    if (first.ok) await first.release();
    expect((await limits.admit("203.0.113.5")).ok).toBe(true);
  });

  it("allows 10 checks a minute, then answers with a Retry-After of up to a minute", async () => {
    const limits = createClientLimits();
    for (let i = 0; i < 10; i++) {
      const admission = await limits.admit("203.0.113.6");
      expect(admission.ok).toBe(true);
      if (admission.ok) await admission.release();
    }
    const refused = await limits.admit("203.0.113.6");
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.retryAfterSeconds).toBeGreaterThan(50);
    if (!refused.ok) expect(refused.kind).toBe("per_minute");
    // …and the refused attempt did not leave the client marked as running.
    expect((await limits.admit("203.0.113.99")).ok).toBe(true);
  });
});

describe("client address", () => {
  const headers = (xff: string) => new Headers({ "x-forwarded-for": xff });

  it("uses the address Next.js took from the socket when no proxy is trusted", () => {
    expect(clientKey(headers("198.51.100.7"), false)).toBe("198.51.100.7");
    expect(clientKey(headers("::ffff:198.51.100.7"), false)).toBe("198.51.100.7");
  });

  it("ignores a forwarded chain unless MAILDOC_TRUST_PROXY=1, then takes the entry the proxy added", () => {
    expect(clientKey(headers("1.2.3.4, 198.51.100.7"), false)).toBe("unknown");
    expect(clientKey(headers("1.2.3.4, 198.51.100.7"), true)).toBe("198.51.100.7");
  });

  it("counts IPv6 clients per /64", () => {
    const a = clientKey(headers("2001:db8:1234:5678:aaaa::1"), false);
    const b = clientKey(headers("2001:db8:1234:5678:bbbb::2"), false);
    expect(a).toBe("2001:db8:1234:5678::/64");
    expect(b).toBe(a);
    expect(clientKey(headers("2001:db8:1234:5679::1"), false)).not.toBe(a);
  });

  it("behind a trusted proxy reads the nearest hop with or without a port, from either header", () => {
    const key = (headers: Record<string, string>) => clientKey(new Headers(headers), true);
    expect(key({ "x-forwarded-for": "198.51.100.1, 203.0.113.7:4711" })).toBe("203.0.113.7");
    expect(key({ "x-forwarded-for": "[2001:db8:1234:5678::9]:443" })).toBe("2001:db8:1234:5678::/64");
    expect(key({ forwarded: 'for=198.51.100.1, for="[2001:db8:1234:5678::9]:4711"' })).toBe(
      "2001:db8:1234:5678::/64",
    );
    expect(key({ forwarded: "for=_hidden" })).toBe("unknown");
  });
});
