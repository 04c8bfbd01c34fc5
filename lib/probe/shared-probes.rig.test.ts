// Probes shared between checks (SPEC §6), against the rig's one mail server for 50 customer domains
// (shared-N.test, all on 127.0.0.121): concurrent checks join one dialog per address and port, a complete
// result serves later checks for 60 s, `fresh` probes again, and a probe cut short is never reused.
import { describe, expect, it } from "vitest";
import { sharedDomains, sharedIp } from "@/e2e/rig/scenarios";
import { allowedPorts } from "@/lib/mail-ports";
import { budgets } from "./budgets";
import { check, newStore, recording } from "./rig-harness";

const mailPorts = allowedPorts;

describe("probes shared between checks", () => {
  it("concurrent checks of ten domains on one server: one dialog per port, every check told everything", async () => {
    const store = newStore();
    const domains = sharedDomains.slice(0, 10);
    const {
      value: runs,
      connects,
      peakPerTarget,
      peakPerAddress,
    } = await recording(() => Promise.all(domains.map((domain) => check({ domain }, { store }))));
    expect(connects.filter((ip) => ip !== sharedIp)).toEqual([]);
    expect(connects).toHaveLength(7);
    expect(peakPerTarget).toBe(1);
    expect(peakPerAddress).toBeLessThanOrEqual(7);
    for (const [i, run] of runs.entries()) {
      const mx = run.probes.filter((p) => p.host === `mx.${domains[i]}`);
      expect(mx.map((p) => p.port).sort()).toEqual([...mailPorts].sort());
      expect(mx.every((p) => p.status === "open" && p.step === "done")).toBe(true);
      // The certificate is judged for each check's own names, whoever held the dialog.
      expect(mx.every((p) => p.tls === null || p.tls.hostnameMatch)).toBe(true);
      expect(run.complete).toBe(true);
    }
    const sources = runs.flatMap((run) =>
      run.probes.filter((p) => p.host === `mx.${domains[runs.indexOf(run)]}`).map((p) => [p.port, p.source]),
    );
    for (const port of mailPorts) {
      const ofPort = sources.filter(([p]) => p === port).map(([, source]) => source);
      // One check held the dialogue; the others joined it while it ran or, a moment later, took its result.
      expect(ofPort.filter((s) => s === "probed")).toHaveLength(1);
      expect(ofPort.filter((s) => s === "joined" || s === "stored")).toHaveLength(9);
    }
  });

  it("checks that start while a dialogue runs join it: five checks of a silent server, one 4-second wait per port", async () => {
    const store = newStore();
    const {
      value: runs,
      connects,
      peakPerTarget,
    } = await recording(() =>
      Promise.all(Array.from({ length: 5 }, () => check({ domain: "silent.test" }, { store }))),
    );
    expect(connects).toHaveLength(7);
    expect(peakPerTarget).toBe(1);
    const probes = runs.flatMap((run) => run.probes.filter((p) => p.host === "silent.test"));
    expect(probes).toHaveLength(35);
    expect(probes.every((p) => p.status === "timeout")).toBe(true);
    expect(probes.filter((p) => p.source === "probed")).toHaveLength(7);
    expect(probes.filter((p) => p.source === "joined")).toHaveLength(28);
    for (const run of runs) expect(run.ms).toBeLessThan(budgets.stepMs + 1_000);
  });

  it("a complete result serves a later check for 60 s; `fresh` probes again, once per port", async () => {
    const store = newStore();
    const [first, later, again] = sharedDomains.slice(10, 13);
    await check({ domain: first }, { store });
    const reused = await check({ domain: later }, { store });
    expect(reused.connects).toEqual([]);
    expect(reused.probes.filter((p) => p.host === `mx.${later}`).every((p) => p.source === "stored")).toBe(
      true,
    );
    const fresh = await check({ domain: again }, { store, fresh: true });
    expect(fresh.connects).toEqual(Array(7).fill(sharedIp));
    expect(fresh.peakPerTarget).toBe(1);
    const probes = fresh.probes.filter((p) => p.host === `mx.${again}`);
    expect(probes.every((p) => p.source === "probed" && p.status === "open")).toBe(true);
    expect(budgets.probeResultMs).toBe(60_000);
  });

  it("a probe cut by the deadline is skipped and not kept: the next check probes for real", async () => {
    const store = newStore();
    const cut = await check({ domain: "silent.test" }, { store, requestMs: 1_500 });
    expect(cut.probes.filter((p) => p.host === "silent.test").every((p) => p.status === "skipped")).toBe(
      true,
    );
    expect(cut.complete).toBe(false);
    const full = await check({ domain: "silent.test" }, { store });
    expect(full.connects).toHaveLength(7);
    const probes = full.probes.filter((p) => p.host === "silent.test");
    expect(probes.every((p) => p.status === "timeout" && p.source === "probed")).toBe(true);
    expect(full.complete).toBe(true);
  });
});
