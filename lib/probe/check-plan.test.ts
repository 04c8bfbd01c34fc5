import { describe, expect, it } from "vitest";
import { planAddresses, planCheck } from "./check-plan";
import { createTargetPolicy } from "./target-policy";

const production = createTargetPolicy();

describe("the plan of a check", () => {
  it("looks up the domain, probes the named servers first, then MX hosts, mail.<domain>, the domain", () => {
    const plan = planCheck({
      domain: "example.com",
      servers: [{ host: "pop.example.net", port: 110, protocol: "pop3" }],
    });
    expect(plan.hosts.map((h) => [h.name, h.role, h.priority])).toEqual([
      ["pop.example.net", "server", 0],
      ["mail.example.com", "mail", 20],
      ["example.com", "domain", 30],
    ]);
    expect(plan.hosts[0]?.ports[0]?.port).toBe(110);
    expect(plan.hosts[1]?.ports.map((p) => p.port)).toEqual([587, 995, 993, 465, 25, 110, 143]);
    expect(plan.lookups).toContainEqual({ name: "_dmarc.example.com", rrtype: "TXT" });
    expect(plan.lookups).toHaveLength(12);
    expect(plan.perAddress).toEqual(["PTR"]);
  });

  it("takes at most 5 MX hosts by preference, leaving out what is not a host name", () => {
    const [mx] = planCheck({ domain: "example.com", servers: [] }).hostsFrom;
    expect(mx?.lookup).toEqual({ name: "example.com", rrtype: "MX" });
    const records = [
      { exchange: "mx9.example.com", priority: 90 },
      { exchange: "127.0.0.1", priority: 0 },
      ...Array.from({ length: 6 }, (_, i) => ({ exchange: `MX${i}.example.com.`, priority: 10 + i })),
    ];
    expect(mx?.hosts(records).map((h) => [h.name, h.priority])).toEqual([
      ["mx0.example.com", 10],
      ["mx1.example.com", 11],
      ["mx2.example.com", 12],
      ["mx3.example.com", 13],
      ["mx4.example.com", 14],
    ]);
  });

  it("without a domain, only the named servers", () => {
    const plan = planCheck({
      domain: null,
      servers: [{ host: "smtp.example.com", port: null, protocol: null }],
    });
    expect(plan).toMatchObject({ lookups: [], hostsFrom: [] });
    expect(plan.hosts.map((h) => h.name)).toEqual(["smtp.example.com"]);
  });
});

describe("the addresses of a name", () => {
  it("judges every address: the private one is reported, the public one still probed", () => {
    expect(planAddresses(["10.1.2.3", "93.184.215.14"], production)).toEqual({
      probe: ["93.184.215.14"],
      blocked: [{ ip: "10.1.2.3", reason: "private" }],
    });
  });

  it("probes at most two allowed addresses, IPv4 and IPv6 in turn", () => {
    const addresses = ["93.184.215.14", "93.184.215.15", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"];
    expect(planAddresses(addresses, production).probe).toEqual([
      "93.184.215.14",
      "2606:2800:21f:cb07:6820:80da:af6b:8b2c",
    ]);
    expect(planAddresses(["93.184.215.14", "93.184.215.15", "93.184.215.16"], production).probe).toEqual([
      "93.184.215.14",
      "93.184.215.15",
    ]);
  });

  it("an IPv4-mapped address is the IPv4 host: judged and probed once", () => {
    expect(planAddresses(["::ffff:93.184.215.14", "93.184.215.14"], production).probe).toEqual([
      "93.184.215.14",
    ]);
    expect(planAddresses(["::ffff:10.0.0.1"], production)).toEqual({
      probe: [],
      blocked: [{ ip: "::ffff:10.0.0.1", reason: "private" }],
    });
  });

  it("judges every address before the display limit: a public one after 50 private ones is probed", () => {
    const privates = Array.from({ length: 50 }, (_, i) => `10.0.0.${i + 1}`);
    const plan = planAddresses([...privates, "93.184.215.14"], production);
    expect(plan.probe).toEqual(["93.184.215.14"]);
    expect(plan.blocked).toHaveLength(4);
  });
});
