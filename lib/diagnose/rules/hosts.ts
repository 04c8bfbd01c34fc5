// Each mail host, from its probes: blocked by the guard, down, silent on some ports, something else
// than a mail server, no encryption, no login on submission. Probes that never ran (cut by the budget,
// or left out after a host stayed silent) are evidence of nothing.
import { addressKind } from "@/lib/special-ranges";
import { failedToConnect, notRun, offers, tried, type ProbeEvent } from "../check-view";
import type { Facts } from "../facts";
import { isLocalHost } from "../current";
import { listOf, once, rule } from "./rule";

/** The hosts worth a word: the customer's own server, the domain's mail servers, and those the settings use. */
export function judgedHosts(f: Facts): string[] {
  const own = f.current.host && !isLocalHost(f.current.host) ? [f.current.host] : [];
  const chosen = [f.settings?.incoming?.host, f.settings?.outgoing?.host].filter((h) => h !== undefined);
  return [...new Set([...own, ...f.mailHosts, ...chosen])].filter((h) => f.check.probes(h).length > 0);
}

export function isDown(probes: readonly ProbeEvent[]): boolean {
  const ran = probes.filter(tried);
  return ran.length > 0 && ran.every(failedToConnect);
}

const leftOutAfterSilence = (p: ProbeEvent) => p.step === "skipped" || p.detail === "host-silent";
const ports = (probes: ProbeEvent[]) => listOf(probes.map((p) => p.port).sort((a, b) => a - b));

/** Every one of the domain's mail servers that was probed is down. */
export function allMailHostsDown(f: Facts): boolean {
  const probed = f.mailHosts.map((h) => f.check.probes(h)).filter((p) => p.some(tried));
  return probed.length > 0 && probed.every(isDown);
}

const perHost = <V extends object>(
  f: Facts,
  test: (host: string, probes: readonly ProbeEvent[]) => V | null | undefined | false | "" | 0,
): V[] => judgedHosts(f).flatMap((host) => once(test(host, f.check.probes(host))));

export const hostRules = [
  rule({
    id: "address-blocked",
    severity: "fail",
    when: (f) =>
      perHost(f, (host, probes) => {
        const blocked = probes.find((p) => p.status === "blocked");
        return (
          blocked && {
            host,
            ip: blocked.ip,
            kind: { word: "addressKinds", key: addressKind(blocked.detail ?? "") },
          }
        );
      }),
    // The domain's DNS is to blame when no mail host has an address we could check; a host whose other
    // address was probed is judged by what that address answered (SPEC §6 multi-address hosts).
    effects: (f) =>
      f.mailHosts.every((h) => f.check.probes(h).every((p) => p.status === "blocked"))
        ? { "domain-dns-broken": 0.6 }
        : {},
  }),
  rule({
    id: "server-down",
    severity: "fail",
    when: (f) => {
      if (!allMailHostsDown(f)) return [];
      const probes = f.mailHosts.flatMap((h) => f.check.probes(h)).filter(tried);
      return [
        { host: listOf(f.mailHosts.filter((h) => f.check.probes(h).some(tried))), ports: ports(probes) },
      ];
    },
    effects: { "server-down": 0.8, "wrong-server-name": -0.3, "antivirus-interference": -0.2 },
  }),
  rule({
    id: "host-down",
    severity: "warn",
    when: (f) =>
      allMailHostsDown(f)
        ? []
        : perHost(f, (host, probes) => isDown(probes) && { host, ports: ports(probes.filter(tried)) }),
    effects: {},
  }),
  rule({
    id: "ports-untried",
    severity: "warn",
    when: (f) =>
      perHost(f, (host, probes) => {
        const left = probes.filter(leftOutAfterSilence);
        return left.length > 0 && { host, ports: ports(left) };
      }),
    effects: {},
  }),
  rule({
    id: "ports-silent",
    severity: "warn",
    when: (f) =>
      perHost(f, (host, probes) => {
        const silent = probes.filter(
          (p) =>
            tried(p) && p.status === "timeout" && (p.step === "greeting" || (p.step === "tls" && !p.banner)),
        );
        return silent.length > 0 && { host, ports: ports(silent) };
      }),
    effects: {},
  }),
  rule({
    id: "not-mail-server",
    severity: "warn",
    when: (f) =>
      perHost(f, (host, probes) => {
        const foreign = probes.filter((p) => p.detail === "not-a-mail-greeting");
        return foreign.length > 0 && { host, ports: ports(foreign) };
      }),
    effects: {},
  }),
  rule({
    id: "greeting-refused",
    severity: "warn",
    when: (f) =>
      judgedHosts(f).flatMap((host) =>
        f.check
          .probes(host)
          .filter((p) => p.detail === "greeting-refused")
          .map((p) => ({ host, port: p.port, text: p.banner ?? "" })),
      ),
    effects: { "server-busy": 0.3 },
  }),
  rule({
    id: "starttls-missing",
    severity: "warn",
    when: (f) =>
      perHost(f, (host, probes) => {
        const plain = probes.filter(
          (p) => p.status === "open" && p.step === "done" && p.security === "none" && p.port !== 25,
        );
        const encrypted = probes.some((p) => p.status === "open" && p.security !== "none");
        return plain.length > 0 && !encrypted && { host, ports: ports(plain) };
      }),
    effects: {},
  }),
  rule({
    id: "submission-no-auth",
    severity: "warn",
    when: (f) =>
      perHost(f, (host, probes) => {
        const submission = probes.find((p) => p.port === 587 && p.status === "open" && p.step === "done");
        return submission && !offers(submission, "AUTH") && { host, port: 587 };
      }),
    effects: {},
  }),
  rule({
    id: "check-incomplete",
    severity: "warn",
    when: (f) => {
      const cut = f.check.probes().filter((p) => notRun(p) && !leftOutAfterSilence(p));
      return once(cut.length > 0 && { count: cut.length });
    },
    effects: {},
  }),
  rule({
    id: "target-refused",
    severity: "warn",
    when: (f) => f.check.refusals.map(({ input, reason }) => ({ input, reason: { refusal: reason } })),
    effects: {},
  }),
];
