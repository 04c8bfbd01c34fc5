import { describe, expect, it } from "vitest";
import { bareAddress, clientAddress } from "./client-address";

const from = (headers: Record<string, string>, trust = true, socket = "10.0.0.1") =>
  clientAddress(new Headers(headers), trust, socket);

describe("a proxy hop as written", () => {
  it.each([
    ["203.0.113.7", "203.0.113.7"],
    ["203.0.113.7:4711", "203.0.113.7"],
    ["2001:db8::7", "2001:db8::7"],
    ["[2001:db8::7]", "2001:db8::7"],
    ["[2001:DB8::7]:4711", "2001:db8::7"],
    ["::ffff:203.0.113.7", "203.0.113.7"],
    [" 203.0.113.7 ", "203.0.113.7"],
    ["unknown", null],
    ["_hidden", null],
    ["203.0.113.7:port", null],
    ["[203.0.113.7]:80", null],
    ["2001:db8::7:4711:1:2:3:4:5", null],
  ])("%j → %j", (hop, address) => {
    expect(bareAddress(hop)).toBe(address);
  });
});

describe("the client's address", () => {
  it("is the socket's unless a proxy is trusted, whatever the headers say", () => {
    expect(from({ "x-forwarded-for": "203.0.113.7", forwarded: "for=203.0.113.8" }, false)).toBe("10.0.0.1");
  });

  it("behind a trusted proxy: the nearest X-Forwarded-For hop, with or without a port", () => {
    expect(from({ "x-forwarded-for": "198.51.100.1, 203.0.113.7:4711" })).toBe("203.0.113.7");
    expect(from({ "x-forwarded-for": "198.51.100.1,[2001:db8::7]:443" })).toBe("2001:db8::7");
  });

  it("behind a trusted proxy that writes RFC 7239 Forwarded: the last for=, quoted or not", () => {
    expect(from({ forwarded: 'for=198.51.100.1;proto=https, for="[2001:db8:cafe::17]:4711"' })).toBe(
      "2001:db8:cafe::17",
    );
    expect(from({ forwarded: "for=192.0.2.60;proto=http;by=203.0.113.43" })).toBe("192.0.2.60");
    expect(from({ forwarded: 'For="192.0.2.43:47011", by=203.0.113.60' })).toBe("192.0.2.43");
  });

  it("falls back to the socket when the proxy names no address or writes garbage", () => {
    expect(from({ forwarded: "for=unknown" })).toBe("10.0.0.1");
    expect(from({ forwarded: 'for="unterminated' })).toBe("10.0.0.1");
    expect(from({})).toBe("10.0.0.1");
  });

  it("lets X-Forwarded-For decide alone when both arrive (a client's own Forwarded passes through most proxies)", () => {
    expect(from({ "x-forwarded-for": "203.0.113.7", forwarded: "for=198.51.100.66" })).toBe("203.0.113.7");
    expect(from({ "x-forwarded-for": "garbage", forwarded: "for=198.51.100.66" })).toBe("10.0.0.1");
  });
});
