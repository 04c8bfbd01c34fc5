// The live check of one request, carrying out its plan (check-plan.ts): the lookups, then every mail port
// of every address of every host, all at once, each result emitted as soon as it is known, everything over
// by the request budget (SPEC §6). Probes are shared with every other check that needs the same address,
// port and protocol (shared-probe.ts); the answer is out as soon as the last reply is in, the goodbye
// happens after it.
import "server-only";
import type { Resolver } from "node:dns/promises";
import { setMaxListeners } from "node:events";
import { allowedPorts, type MailPort } from "@/lib/mail-ports";
import { budgets } from "./budgets";
import { planAddresses, planCheck, type CheckPlan, type CheckTargets, type HostPlan } from "./check-plan";
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
  return new CheckRun(planCheck(targets), options, emit).run();
}

/** One check carrying out its plan; every piece of its state lives here until it ends. */
class CheckRun {
  private readonly clock: Clock;
  private readonly started: number;
  private readonly deadline: number;
  private readonly end = new AbortController();
  private readonly resolver: Resolver;
  private readonly queue: ProbeQueue;
  private readonly obtainContext: ObtainContext;
  private readonly tasks: Promise<unknown>[] = [];
  private finished = false;
  private complete = true;
  /** This check's own dialogues per address that have not answered yet. */
  private readonly dialing = new Map<string, number>();
  private readonly byTarget = new Map<string, Target>();
  private readonly answeredOn = new Map<string, ProbeEvent[]>();
  private readonly webOnly = new Map<string, boolean>();
  private readonly checkedHosts = new Set<string>();
  private readonly addressesOf = memo((name: string) => this.addresses(name));
  private readonly aboutAddress = memo((ip: string) =>
    Promise.all(this.plan.perAddress.map((rrtype) => this.ask(ip, rrtype))),
  );

  constructor(
    private readonly plan: CheckPlan,
    private readonly options: CheckOptions,
    private readonly emit: (event: CheckEvent) => void,
  ) {
    this.clock = options.clock ?? systemClock;
    // Every port of every address of every host listens for the check's end, twice at most (waiting for its
    // turn, then in its dialogue): more than Node's default of 10, which would warn of a leak that is not one.
    const hostsAtMost = budgets.maxServers + budgets.maxMxHosts + 2;
    const portsAtMost = hostsAtMost * budgets.addressesPerName * allowedPorts.length;
    setMaxListeners(2 * portsAtMost + 1, this.end.signal);
    this.started = this.clock.now();
    this.deadline = this.started + (options.requestMs ?? budgets.requestMs) - budgets.resultReserveMs;
    this.resolver = createResolver(options.resolverServers);
    this.queue = new ProbeQueue(options.policy.socketsPerRequest);
    const probeContext = { clock: this.clock, deadline: this.deadline, ehloName: options.ehloName };
    this.obtainContext = {
      store: options.store ?? sharedProbeStore(),
      queue: this.queue,
      end: this.end.signal,
      maxAgeMs: () => (options.fresh ? this.clock.now() - this.started : budgets.probeResultMs),
      timeLeft: () => Math.max(0, this.deadline - this.clock.now()),
      probe: (host, ip, port) => {
        this.dialing.set(ip, (this.dialing.get(ip) ?? 0) + 1);
        return probePort(host, ip, port, probeContext).finally(() =>
          this.dialing.set(ip, (this.dialing.get(ip) ?? 1) - 1),
        );
      },
    };
  }

  async run(): Promise<CheckSummary> {
    const { plan, tasks } = this;
    for (const host of plan.hosts) tasks.push(this.checkHost(host));
    for (const { lookup, hosts } of plan.hostsFrom)
      tasks.push(
        this.ask(lookup.name, lookup.rrtype).then((answer) => {
          if (answer.event.status === "ok")
            return Promise.all(hosts(answer.records).map((h) => this.checkHost(h)));
        }),
      );
    for (const { name, rrtype } of plan.lookups) tasks.push(this.ask(name, rrtype));

    // Everything answered, or the deadline (or the caller) ends the check: what is left is reported skipped.
    const end = () => this.end.abort();
    const cancel = this.clock.setTimeout(end, this.deadline - this.clock.now());
    this.options.signal?.addEventListener("abort", end, { once: true });
    await Promise.race([settleAll(tasks), aborted(this.end.signal)]);
    if (this.end.signal.aborted) this.complete = false;
    cancel();
    this.options.signal?.removeEventListener("abort", end);
    end();
    this.queue.close();
    this.resolver.cancel();
    await settleAll(tasks);
    this.finished = true;
    return { complete: this.complete };
  }

  private send(event: CheckEvent) {
    if (this.finished) return;
    if (event.type === "probe" && event.status === "skipped") this.complete = false;
    this.emit(event);
  }

  private ask(name: string, rrtype: RrType) {
    return lookupAll(
      { resolver: this.resolver, clock: this.clock, deadline: this.deadline },
      name,
      rrtype,
    ).then((answer) => {
      if (answer.cut) this.complete = false;
      this.send(answer.event);
      return answer;
    });
  }

  private async addresses(name: string): Promise<string[]> {
    const answers = await Promise.all([this.ask(name, "A"), this.ask(name, "AAAA")]);
    return answers.flatMap((a) => (a.event.status === "ok" ? (a.records as string[]) : []));
  }

  private async checkHost(host: HostPlan) {
    if (this.checkedHosts.has(host.name)) return;
    this.checkedHosts.add(host.name);
    const { probe, blocked } = planAddresses(await this.addressesOf(host.name), this.options.policy);
    for (const { ip, reason } of blocked)
      for (const port of host.ports) this.send(blockedEvent(host.name, ip, port, reason));
    for (const ip of probe) this.probeAddress(host, ip);
  }

  /** Every port of one address, once per check: a second name on it gets its own events of the same probe. */
  private probeAddress(host: HostPlan, ip: string) {
    this.tasks.push(this.aboutAddress(ip));
    // An address is "the web server only" while no mail host or named server shares it.
    this.webOnly.set(ip, (this.webOnly.get(ip) ?? true) && host.role === "domain");
    for (const port of host.ports) {
      const id = `${ip}|${port.port}`;
      const known = this.byTarget.get(id);
      if (known) {
        known.names.push(host.name);
        this.report(known, host.name);
        continue;
      }
      const target: Target = { ip, port, names: [host.name], outcome: null };
      this.byTarget.set(id, target);
      const need = { host: host.name, ip, port, priority: host.priority };
      this.tasks.push(
        obtainProbe(need, this.obtainContext).then((outcome) => {
          target.outcome = outcome;
          for (const name of target.names) this.report(target, name);
          this.judgeAddress(ip, outcome);
        }),
      );
    }
  }

  private report({ outcome, ip, port }: Target, name: string) {
    if (!outcome) return;
    if ("skipped" in outcome) this.send(notTried(name, ip, port, outcome.skipped));
    else this.send(eventFor(outcome.result, name, outcome.source));
  }

  // After each answer: go on with the address, wait for the dialogue beside it, or give up on its waiting
  // ports (host-silence.ts).
  private judgeAddress(ip: string, outcome: Obtained) {
    if ("skipped" in outcome) return;
    const seen = [...(this.answeredOn.get(ip) ?? []), outcome.result.event];
    this.answeredOn.set(ip, seen);
    const verdict = silenceVerdict(seen, this.dialing.get(ip) ?? 0, this.webOnly.get(ip) ?? false);
    if (verdict === "give-up") this.queue.skipAddress(ip, "host-silent");
    else if (verdict === "wait") this.queue.pause(ip);
    else this.queue.resume(ip);
  }
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
