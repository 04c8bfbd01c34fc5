// The diagnosis rules: each one a test over the facts (message, answers, live check), what it does to the
// causes (positive weights raise a cause, -1 rules it out) and the sentence that says why.
// Weights are on the scale of the decoder's confidences (0..1); see docs/decisions/0003-diagnosis-weights.md.
import type { CauseId } from "@/lib/causes";
import type { EvidenceKey } from "@/content/diagnose/evidence";
import { mailPorts, offers, offersStartTls, type ProbeEvent } from "./check-view";
import { portsInUse, type Facts } from "./facts";
import type { Vars } from "./text";

export type Rule = {
  id: string;
  when: (f: Facts) => Vars | null;
  effects: Partial<Record<CauseId, number>>;
  says: EvidenceKey;
};

// Names that point back at the customer's own computer: an antivirus mail proxy (reference §6).
const localHosts =
  /^(127\.\d+\.\d+\.\d+|localhost|::1|\[::1\]|pop3\.norton\.antivirus|smtp\.norton\.antivirus)$/;
// Ports of antivirus mail proxies (Avast 12110/12025/12143) and local mail gateways (DavMail 1110/1025/1143).
const localProxyPorts = [1110, 1025, 1143, 12110, 12025, 12143];
const failed: readonly ProbeEvent["status"][] = ["refused", "timeout", "reset"];

const settingsCauses: CauseId[] = [
  "wrong-server-name",
  "server-not-found",
  "connection-refused",
  "tls-mismatch",
  "wrong-password",
  "auth-method-mismatch",
  "antivirus-interference",
];

function boost(causes: CauseId[], weight: number): Partial<Record<CauseId, number>> {
  return Object.fromEntries(causes.map((c) => [c, weight]));
}

const isLocal = (host: string | undefined) => host !== undefined && localHosts.test(host);

/** The customer's own server when the check probed it, else the domain's real mail servers. */
function hostsToTest(f: Facts): string[] {
  const { host } = f.used;
  return host && !isLocal(host) && f.check.probes(host).length > 0 ? [host] : f.mailHosts;
}

function firstOpen(
  f: Facts,
  hosts: string[],
  ports: readonly number[],
): { host: string; open: number[] } | null {
  for (const host of hosts) {
    const open = f.check.openPorts(host, ports);
    if (open.length > 0) return { host, open };
  }
  return null;
}

/** The domain's mail server the customer should use instead: one that resolves and, if probed, answers. */
function rightHost(f: Facts, wrong: string): string | undefined {
  const candidates = [...f.mailHosts, ...(f.domain ? [`mail.${f.domain}`] : [])].filter((h) => h !== wrong);
  return (
    candidates.find((h) => f.check.openPorts(h, portsInUse(f)).length > 0) ??
    candidates.find((h) => f.check.resolves(h) === "yes")
  );
}

function certProbe(f: Facts): ProbeEvent | undefined {
  const host = f.used.host && !isLocal(f.used.host) ? f.used.host : f.mailHosts[0];
  return host ? f.check.probes(host).find((p) => p.tls !== null) : undefined;
}

export const rules: Rule[] = [
  {
    // Message: connection refused; check: the server answers on that protocol's ports.
    id: "server-answers",
    when(f) {
      if (!f.said.refused || !f.used.protocol || isLocal(f.used.host)) return null;
      const found = firstOpen(f, hostsToTest(f), mailPorts[f.used.protocol]);
      return found && { host: found.host, ports: found.open.join(", ") };
    },
    effects: {
      "server-down": -1,
      "antivirus-interference": 0.25,
      "wrong-server-name": 0.15,
      "connection-refused": 0.1,
      "auth-method-mismatch": 0.1,
    },
    says: "serverAnswers",
  },
  {
    // The customer's port is closed here, another port of the same protocol is open: the port is wrong.
    // (SMTP on 25 has its own rule: there the block is usually the ISP's, not the server's.)
    id: "used-port-closed",
    when(f) {
      const { host, port, protocol } = f.used;
      if (!host || !port || !protocol || (protocol === "smtp" && port === 25)) return null;
      const probe = f.check.probes(host).find((p) => p.port === port);
      if (!probe || !failed.includes(probe.status)) return null;
      const open = f.check.openPorts(host, mailPorts[protocol]);
      return open.length > 0 ? { host, port: String(port), open: String(open.at(-1)) } : null;
    },
    effects: { "connection-refused": 0.3, "server-down": -1 },
    says: "usedPortClosed",
  },
  {
    // The name in the program does not exist, while the domain's mail server does: suggest the right name.
    id: "name-not-found",
    when(f) {
      const { host } = f.used;
      if (!host || isLocal(host)) return null;
      const resolves = f.check.resolves(host);
      if (resolves === "yes" || (resolves === "unknown" && !f.said.notFound)) return null;
      const right = rightHost(f, host);
      return right ? { host, right } : null;
    },
    effects: { "server-not-found": 0.5, "wrong-server-name": -0.2, "server-down": -0.3, "no-internet": -0.3 },
    says: "nameNotFound",
  },
  {
    // The message says "host not found", but the name resolves from here: the device's own connection fails.
    id: "name-resolves-here",
    when(f) {
      const { host } = f.used;
      return f.said.notFound && host && f.check.resolves(host) === "yes" ? { host } : null;
    },
    effects: { "no-internet": 0.4, "local-network-broken": 0.25, "server-not-found": -0.6 },
    says: "nameResolvesHere",
  },
  {
    // The name resolves but no mail server answers there, while the domain's real mail server does.
    id: "wrong-server-name",
    when(f) {
      const { host } = f.used;
      if (!host || isLocal(host) || f.mailHosts.includes(host)) return null;
      const probes = f.check.probes(host).filter((p) => portsInUse(f).includes(p.port));
      if (probes.length === 0 || probes.some((p) => p.status === "open" || p.status === "blocked"))
        return null;
      const right = rightHost(f, host);
      return right && f.check.openPorts(right, portsInUse(f)).length > 0 ? { host, right } : null;
    },
    effects: { "wrong-server-name": 0.5, "server-down": -1 },
    says: "wrongServerName",
  },
  {
    // Relay denied, and port 587 takes a login after STARTTLS: outgoing authentication is off.
    id: "relay-needs-auth",
    when(f) {
      if (!f.said.relayDenied) return null;
      const hosts = [
        ...new Set([...(f.used.host && !isLocal(f.used.host) ? [f.used.host] : []), ...f.mailHosts]),
      ];
      const probe = hosts
        .flatMap((h) => f.check.probes(h))
        .find((p) => p.port === 587 && p.status === "open" && offersStartTls(p) && offers(p, "AUTH"));
      return probe ? { host: probe.host } : null;
    },
    effects: { "smtp-auth-required": 0.5, "recipient-unknown": -0.3, "sender-not-allowed": -0.1 },
    says: "relayNeedsAuth",
  },
  {
    // SMTP on 25 refused or timed out, submission (587/465) open: the ISP blocks 25 (Korea: OP25B, reference §6).
    id: "port25-blocked",
    when(f) {
      const smtp = f.used.protocol === "smtp" || (!f.used.protocol && f.direction === "send");
      if (!smtp || f.used.port !== 25 || !(f.said.refused || f.said.timeout)) return null;
      const hosts = [
        ...new Set([...(f.used.host && !isLocal(f.used.host) ? [f.used.host] : []), ...f.mailHosts]),
      ];
      const found = firstOpen(f, hosts, [587, 465]);
      return found && { host: found.host, port: String(found.open.includes(587) ? 587 : 465) };
    },
    effects: {
      "port25-blocked": 0.5,
      "server-down": -1,
      "connection-refused": -0.2,
      "connection-timeout": -0.2,
    },
    says: "port25Blocked",
  },
  {
    // Every mail port of the domain's real mail servers is closed or silent.
    id: "all-ports-closed",
    when(f) {
      const probes = f.mailHosts.flatMap((h) => f.check.probes(h)).filter((p) => p.status !== "blocked");
      if (probes.length === 0 || !probes.every((p) => failed.includes(p.status))) return null;
      const ports = [...new Set(probes.map((p) => p.port))].sort((a, b) => a - b);
      return { host: f.mailHosts.join(", "), ports: ports.join(", ") };
    },
    effects: { "server-down": 0.6, "wrong-server-name": -0.3, "antivirus-interference": -0.2 },
    says: "allPortsClosed",
  },
  {
    // No message about a refusal, but the domain's mail server answers: it is not down.
    id: "mail-host-answers",
    when(f) {
      if (f.said.refused) return null;
      const found = firstOpen(f, f.mailHosts, portsInUse(f));
      return found && { host: found.host, ports: found.open.join(", ") };
    },
    effects: { "server-down": -0.5, "domain-dns-broken": -0.5 },
    says: "mailHostAnswers",
  },
  {
    id: "domain-missing",
    when(f) {
      const { domain } = f;
      if (!domain) return null;
      const nx = ["MX", "A", "NS", "SOA"].some((t) => f.check.dns(domain, t)?.status === "nxdomain");
      return nx ? { domain } : null;
    },
    effects: { "domain-dns-broken": 0.8, "server-down": -0.5, "server-not-found": -0.2 },
    says: "domainMissing",
  },
  {
    id: "no-mx-no-a",
    when(f) {
      const { domain } = f;
      if (!domain) return null;
      const none = (t: string) => {
        const e = f.check.dns(domain, t);
        return e !== undefined && (e.status === "nodata" || (e.status === "ok" && e.records.length === 0));
      };
      const noAaaa = none("AAAA") || f.check.dns(domain, "AAAA") === undefined;
      return none("MX") && none("A") && noAaaa ? { domain } : null;
    },
    effects: { "domain-dns-broken": 0.7, "server-down": -0.3 },
    says: "noMxNoA",
  },
  {
    id: "dns-failing",
    when(f) {
      const { domain } = f;
      if (!domain) return null;
      const lookups = ["MX", "A"].map((t) => f.check.dns(domain, t)).filter((e) => e !== undefined);
      const failing =
        lookups.length > 0 && lookups.every((e) => e.status === "servfail" || e.status === "timeout");
      return failing ? { domain } : null;
    },
    effects: { "domain-dns-broken": 0.4 },
    says: "dnsFailing",
  },
  {
    id: "local-server",
    when: (f) => (isLocal(f.used.host) ? { host: f.used.host! } : null),
    effects: { "antivirus-interference": 0.7, "connection-refused": -0.2, "server-down": -1 },
    says: "localServer",
  },
  {
    id: "local-port",
    when: (f) =>
      f.used.port && localProxyPorts.includes(f.used.port) ? { port: String(f.used.port) } : null,
    effects: { "antivirus-interference": 0.7, "connection-refused": -0.2, "server-down": -1 },
    says: "localPort",
  },
  {
    id: "answer-no-internet",
    when: (f) => (f.answers.internet === "no" ? {} : null),
    effects: { "no-internet": 0.9 },
    says: "answerNoInternet",
  },
  {
    id: "answer-internet-works",
    when: (f) => (f.answers.internet === "yes" ? {} : null),
    effects: { "no-internet": -0.6 },
    says: "answerInternetWorks",
  },
  {
    // Webmail shows the mail: the server side works, so the program's settings are at fault.
    id: "answer-webmail-shows",
    when: (f) => (f.answers.webmail === "yes" ? {} : null),
    effects: {
      ...boost(settingsCauses, 0.15),
      "server-down": -0.5,
      "domain-dns-broken": -0.5,
      "no-internet": -0.6,
      "account-disabled": -0.5,
    },
    says: "answerWebmailShows",
  },
  {
    id: "answer-webmail-missing",
    when: (f) => (f.answers.webmail === "no" ? {} : null),
    effects: {
      "server-down": 0.1,
      "domain-dns-broken": 0.1,
      "account-disabled": 0.15,
      "antivirus-interference": -0.2,
      "wrong-password": -0.2,
    },
    says: "answerWebmailMissing",
  },
  {
    // Antivirus updates rewrite mail settings (reference §6); passwords get changed.
    id: "answer-stopped-suddenly",
    when: (f) => (f.answers.sudden === "yes" || f.answers.before === "yes" ? {} : null),
    effects: { "antivirus-interference": 0.1, "wrong-password": 0.05 },
    says: "answerStoppedSuddenly",
  },
  {
    id: "answer-receive-works",
    when: (f) => (f.direction === "send" && f.answers.receives === "yes" ? {} : null),
    effects: {
      "port25-blocked": 0.1,
      "smtp-auth-required": 0.1,
      "no-internet": -0.6,
      "domain-dns-broken": -0.3,
      "server-down": -0.1,
    },
    says: "answerReceiveWorks",
  },
  {
    id: "cert-expired",
    when(f) {
      const probe = certProbe(f);
      return probe?.tls?.error && /expired/i.test(probe.tls.error) ? { host: probe.host } : null;
    },
    effects: { "tls-mismatch": 0.2 },
    says: "certExpired",
  },
  {
    id: "cert-wrong-name",
    when(f) {
      const probe = certProbe(f);
      if (!probe?.tls || probe.tls.hostnameMatch) return null;
      const names = probe.tls.altNames.slice(0, 3).join(", ") || probe.tls.subject || "?";
      return { host: probe.host, names };
    },
    effects: { "tls-mismatch": 0.2 },
    says: "certWrongName",
  },
  {
    id: "cert-untrusted",
    when(f) {
      const probe = certProbe(f);
      const error = probe?.tls?.error ?? "";
      return probe?.tls && !probe.tls.authorized && !/expired/i.test(error) && probe.tls.hostnameMatch
        ? { host: probe.host }
        : null;
    },
    effects: { "tls-mismatch": 0.15 },
    says: "certUntrusted",
  },
];
