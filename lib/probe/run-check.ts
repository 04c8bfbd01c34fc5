// The live check of one request: DNS of the domain, then every mail port of its mail hosts, all at once,
// each result emitted as soon as it is known, everything over by the request budget (SPEC §6).
import "server-only";
import { budgets, mailPorts, type MailPort } from "./budgets";
import { systemClock, type Clock } from "./clock";
import { createResolver, lookup, type DnsEvent, type RrType } from "./dns-lookup";
import { probePort, type ProbeEvent, type ProbeOutcome } from "./port-probe";
import { silenceVerdict } from "./host-silence";
import { ProbeQueue, TargetSlots, type SkipReason } from "./probe-queue";
import { normalizeHostName, type ServerTarget } from "./target-input";
import type { TargetPolicy } from "./target-policy";

export type CheckTargets = { domain: string | null; servers: ServerTarget[] };
export type CheckEvent = DnsEvent | ProbeEvent;

export type CheckOptions = {
  /** `ip` or `ip:port` DNS servers (SPEC §5); empty = the system's resolvers. */
  resolverServers: readonly string[];
  policy: TargetPolicy;
  ehloName: string;
  clock?: Clock;
  signal?: AbortSignal;
  /** Per-target connection slots shared across requests; one per process by default. */
  targetSlots?: TargetSlots;
};

// Lookups about the domain that nothing else waits for (SPEC §6; RFC 6186 SRV names, autoconfig).
const domainLookups: [prefix: string, rrtype: RrType][] = [
  ["", "NS"],
  ["", "SOA"],
  ["", "TXT"],
  ["_dmarc.", "TXT"],
  ["_submission._tcp.", "SRV"],
  ["_submissions._tcp.", "SRV"],
  ["_imap._tcp.", "SRV"],
  ["_imaps._tcp.", "SRV"],
  ["_pop3._tcp.", "SRV"],
  ["_pop3s._tcp.", "SRV"],
  ["autoconfig.", "A"],
  ["autodiscover.", "A"],
];

// Most telling ports first, so that a check cut short by its budget still answers the usual questions.
const portOrder = [587, 995, 993, 465, 25, 110, 143];
const orderedPorts: MailPort[] = portOrder.map((p) => mailPorts.find((m) => m.port === p)!);

/** Queue priority of the domain's own address (servers 0–3, MX 10–14, mail.<domain> 20). */
const domainPriority = 30;

const sharedSlots = new Map<number, TargetSlots>();
function slotsFor(perTarget: number): TargetSlots {
  let slots = sharedSlots.get(perTarget);
  if (!slots) sharedSlots.set(perTarget, (slots = new TargetSlots(perTarget)));
  return slots;
}

type Planned = {
  outcome: ProbeOutcome | null;
  skipped: SkipReason | null;
  aliases: Set<string>;
  ip: string;
  port: MailPort;
  host: string;
};

export async function runCheck(
  targets: CheckTargets,
  options: CheckOptions,
  emit: (event: CheckEvent) => void,
): Promise<void> {
  const clock = options.clock ?? systemClock;
  const { policy } = options;
  const deadline = clock.now() + budgets.requestMs - budgets.resultReserveMs;
  let finished = false;
  const send = (event: CheckEvent) => {
    if (!finished) emit(event);
  };
  const resolver = createResolver(options.resolverServers);
  const dns = { resolver, clock, deadline };
  const queue = new ProbeQueue(
    options.targetSlots ?? slotsFor(policy.connectionsPerTarget),
    policy.socketsPerRequest,
  );
  const probeContext = { clock, deadline, signal: options.signal, ehloName: options.ehloName };
  const tasks: Promise<unknown>[] = [];

  const ask = (name: string, rrtype: RrType) =>
    lookup(dns, name, rrtype).then((event) => {
      send(event);
      return event;
    });

  const addressesOf = memo(async (name: string) => {
    const answers = await Promise.all([ask(name, "A"), ask(name, "AAAA")]);
    return answers.flatMap((a) => (a.status === "ok" ? (a.records as string[]) : []));
  });
  const ptrOf = memo((ip: string) => ask(ip, "PTR"));

  const planned = new Map<string, Planned>();
  const outcomesByAddress = new Map<string, ProbeEvent[]>();
  const runningOn = new Map<string, number>();
  const firstPriorityOn = new Map<string, number>();
  // After each probe: go on with the address, wait for the probe beside it, or give up (host-silence.ts).
  const judgeAddress = (ip: string, event: ProbeEvent) => {
    const seen = [...(outcomesByAddress.get(ip) ?? []), event];
    outcomesByAddress.set(ip, seen);
    const webHostOnly = (firstPriorityOn.get(ip) ?? 0) >= domainPriority;
    const verdict = silenceVerdict(seen, runningOn.get(ip) ?? 0, webHostOnly);
    if (verdict === "give-up") queue.skipAddress(ip, "host-silent");
    else if (verdict === "wait") queue.pause(ip);
    else queue.resume(ip);
  };
  const report = (plan: Planned, host: string) => {
    if (plan.skipped) send(notTried(host, plan.ip, plan.port, plan.skipped));
    else if (plan.outcome)
      send(
        host === plan.host
          ? plan.outcome.event
          : { ...plan.outcome.event, host, tls: plan.outcome.tlsFor(host) },
      );
  };

  const probedHosts = new Set<string>();
  async function probeHost(name: string, priority: number, first?: number | null) {
    if (probedHosts.has(name)) return;
    probedHosts.add(name);
    const addresses = await addressesOf(name);
    if (addresses.length === 0) return;
    const ports = first
      ? [...orderedPorts].sort((a, b) => Number(b.port === first) - Number(a.port === first))
      : orderedPorts;
    // A name with any forbidden address is not probed at all: mixed answers are how rebinding starts.
    const verdicts = addresses.map((ip) => ({ ip, verdict: policy.checkAddress(ip) }));
    const blocked = verdicts.find((v) => !v.verdict.allowed);
    if (blocked && !blocked.verdict.allowed) {
      for (const port of ports) send(blockedEvent(name, blocked.ip, port, blocked.verdict.reason));
      return;
    }
    const allowed = verdicts.flatMap((v) => (v.verdict.allowed ? [v.verdict.connectTo] : []));
    const ip = allowed.find((a) => !a.includes(":")) ?? allowed[0];
    if (!ip) return;
    tasks.push(ptrOf(ip));
    // The most important role this address plays (an MX host sharing the web server's address counts as MX).
    firstPriorityOn.set(ip, Math.min(firstPriorityOn.get(ip) ?? priority, priority));
    for (const port of ports) {
      const key = `${ip}|${port.port}`;
      const existing = planned.get(key);
      if (existing) {
        existing.aliases.add(name);
        report(existing, name);
        continue;
      }
      const plan: Planned = { outcome: null, skipped: null, aliases: new Set(), ip, port, host: name };
      planned.set(key, plan);
      queue.add(
        ip,
        priority,
        async () => {
          runningOn.set(ip, (runningOn.get(ip) ?? 0) + 1);
          plan.outcome = await probePort(name, ip, port, probeContext);
          runningOn.set(ip, (runningOn.get(ip) ?? 1) - 1);
          for (const host of [name, ...plan.aliases]) report(plan, host);
          judgeAddress(ip, plan.outcome.event);
        },
        (reason) => {
          plan.skipped = reason;
          for (const host of [name, ...plan.aliases]) report(plan, host);
        },
      );
    }
  }

  const { domain } = targets;
  for (const [index, server] of targets.servers.slice(0, budgets.maxServers).entries())
    tasks.push(probeHost(server.host, index, server.port));
  if (domain) {
    tasks.push(
      ask(domain, "MX").then((mx) => {
        if (mx.status !== "ok") return;
        const hosts = (mx.records as { exchange: string; priority: number }[])
          .toSorted((a, b) => a.priority - b.priority)
          .map((r) => normalizeHostName(r.exchange))
          .flatMap((v) => (v.ok ? [v.name] : []));
        return Promise.all(
          [...new Set(hosts)].slice(0, budgets.maxMxHosts).map((host, rank) => probeHost(host, 10 + rank)),
        );
      }),
    );
    tasks.push(probeHost(`mail.${domain}`, 20), probeHost(domain, domainPriority));
    for (const [prefix, rrtype] of domainLookups) tasks.push(ask(`${prefix}${domain}`, rrtype));
  }

  const timeLeft = () => Math.max(0, deadline - clock.now());
  await new Promise<void>((resolve) => {
    const cancel = clock.setTimeout(resolve, timeLeft());
    const onAbort = () => resolve();
    options.signal?.addEventListener("abort", onAbort, { once: true });
    void settleAll(tasks)
      .then(() => queue.drained())
      .then(() => {
        cancel();
        options.signal?.removeEventListener("abort", onAbort);
        resolve();
      });
  });
  await queue.close();
  finished = true;
  resolver.cancel();
}

/** Waits for every task, including tasks that the awaited ones add to the list while running. */
async function settleAll(tasks: Promise<unknown>[]) {
  for (let seen = 0; seen < tasks.length;) {
    const batch = tasks.slice(seen);
    seen = tasks.length;
    await Promise.allSettled(batch);
  }
}

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
});

const blockedEvent = (host: string, ip: string, port: MailPort, reason: string): ProbeEvent => ({
  ...skeleton(host, ip, port),
  status: "blocked",
  step: "guard",
  detail: reason,
});

const notTried = (host: string, ip: string, port: MailPort, reason: SkipReason): ProbeEvent => ({
  ...skeleton(host, ip, port),
  status: "timeout",
  step: reason === "host-silent" ? "skipped" : "queued",
  detail: reason,
});
