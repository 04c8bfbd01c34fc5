// Test helper for the *.rig.test.ts files: runs a live check against the loopback rig and records the
// sockets opened while it ran (net.connect is the only way lib/probe opens one). Checks that run at the
// same time see each other's sockets, so tests that count sockets run one at a time.
import { promises as dns } from "node:dns";
import net from "node:net";
import { inject, vi } from "vitest";
import { systemClock } from "./clock";
import type { DnsEvent } from "./dns-lookup";
import { createMemoryProbeStore } from "./memory-probe-store";
import type { ProbeEvent } from "./port-probe";
import type { ProbeStore } from "./probe-store";
import { runCheck, type CheckEvent, type CheckOptions, type CheckTargets } from "./run-check";
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
    const { host = "?", port = 0 } = args[0] as { host?: string; port?: number };
    const target = `${host}|${port}`;
    const socket = original(...args);
    const mine = [...recorders];
    for (const r of mine) {
      r.connects.push(host);
      r.peak = Math.max(r.peak, (r.open += 1));
      for (const key of [host, target]) {
        r.openTo.set(key, (r.openTo.get(key) ?? 0) + 1);
        r.peakTo.set(key, Math.max(r.peakTo.get(key) ?? 0, r.openTo.get(key) ?? 0));
      }
    }
    socket.once("close", () => {
      for (const r of mine) {
        r.open -= 1;
        for (const key of [host, target]) r.openTo.set(key, (r.openTo.get(key) ?? 1) - 1);
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
  /** Most sockets open at once while the check ran: in total, per address, per address and port. */
  peakOpen: number;
  peakPerAddress: number;
  peakPerTarget: number;
  complete: boolean;
  ms: number;
};

/** Options of the check besides the rig's own; `store` defaults to a new one, so tests share nothing. */
export type CheckExtras = { policy?: TargetPolicy; store?: ProbeStore } & Pick<
  CheckOptions,
  "fresh" | "requestMs"
>;

export const newStore = () => createMemoryProbeStore({ clock: systemClock });

/** Records the sockets opened while `fn` runs (tests that count sockets run one at a time). */
export async function recording<T>(fn: (sockets: { openNow(): number }) => Promise<T>) {
  install();
  const recorder: Recorder = { connects: [], open: 0, peak: 0, openTo: new Map(), peakTo: new Map() };
  recorders.add(recorder);
  try {
    const value = await fn({ openNow: () => recorder.open });
    const peaks = [...recorder.peakTo];
    return {
      value,
      connects: recorder.connects,
      peakOpen: recorder.peak,
      peakPerAddress: Math.max(0, ...peaks.filter(([k]) => !k.includes("|")).map(([, n]) => n)),
      peakPerTarget: Math.max(0, ...peaks.filter(([k]) => k.includes("|")).map(([, n]) => n)),
    };
  } finally {
    recorders.delete(recorder);
  }
}

export async function check(
  targets: Partial<CheckTargets>,
  policyOrExtras: TargetPolicy | CheckExtras = {},
): Promise<CheckRun> {
  const extras: CheckExtras = "checkAddress" in policyOrExtras ? { policy: policyOrExtras } : policyOrExtras;
  const events: CheckEvent[] = [];
  const started = performance.now();
  const { value: summary, ...sockets } = await recording(() =>
    runCheck(
      { domain: targets.domain ?? null, servers: targets.servers ?? [] },
      {
        resolverServers: [rig().dnsServer],
        policy: extras.policy ?? labPolicy(),
        ehloName: "probe.maildoc.test",
        store: extras.store ?? newStore(),
        fresh: extras.fresh,
        requestMs: extras.requestMs,
      },
      (event) => events.push(event),
    ),
  );
  return {
    events,
    dns: events.filter((e): e is DnsEvent => e.type === "dns"),
    probes: events.filter((e): e is ProbeEvent => e.type === "probe"),
    ...sockets,
    complete: summary.complete,
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
