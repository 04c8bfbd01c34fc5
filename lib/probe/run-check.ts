// The live check of one request, carrying out its plan (check-plan.ts): the lookups, then every mail port
// of every address of every host, all at once, each result emitted as soon as it is known, everything over
// by the request budget (SPEC §6). Probes are shared with every other check that needs the same address,
// port and protocol (shared-probe.ts); the answer is out as soon as the last reply is in, the goodbye
// happens after it.
import "server-only";
import { budgets, type MailPort } from "./budgets";
import { planAddresses, planCheck, type CheckTargets, type HostPlan } from "./check-plan";
import { systemClock, type Clock } from "./clock";
import { createResolver, lookupAll, type DnsEvent, type RrType } from "./dns-lookup";
import { silenceVerdict } from "./host-silence";
import { createMemoryProbeStore, type MemoryProbeStore } from "./memory-probe-store";
import { eventFor, probePort, type ProbeEvent } from "./port-probe";
import { ProbeQueue } from "./probe-queue";
import type { ProbeStore } from "./probe-store";
import { obtainProbe, type ObtainContext, type Obtained } from "./shared-probe";
import type { TargetPolicy } from "./target-policy";

export type { CheckTargets } from "./check-plan";
export type CheckEvent = DnsEvent | ProbeEvent;
/** `complete`: nothing was skipped or cut by the deadline; only such a check may be answered from a cache. */
export type CheckSummary = { complete: boolean };

export type CheckOptions = {
  /** `ip` or `ip:port` DNS servers (SPEC §5); empty = the system's resolvers. */
  resolverServers: readonly string[];
  policy: TargetPolicy;
  ehloName: string;
  clock?: Clock;
  /** Ends the check early (what has not answered is reported `skipped`); shared probes run on for others. */
  signal?: AbortSignal;
  /** Where probes are shared between checks; the process's own store unless given. */
  store?: ProbeStore;
  /** "Check again": no probe result from before this check began is used (running probes are joined). */
  fresh?: boolean;
  /** The whole request's budget (SPEC §6: 10 s); tests give less. */
  requestMs?: number;
};

let processStore: MemoryProbeStore | undefined;
/** The probe store of this process, shared by every check that is not given another. */
export function sharedProbeStore(): MemoryProbeStore {
  return (processStore ??= createMemoryProbeStore({ clock: systemClock }));
}

type Target = { ip: string; port: MailPort; names: string[]; outcome: Obtained | null };

export async function runCheck(
  targets: CheckTargets,
  options: CheckOptions,
  emit: (event: CheckEvent) => void,
): Promise<CheckSummary> {
  const clock = options.clock ?? systemClock;
  const { policy } = options;
  const plan = planCheck(targets);
  const started = clock.now();
  const deadline = started + (options.requestMs ?? budgets.requestMs) - budgets.resultReserveMs;
  const end = new AbortController();
  let finished = false;
  let complete = true;
  const send = (event: CheckEvent) => {
    if (finished) return;
    if (event.type === "probe" && event.status === "skipped") complete = false;
    emit(event);
  };
  const resolver = createResolver(options.resolverServers);
  const dns = { resolver, clock, deadline };
  const queue = new ProbeQueue(policy.socketsPerRequest);
  const probeContext = { clock, deadline, ehloName: options.ehloName };
  const obtainContext: ObtainContext = {
    store: options.store ?? sharedProbeStore(),
    queue,
    end: end.signal,
    maxAgeMs: () => (options.fresh ? clock.now() - started : budgets.probeResultMs),
    timeLeft: () => Math.max(0, deadline - clock.now()),
    probe: (host, ip, port) => {
      dialing.set(ip, (dialing.get(ip) ?? 0) + 1);
      return probePort(host, ip, port, probeContext).finally(() =>
        dialing.set(ip, (dialing.get(ip) ?? 1) - 1),
      );
    },
  };
  const tasks: Promise<unknown>[] = [];
  const dialing = new Map<string, number>();

  const ask = (name: string, rrtype: RrType) =>
    lookupAll(dns, name, rrtype).then((answer) => {
      if (answer.cut) complete = false;
      send(answer.event);
      return answer;
    });
  const addressesOf = memo(async (name: string) => {
    const answers = await Promise.all([ask(name, "A"), ask(name, "AAAA")]);
    return answers.flatMap((a) => (a.event.status === "ok" ? (a.records as string[]) : []));
  });
  const aboutAddress = memo((ip: string) => Promise.all(plan.perAddress.map((rrtype) => ask(ip, rrtype))));

  const byTarget = new Map<string, Target>();
  const answeredOn = new Map<string, ProbeEvent[]>();
  const webOnly = new Map<string, boolean>();
  const report = (target: Target, name: string) => {
    const { outcome, ip, port } = target;
    if (!outcome) return;
    if ("skipped" in outcome) send(notTried(name, ip, port, outcome.skipped));
    else send(eventFor(outcome.result, name, outcome.source));
  };
  // After each answer: go on with the address, wait for the dialog beside it, or give up on its waiting
  // ports (host-silence.ts).
  const judgeAddress = (ip: string, outcome: Obtained) => {
    if ("skipped" in outcome) return;
    const seen = [...(answeredOn.get(ip) ?? []), outcome.result.event];
    answeredOn.set(ip, seen);
    const verdict = silenceVerdict(seen, dialing.get(ip) ?? 0, webOnly.get(ip) ?? false);
    if (verdict === "give-up") queue.skipAddress(ip, "host-silent");
    else if (verdict === "wait") queue.pause(ip);
    else queue.resume(ip);
  };

  function probeAddress(host: HostPlan, ip: string) {
    tasks.push(aboutAddress(ip));
    // An address is "the web server only" while no mail host or named server shares it.
    webOnly.set(ip, (webOnly.get(ip) ?? true) && host.role === "domain");
    for (const port of host.ports) {
      const id = `${ip}|${port.port}`;
      const known = byTarget.get(id);
      if (known) {
        known.names.push(host.name);
        report(known, host.name);
        continue;
      }
      const target: Target = { ip, port, names: [host.name], outcome: null };
      byTarget.set(id, target);
      tasks.push(
        obtainProbe({ host: host.name, ip, port, priority: host.priority }, obtainContext).then((outcome) => {
          target.outcome = outcome;
          for (const name of target.names) report(target, name);
          judgeAddress(ip, outcome);
        }),
      );
    }
  }

  const checkedHosts = new Set<string>();
  async function checkHost(host: HostPlan) {
    if (checkedHosts.has(host.name)) return;
    checkedHosts.add(host.name);
    const { probe, blocked } = planAddresses(await addressesOf(host.name), policy);
    for (const { ip, reason } of blocked)
      for (const port of host.ports) send(blockedEvent(host.name, ip, port, reason));
    for (const ip of probe) probeAddress(host, ip);
  }

  for (const host of plan.hosts) tasks.push(checkHost(host));
  for (const { lookup, hosts } of plan.hostsFrom)
    tasks.push(
      ask(lookup.name, lookup.rrtype).then((answer) => {
        if (answer.event.status === "ok") return Promise.all(hosts(answer.records).map(checkHost));
      }),
    );
  for (const { name, rrtype } of plan.lookups) tasks.push(ask(name, rrtype));

  // Everything answered, or the deadline (or the caller) ends the check: what is left is reported skipped.
  const cancel = clock.setTimeout(() => end.abort(), deadline - clock.now());
  const onAbort = () => end.abort();
  options.signal?.addEventListener("abort", onAbort, { once: true });
  await Promise.race([settleAll(tasks), aborted(end.signal)]);
  if (end.signal.aborted) complete = false;
  cancel();
  options.signal?.removeEventListener("abort", onAbort);
  end.abort();
  queue.close();
  resolver.cancel();
  await settleAll(tasks);
  finished = true;
  return { complete };
}

/** Waits for every task, including tasks that the awaited ones add to the list while running. */
async function settleAll(tasks: Promise<unknown>[]) {
  for (let seen = 0; seen < tasks.length;) {
    const batch = tasks.slice(seen);
    seen = tasks.length;
    await Promise.allSettled(batch);
  }
}

const aborted = (signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener("abort", () => resolve(), { once: true });
  });

function memo<T>(fn: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const cache = new Map<string, Promise<T>>();
  return (key) => {
    let value = cache.get(key);
    if (!value) cache.set(key, (value = fn(key)));
    return value;
  };
}

const skeleton = (
  host: string,
  ip: string,
  port: MailPort,
): Omit<ProbeEvent, "status" | "step" | "detail"> => ({
  type: "probe",
  host,
  ip,
  port: port.port,
  protocol: port.protocol,
  banner: null,
  capabilities: [],
  tls: null,
  ms: 0,
  security: port.tls === "ssl" ? "ssl" : "none",
  capabilitiesBeforeTls: [],
  heldForHost: false,
  source: null,
});

const blockedEvent = (host: string, ip: string, port: MailPort, reason: string): ProbeEvent => ({
  ...skeleton(host, ip, port),
  status: "blocked",
  step: "guard",
  detail: reason,
});

// Not run within this check's budget: never evidence about the server (SPEC §2 `skipped`).
const notTried = (
  host: string,
  ip: string,
  port: MailPort,
  reason: Extract<Obtained, { skipped: unknown }>["skipped"],
): ProbeEvent => ({
  ...skeleton(host, ip, port),
  status: "skipped",
  step: reason === "host-silent" ? "skipped" : "queued",
  detail: reason,
});
