// The one chooser of working settings (SPEC §2 `settings`, the `in`/`out` link parameters): what the
// fix pictures tell the customer to type. Only what the check proved: a port that greeted, finished its
// dialogue and offers a login. The reasons for the order are in docs/decisions/0007-working-settings.md.
import type { DiagnoseEvent, WorkingSettings } from "@/lib/api/schema";
import type { ClientId } from "@/lib/clients";
import { programAbilities } from "@/content/programs";
import type { IncomingProtocol, MailProtocol, Security } from "@/lib/mail-ports";
import {
  certificateNames,
  certificateProblem,
  finished,
  loginPossible,
  viewOfCheck,
  type CheckView,
  type ProbeEvent,
} from "./check-view";
import type { CurrentSettings } from "./current";

export type SettingsPreference = {
  /** The domain checked; read from the events' `start` line when not given. */
  domain?: string | null;
  /** The customer's program: only settings it can be set to are offered. */
  client?: ClientId;
  /** What the program uses now: its protocol is kept, and its own server wins a tie. */
  current?: CurrentSettings;
  /** The incoming protocol wanted when nothing else is known (e.g. an autoconfig request for POP3). */
  protocol?: IncomingProtocol;
};

/**
 * How far a mail program can trust the option, best first: a certificate valid for the name; a valid
 * certificate for another name (so that name is the one to type); a certificate the program will warn
 * about (expired, self-signed: only the hosting company can fix it, and plain text would be worse);
 * no encryption at all.
 */
const trustRank = { trusted: 0, renamed: 1, warned: 2, plain: 3 } as const;
type Trust = keyof typeof trustRank;

type Option = {
  host: string;
  port: number;
  protocol: MailProtocol;
  security: Security;
  trust: Trust;
  /** The host the probe spoke to (differs from `host` when the certificate's name is used instead). */
  probed: string;
};

const securityRank: Record<Security, number> = { ssl: 0, starttls: 1, none: 2 };
// Implicit TLS before STARTTLS for submission (RFC 8314 §3.3). Port 25 is never offered: it is for
// server-to-server relay and blocked on home lines (Korea since 2011), even when it answers from here.
const outgoingPortRank: Record<number, number> = { 465: 0, 587: 1 };

function trustOf(probe: ProbeEvent): { trust: Trust; host: string } {
  if (probe.security === "none") return { trust: "plain", host: probe.host };
  const problem = certificateProblem(probe);
  if (problem === null) return { trust: "trusted", host: probe.host };
  // A trusted certificate made out for one exact other name: that name reaches the same server without
  // a warning. A wildcard names no single host, so it cannot be typed in.
  const name = problem === "wrong-name" ? certificateNames(probe).find((n) => !n.includes("*")) : undefined;
  return name ? { trust: "renamed", host: name } : { trust: "warned", host: probe.host };
}

function optionOf(probe: ProbeEvent): Option | null {
  if (!finished(probe) || !loginPossible(probe)) return null;
  if (probe.protocol === "smtp" && outgoingPortRank[probe.port] === undefined) return null;
  const { trust, host } = trustOf(probe);
  return {
    host,
    port: probe.port,
    protocol: probe.protocol,
    security: probe.security,
    trust,
    probed: probe.host,
  };
}

function lexical(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

function best(options: Option[], rank: (o: Option) => number[]): Option | undefined {
  return options.toSorted((a, b) => lexical(rank(a), rank(b)))[0];
}

/** Hosts in order of preference: the customer's own, mail.<domain>, the MX hosts, the domain. */
function hostOrder(check: CheckView, domain: string | null, current: CurrentSettings): string[] {
  const mx = domain ? check.mxHosts(domain) : [];
  return [
    ...(current.host ? [current.host] : []),
    ...(domain ? [`mail.${domain}`] : []),
    ...mx,
    ...(domain ? [domain] : []),
  ];
}

export function chooseSettings(check: CheckView, preference: SettingsPreference): WorkingSettings | null {
  const current = preference.current ?? {};
  const domain = preference.domain ?? check.checkedDomain ?? null;
  const abilities = preference.client ? programAbilities[preference.client] : undefined;
  const order = hostOrder(check, domain, current);
  const hostRank = (o: Option) => (order.includes(o.probed) ? order.indexOf(o.probed) : order.length);
  const options = check
    .probes()
    .map(optionOf)
    .filter((o): o is Option => o !== null);
  const canSet = (o: Option, direction: "incoming" | "outgoing") =>
    !abilities ||
    (abilities[direction].includes(o.security) &&
      (o.protocol === "smtp" || abilities.protocols.includes(o.protocol)));

  // The customer's protocol first: switching POP3 ↔ IMAP means setting the whole account up again.
  const wanted: IncomingProtocol | undefined =
    current.protocol === "pop3" || current.protocol === "imap" ? current.protocol : preference.protocol;
  const incoming = best(
    options.filter((o) => o.protocol !== "smtp" && canSet(o, "incoming")),
    (o) => [
      wanted && o.protocol !== wanted ? 1 : 0,
      trustRank[o.trust],
      securityRank[o.security],
      o.protocol === "imap" ? 0 : 1,
      hostRank(o),
    ],
  );
  const outgoing = best(
    options.filter((o) => o.protocol === "smtp" && canSet(o, "outgoing")),
    (o) => [trustRank[o.trust], securityRank[o.security], outgoingPortRank[o.port] ?? 9, hostRank(o)],
  );
  if (!incoming && !outgoing) return null;
  return {
    incoming: incoming
      ? {
          host: incoming.host,
          port: incoming.port,
          protocol: incoming.protocol as IncomingProtocol,
          security: incoming.security,
        }
      : null,
    outgoing: outgoing
      ? { host: outgoing.host, port: outgoing.port, security: outgoing.security, auth: true }
      : null,
  };
}

/**
 * The settings a mail program needs, from a live check's events: the function the fix pictures, the
 * `result` event and the automatic-setup documents (SPEC §8) all use.
 */
export function workingSettings(
  events: readonly DiagnoseEvent[],
  preference: SettingsPreference = {},
): WorkingSettings | null {
  return chooseSettings(viewOfCheck(events), preference);
}
