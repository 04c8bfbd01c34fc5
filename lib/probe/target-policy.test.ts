import { describe, expect, it } from "vitest";
import { serverEnv } from "@/lib/env";
import { createTargetPolicy } from "./target-policy";

const production = createTargetPolicy();

describe("target guard (SPEC §6)", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["0.0.0.0", "this network"],
    ["10.1.2.3", "private"],
    ["172.31.255.1", "private"],
    ["192.168.1.1", "private"],
    ["100.100.100.200", "shared address space (CGNAT)"],
    ["169.254.169.254", "link-local"],
    ["192.0.0.8", "IETF protocol assignments"],
    ["192.0.2.1", "documentation (TEST-NET-1)"],
    ["198.18.0.1", "benchmarking"],
    ["198.51.100.7", "documentation (TEST-NET-2)"],
    ["203.0.113.9", "documentation (TEST-NET-3)"],
    ["224.0.0.1", "multicast"],
    ["239.255.255.250", "multicast"],
    ["240.0.0.1", "reserved"],
    ["255.255.255.255", "reserved"],
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["::ffff:7f00:1", "loopback"],
    ["::ffff:169.254.169.254", "link-local"],
    ["64:ff9b::a9fe:a9fe", "NAT64 to link-local"],
    ["64:ff9b::a00:1", "NAT64 to private"],
    ["64:ff9b:1::1", "local-use IPv4/IPv6 translation"],
    ["fd00:ec2::254", "unique local (private)"],
    ["fe80::1", "link-local"],
    ["fec0::1", "site-local (deprecated)"],
    ["ff02::1", "multicast"],
    ["2001:db8::1", "documentation"],
    ["2001::1", "IETF protocol assignments"],
    ["2002:7f00:1::1", "6to4"],
    ["100::1", "discard-only"],
    ["::7f00:1", "IPv4-compatible (deprecated)"],
    ["::127.0.0.1", "loopback"],
    ["4000::1", "not global unicast"],
    ["127.1", "not an IP address"],
    ["mail.example.com", "not an IP address"],
  ])("blocks %s (%s)", (ip, reason) => {
    expect(production.checkAddress(ip)).toEqual({ allowed: false, reason });
  });

  it.each([
    ["93.184.215.14", "93.184.215.14"],
    ["8.8.8.8", "8.8.8.8"],
    ["2606:4700:4700::1111", "2606:4700:4700::1111"],
    ["::ffff:8.8.8.8", "8.8.8.8"],
    ["64:ff9b::808:808", "64:ff9b::808:808"],
  ])("allows the public address %s and connects to %s", (ip, connectTo) => {
    expect(production.checkAddress(ip)).toEqual({ allowed: true, connectTo });
  });

  it("the production default (no MAILDOC_ALLOW_CIDRS) refuses loopback", () => {
    const env = serverEnv({ NODE_ENV: "production" });
    expect(env.allowCidrs).toEqual([]);
    const policy = createTargetPolicy({ allowCidrs: env.allowCidrs });
    for (const ip of ["127.0.0.1", "127.0.0.2", "::1", "::ffff:127.0.0.2"])
      expect(policy.checkAddress(ip).allowed).toBe(false);
  });

  it("MAILDOC_ALLOW_CIDRS exempts only the listed range", () => {
    const lab = createTargetPolicy({
      allowCidrs: serverEnv({ NODE_ENV: "test", MAILDOC_ALLOW_CIDRS: "127.0.0.0/8" }).allowCidrs,
    });
    expect(lab.checkAddress("127.0.0.2")).toEqual({ allowed: true, connectTo: "127.0.0.2" });
    expect(lab.checkAddress("::ffff:127.0.0.2")).toEqual({ allowed: true, connectTo: "127.0.0.2" });
    expect(lab.checkAddress("10.0.0.1").allowed).toBe(false);
    expect(lab.checkAddress("::1").allowed).toBe(false);
  });

  it("rejects an allow list entry that is not a range", () => {
    expect(() => createTargetPolicy({ allowCidrs: ["localhost"] })).toThrow(/not an address range/);
  });

  it("has the limits of SPEC §6", () => {
    expect(production.socketsPerRequest).toBe(16);
  });
});
