// The pasted message (and the settings the customer gave) against the live check: "the message says the
// POP3 server refused, but from here it answers on 110 and 995 — so the cause is on your side".
import { mailPort, portsOf, protocolOfPort } from "@/lib/mail-ports";
import { authOnlyAfterStartTls, failedToConnect, offers, tried, type ProbeEvent } from "../check-view";
import { isLocalHost, localProxyPorts } from "../current";
import { portsInUse, type Facts } from "../facts";
import { listOf, once, rule } from "./rule";

/** The customer's own server when the check probed it, else the domain's real mail servers. */
function hostsToTest(f: Facts): string[] {
  const { host } = f.current;
  return host && !isLocalHost(host) && f.check.probes(host).length > 0 ? [host] : f.mailHosts;
}

/** The customer's own server (unless it is their own computer) and the domain's mail servers. */
function ownAndMailHosts(f: Facts): string[] {
  const { host } = f.current;
  return [...new Set([...(host && !isLocalHost(host) ? [host] : []), ...f.mailHosts])];
}

function firstOpen(f: Facts, hosts: string[], ports: readonly number[]) {
  for (const host of hosts) {
    const open = f.check.openPorts(host, ports);
    if (open.length > 0) return { host, open };
  }
  return null;
}

/** The domain's mail server the customer should use instead: the working settings' host, else one that answers. */
function rightHost(f: Facts, wrong: string): string | undefined {
  const chosen = f.direction === "send" ? f.settings?.outgoing?.host : f.settings?.incoming?.host;
  const candidates = [
    ...(chosen ? [chosen] : []),
    ...f.mailHosts,
    ...(f.domain ? [`mail.${f.domain}`] : []),
  ].filter((h) => h !== wrong);
  return (
    candidates.find((h) => f.check.openPorts(h, portsInUse(f)).length > 0) ??
    candidates.find((h) => f.check.resolves(h) === "yes")
  );
}

const securityWord = (p: ProbeEvent) => ({ word: "security", key: p.security }) as const;

/**
 * Port 25, as the message says, or — when it names no port — as the check suggests: of the SMTP ports only
 * 25 fails to connect here, so a refused or silent SMTP connection most likely went there.
 */
function usedPort25(f: Facts): boolean {
  if (f.current.port !== undefined) return f.current.port === 25;
  return ownAndMailHosts(f).some((h) => {
    const probes = f.check.probes(h);
    return (
      probes.some((p) => p.port === 25 && failedToConnect(p)) && f.check.openPorts(h, [465, 587]).length > 0
    );
  });
}

const sendingOnUnknownPort = (f: Facts) =>
  f.current.port === undefined &&
  (f.current.protocol === "smtp" || (!f.current.protocol && f.direction === "send"));

/**
 * The message says the server stayed silent, and here the server greets at once on every port of the
 * program's protocol. What is left is the program's side; a connection that opens and then hears nothing
 * is most often SSL/TLS against a plain port or plain text against an SSL port (each side waits for the
 * other). Not when the settings the message shows already match the port.
 */
function answersWhereSilent(f: Facts): { host: string; ports: string } | null {
  const { host, port, ssl, protocol } = f.current;
  if (!f.said.timeout || isLocalHost(host) || (protocol === "smtp" && port === 25)) return null;
  if (port !== undefined && ssl !== undefined && (mailPort(port)?.tls === "ssl") === ssl) return null;
  // Another protocol's port (SMTP to 110) is a wrong port, not an SSL setting.
  if (port !== undefined && protocol && protocolOfPort(port) !== protocol) return null;
  const inUse = port !== undefined ? [port] : portsInUse(f);
  for (const h of hostsToTest(f)) {
    const probed = f.check.probes(h).filter((p) => inUse.includes(p.port) && tried(p));
    const open = f.check.openPorts(h, inUse);
    if (probed.length > 0 && open.length === new Set(probed.map((p) => p.port)).size)
      return { host: h, ports: listOf(open) };
  }
  return null;
}

export const messageRules = [
  rule({
    // Message: connection refused; check: the server answers on that protocol's ports.
    id: "server-answers",
    when(f) {
      const { protocol, host, port } = f.current;
      // SMTP on 25 has its own rule (port25-blocked): there the block is usually the ISP's.
      if (!f.said.refused || !protocol || isLocalHost(host) || (protocol === "smtp" && port === 25))
        return [];
      const found = firstOpen(f, hostsToTest(f), portsOf[protocol]);
      return once(found && { host: found.host, ports: listOf(found.open) });
    },
    effects: {
      "server-down": -1,
      "antivirus-interference": 0.25,
      "wrong-server-name": 0.15,
      "connection-refused": 0.1,
      "auth-method-mismatch": 0.1,
    },
  }),
  rule({
    // The customer's port is closed here, another port of the same protocol is open: the port is wrong.
    // (SMTP on 25 has its own rule: there the block is usually the ISP's, not the server's.)
    id: "used-port-closed",
    when(f) {
      const { host, port, protocol } = f.current;
      if (!host || !port || !protocol || (protocol === "smtp" && port === 25)) return [];
      const probe = f.check.probes(host).find((p) => p.port === port);
      if (!probe || !failedToConnect(probe)) return [];
      const open = f.check.openPorts(host, portsOf[protocol]);
      return once(open.length > 0 && { host, port, open: open.at(-1)! });
    },
    effects: { "connection-refused": 0.3, "server-down": -1 },
  }),
  rule({
    // SSL off on a port that speaks TLS from the first byte (465, 995, 993), and the check saw it do so.
    id: "ssl-port-mismatch",
    when(f) {
      const { host, port, ssl } = f.current;
      if (ssl !== false || !port || mailPort(port)?.tls !== "ssl") return [];
      const open = ownAndMailHosts(f).some((h) => f.check.openPorts(h, [port]).length > 0);
      return once((open || !f.check.ran) && host !== undefined && { port });
    },
    effects: { "tls-mismatch": 0.5 },
  }),
  rule({
    // Message: timed out; check: the server answers at once. The SSL setting and the port disagree.
    id: "answers-where-silent",
    when: (f) => once(answersWhereSilent(f)),
    // Sending on a port the message does not name: an ISP's port-25 block (invisible from here, reference
    // §6) times out the same way and stays the likelier reading, so the SSL setting only follows it.
    effects: (f) => ({
      "tls-mismatch": sendingOnUnknownPort(f) ? 0.15 : 0.35,
      "connection-timeout": -0.2,
      "server-down": -0.5,
    }),
  }),
  rule({
    // The name in the program does not exist, while the domain's mail server does: suggest the right name.
    id: "name-not-found",
    when(f) {
      const { host } = f.current;
      if (!host || isLocalHost(host)) return [];
      const resolves = f.check.resolves(host);
      if (resolves === "yes" || (resolves === "unknown" && !f.said.notFound) || !f.check.ran) return [];
      const right = rightHost(f, host);
      return once(right && { host, right });
    },
    effects: { "server-not-found": 0.6, "wrong-server-name": -0.2, "server-down": -0.3, "no-internet": -0.3 },
  }),
  rule({
    // The same, when the check knows no better name to offer.
    id: "host-not-found",
    severity: "fail",
    when(f) {
      const { host } = f.current;
      if (!host || isLocalHost(host) || f.check.resolves(host) !== "no") return [];
      return once(!rightHost(f, host) && { host });
    },
    effects: { "server-not-found": 0.6, "server-down": -0.3 },
  }),
  rule({
    // The message says "host not found", but the name resolves from here: the device's own connection fails.
    id: "name-resolves-here",
    when(f) {
      const { host } = f.current;
      return once(f.said.notFound && host && f.check.resolves(host) === "yes" && { host });
    },
    effects: { "no-internet": 0.4, "local-network-broken": 0.25, "server-not-found": -0.6 },
  }),
  rule({
    // The name resolves but no mail server answers there, while the domain's real mail server does.
    id: "wrong-server-name",
    when(f) {
      const { host } = f.current;
      if (!host || isLocalHost(host) || f.mailHosts.includes(host)) return [];
      const probes = f.check.probes(host).filter((p) => portsInUse(f).includes(p.port));
      if (probes.length === 0 || !probes.every(failedToConnect)) return [];
      const right = rightHost(f, host);
      return once(right && f.check.openPorts(right, portsInUse(f)).length > 0 && { host, right });
    },
    effects: { "wrong-server-name": 0.5, "server-down": -1 },
  }),
  rule({
    // Relay denied, and a submission port takes a login: outgoing authentication is off.
    id: "relay-needs-auth",
    when(f) {
      if (!f.said.relayDenied) return [];
      const out = f.settings?.outgoing;
      const login = (p: ProbeEvent) =>
        p.status === "open" && offers(p, "AUTH") && [465, 587].includes(p.port);
      const probe =
        (out && f.check.probes(out.host).find((p) => p.port === out.port && login(p))) ??
        ownAndMailHosts(f)
          .flatMap((h) => f.check.probes(h))
          .find(
            (p) => login(p) && (p.security === "ssl" || authOnlyAfterStartTls(p) || offers(p, "STARTTLS")),
          );
      return once(
        probe && { host: out?.host ?? probe.host, port: probe.port, security: securityWord(probe) },
      );
    },
    effects: { "smtp-auth-required": 0.5, "recipient-unknown": -0.3, "sender-not-allowed": -0.1 },
  }),
  rule({
    // SMTP on 25 refused or timed out, submission (465/587) open: the ISP blocks 25 (Korea: OP25B, reference §6).
    id: "port25-blocked",
    when(f) {
      const smtp = f.current.protocol === "smtp" || (!f.current.protocol && f.direction === "send");
      if (!smtp || !usedPort25(f) || !(f.said.refused || f.said.timeout)) return [];
      const out = f.settings?.outgoing;
      if (out) return [{ host: out.host, port: out.port }];
      const found = firstOpen(f, ownAndMailHosts(f), [465, 587]);
      return once(found && { host: found.host, port: found.open[0]! });
    },
    effects: {
      "port25-blocked": 0.5,
      "server-down": -1,
      "connection-refused": -0.4,
      "connection-timeout": -0.4,
    },
  }),
  rule({
    // No message about a refusal, but the domain's mail server answers: it is not down.
    id: "mail-host-answers",
    when(f) {
      if (f.said.refused) return [];
      const found = firstOpen(f, f.mailHosts, portsInUse(f));
      return once(found && { host: found.host, ports: listOf(found.open) });
    },
    // An answering MX host also shows the domain's mail routing works; a bare address (no MX) does not.
    effects: (f) =>
      f.domain && f.check.mxHosts(f.domain).length > 0
        ? { "server-down": -0.5, "domain-dns-broken": -0.5 }
        : { "server-down": -0.5 },
  }),
  rule({
    id: "local-server",
    when: (f) => once(isLocalHost(f.current.host) && { host: f.current.host! }),
    effects: { "antivirus-interference": 0.7, "connection-refused": -0.2, "server-down": -1 },
  }),
  rule({
    id: "local-port",
    when: (f) =>
      once(
        f.current.port !== undefined && localProxyPorts.includes(f.current.port) && { port: f.current.port },
      ),
    effects: { "antivirus-interference": 0.7, "connection-refused": -0.2, "server-down": -1 },
  }),
];
