// Test helper for the *.rig.test.ts files: runs a live check against the loopback rig and records the
// sockets opened while it ran (net.connect is the only way lib/probe opens one). Checks that run at the
// same time see each other's sockets, so tests that count sockets run one at a time.
import { promises as dns } from "node:dns";
import net from "node:net";
import { inject, vi } from "vitest";
import type { DnsEvent } from "./dns-lookup";
import type { ProbeEvent } from "./port-probe";
import { TargetSlots } from "./probe-queue";
import { runCheck, type CheckEvent, type CheckTargets } from "./run-check";
import { createTargetPolicy, type TargetPolicy } from "./target-policy";

export const rig = () => inject("rig");
export const labPolicy = () => createTargetPolicy({ allowCidrs: [rig().allowCidrs] });

type Recorder = {
  connects: string[];
  open: number;
  peak: number;
  openTo: Map<string, number>;
  peakTo: Map<string, number>;
};
const recorders = new Set<Recorder>();
let installed = false;

function install() {
  if (installed) return;
  installed = true;
  const original = net.connect;
  vi.spyOn(net, "connect").mockImplementation(((...args: Parameters<typeof net.connect>) => {
    const host = (args[0] as { host?: string }).host ?? "?";
    const socket = original(...args);
    const mine = [...recorders];
    for (const r of mine) {
      r.connects.push(host);
      r.peak = Math.max(r.peak, (r.open += 1));
      r.openTo.set(host, (r.openTo.get(host) ?? 0) + 1);
      r.peakTo.set(host, Math.max(r.peakTo.get(host) ?? 0, r.openTo.get(host) ?? 0));
    }
    socket.once("close", () => {
      for (const r of mine) {
        r.open -= 1;
        r.openTo.set(host, (r.openTo.get(host) ?? 1) - 1);
      }
    });
    return socket;
  }) as typeof net.connect);
}

export type CheckRun = {
  events: CheckEvent[];
  dns: DnsEvent[];
  probes: ProbeEvent[];
  /** Addresses passed to net.connect while the check ran. */
  connects: string[];
  /** Most sockets open at once while the check ran, in total and per address. */
  peakOpen: number;
  peakPerAddress: number;
  ms: number;
};

export async function check(
  targets: Partial<CheckTargets>,
  policy: TargetPolicy = labPolicy(),
): Promise<CheckRun> {
  install();
  const recorder: Recorder = { connects: [], open: 0, peak: 0, openTo: new Map(), peakTo: new Map() };
  recorders.add(recorder);
  const events: CheckEvent[] = [];
  const started = performance.now();
  try {
    await runCheck(
      { domain: targets.domain ?? null, servers: targets.servers ?? [] },
      // Own per-target slots: concurrent tests must not queue behind each other.
      {
        resolverServers: [rig().dnsServer],
        policy,
        ehloName: "probe.maildoc.test",
        targetSlots: new TargetSlots(policy.connectionsPerTarget),
      },
      (event) => events.push(event),
    );
  } finally {
    recorders.delete(recorder);
  }
  return {
    events,
    dns: events.filter((e): e is DnsEvent => e.type === "dns"),
    probes: events.filter((e): e is ProbeEvent => e.type === "probe"),
    connects: recorder.connects,
    peakOpen: recorder.peak,
    peakPerAddress: Math.max(0, ...recorder.peakTo.values()),
    ms: performance.now() - started,
  };
}

/** Asks the rig's DNS server a control question (see e2e/rig/dns-server.ts). */
export async function rigControl(name: string): Promise<string> {
  const resolver = new dns.Resolver();
  resolver.setServers([rig().dnsServer]);
  const [answer] = await resolver.resolveTxt(name);
  return (answer ?? []).join("");
}
