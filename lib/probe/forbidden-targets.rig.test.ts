// SPEC §6 target guard, end to end: every forbidden target is refused before a single socket opens.
import ipaddr from "ipaddr.js";
import { describe, expect, it } from "vitest";
import { forbiddenAddresses } from "@/e2e/rig/scenarios";
import { diagnose, inLanguage } from "@/lib/diagnose";
import { start } from "@/lib/diagnose/test-events";
import { prepareCheck } from "./prepare-check";
import { check, labPolicy, rigControl } from "./rig-harness";
import { createTargetPolicy } from "./target-policy";

// Typed by a stranger: refused by input normalisation, before any DNS lookup.
const literalTargets = [
  { domain: "127.0.0.1" },
  { domain: "127.1" },
  { domain: "0x7f.1" },
  { domain: "017700000001" },
  { domain: "2130706433" },
  { domain: "0" },
  { domain: "0x7f000001" },
  { domain: "127.000.000.001" },
  { domain: "[::1]" },
  { domain: "::1" },
  { domain: "::ffff:7f00:1" },
  { domain: "::ffff:127.0.0.1" },
  { domain: "64:ff9b::a9fe:a9fe" },
  { domain: "169.254.169.254" },
  { domain: "100.100.100.200" },
  { domain: "fd00:ec2::254" },
  { domain: "224.0.0.1" },
  { email: "root@[127.0.0.1]" },
  { email: "admin@10.0.0.1" },
  { domain: "localhost" },
  { domain: "LOCALHOST." },
  { domain: "mail.localhost" },
  { domain: "intranet" },
  { domain: "nas.local" },
];

// A forbidden server beside a good domain is evidence, not a reason to refuse (SPEC §6): it is reported
// as refused (with its reason) and never becomes a target; the domain is still checked. A port outside the
// seven drops the port, not the host (the host is still checked on the mail ports).
const refusedServers = [
  { server: { host: "192.168.0.1" }, input: "192.168.0.1", reason: "ip-literal", kept: null },
  {
    server: { host: "metadata.google.internal" },
    input: "metadata.google.internal",
    reason: "special-use",
    kept: null,
  },
  {
    server: { host: "mail.good.test", port: 22 },
    input: "mail.good.test:22",
    reason: "port-not-allowed",
    kept: "mail.good.test",
  },
];

describe("forbidden targets (at least 40, no socket ever opened)", () => {
  it.each(literalTargets)("refuses %j before any lookup", (request) => {
    expect(prepareCheck(request)).toMatchObject({ ok: false });
  });

  it.each(refusedServers)("reports $input as refused ($reason) and checks good.test", (row) => {
    const prepared = prepareCheck({ domain: "good.test", servers: [row.server] });
    if (!prepared.ok) throw new Error(`refused the whole request: ${JSON.stringify(prepared.refused)}`);
    expect(prepared.targets.domain).toBe("good.test");
    expect(prepared.refused).toEqual([{ input: row.input, reason: row.reason }]);
    expect(prepared.targets.servers.map((s) => s.host)).toEqual(row.kept ? [row.kept] : []);
    expect(prepared.targets.servers.map((s) => s.port)).not.toContain(22);
  });

  // Names that resolve (in the rig's DNS) to forbidden addresses: refused after the lookup, never connected.
  const production = createTargetPolicy();
  it.each(Object.entries(forbiddenAddresses))(
    "never connects to %s.forbidden.test (%s)",
    async (label, ip) => {
      const run = await check({ domain: `${label}.forbidden.test` }, production);
      const probes = run.probes.filter((p) => p.host === `${label}.forbidden.test`);
      expect(probes).toHaveLength(7);
      expect(probes.every((p) => p.status === "blocked" && p.step === "guard")).toBe(true);
      expect(run.connects).toEqual([]);
      const same = (a: string) =>
        ipaddr.parse(a).toNormalizedString() === ipaddr.parse(ip).toNormalizedString();
      expect(run.dns.some((d) => d.status === "ok" && (d.records as string[]).some(same))).toBe(true);
    },
  );

  it("never connects to an MX that points at 10.x", async () => {
    const run = await check({ domain: "private-mx.test" }, labPolicy());
    expect(
      run.probes.filter((p) => p.host === "mx.private-mx.test").map((p) => [p.status, p.ip, p.detail]),
    ).toEqual(Array(7).fill(["blocked", "10.0.0.25", "private"]));
    expect(run.connects).toEqual([]);
  });

  it("a name with an allowed and a private address: the private one is reported and never connected, the allowed one is probed", async () => {
    const run = await check({ domain: "mixed.test" }, labPolicy());
    for (const host of ["mx.mixed.test", "mixed.test"]) {
      const probes = run.probes.filter((p) => p.host === host);
      expect(probes.filter((p) => p.ip === "10.1.2.3").map((p) => [p.status, p.detail])).toEqual(
        Array(7).fill(["blocked", "private"]),
      );
      expect(probes.filter((p) => p.ip === "127.0.0.2").map((p) => p.status)).toEqual(Array(7).fill("open"));
    }
    expect(new Set(run.connects)).toEqual(new Set(["127.0.0.2"]));
    expect(run.connects).toHaveLength(7);
    const diagnosis = diagnose({
      link: { domain: "mixed.test" },
      answers: {},
      message: null,
      events: [start("mixed.test"), ...run.events],
    });
    const result = inLanguage(diagnosis, "en");
    expect(result.causes.map((c) => c.id)).not.toContain("domain-dns-broken");
    expect(result.causes.map((c) => c.id)).not.toContain("server-down");
    // Judged by the address that answered (127.0.0.2 shows good.test's certificate, not mixed.test's).
    expect(result.causes.map((c) => c.id)).toContain("certificate-invalid");
  });

  it("the production default (no MAILDOC_ALLOW_CIDRS) refuses loopback: good.test is blocked, not probed", async () => {
    const run = await check({ domain: "good.test" }, createTargetPolicy());
    expect(run.probes.length).toBeGreaterThanOrEqual(7);
    expect(run.probes.every((p) => p.status === "blocked" && p.detail === "loopback")).toBe(true);
    expect(run.connects).toEqual([]);
  });

  it("resolves each name once and connects only to the address it checked (DNS rebinding)", async () => {
    expect(await rigControl("reset.rig.test")).toBe("reset");
    const run = await check({ domain: "rebind.test" }, createTargetPolicy({ allowCidrs: ["127.0.0.30/32"] }));
    expect(run.dns.find((d) => d.name === "rebind.test" && d.rrtype === "A")?.records).toEqual([
      "127.0.0.30",
    ]);
    expect(run.connects.length).toBeGreaterThan(0);
    expect(new Set(run.connects)).toEqual(new Set(["127.0.0.30"]));
    expect(await rigControl("a.rebind.test.queries.rig.test")).toBe("1");
    expect(await rigControl("a.mx.rebind.test.queries.rig.test")).toBe("1");
    // A second lookup now would answer 127.0.0.1: the guard would have refused it.
    expect(createTargetPolicy({ allowCidrs: ["127.0.0.30/32"] }).checkAddress("127.0.0.1").allowed).toBe(
      false,
    );
  });
});
