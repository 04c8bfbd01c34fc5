// The values a fix guide puts into its pictures: the working settings the live check proved (the `in`/
// `out` link parameters) when the link carries them, otherwise the usual hosting values of the customer's
// domain (lib/mail-ports.ts). The customer's current settings (`server`/`port`/…) are never typed into a
// picture: they only choose POP3 or IMAP. Pure: no I/O.
import { mailDomainOf } from "@/lib/domain-input";
import type { Locale } from "@/lib/i18n/locales";
import {
  protocolOfPort,
  usualIncoming,
  usualOutgoing,
  type IncomingProtocol,
  type Security,
} from "@/lib/mail-ports";
import type { LinkParams } from "@/lib/params";

export type { IncomingProtocol, Security };

export type FixValues = {
  /** Where the values come from: the live check, the customer's domain, or placeholders. */
  source: "check" | "domain" | "example";
  domain: string;
  email: string;
  /** Most hosting servers want the whole address as the user name. */
  userName: string;
  /** A display name for the "Your name" boxes (the address's local part). */
  name: string;
  incoming: { host: string; port: number; protocol: IncomingProtocol; security: Security };
  outgoing: { host: string; port: number; security: Security; auth: true };
};

/** Placeholders in the customer's language when the link names no domain or address. */
const placeholders: Record<Locale, { domain: string; localPart: string }> = {
  ko: { domain: "example.com", localPart: "아이디" },
  en: { domain: "example.com", localPart: "you" },
};

/** The incoming protocol the customer uses: said in the link, implied by its port, or what the check found. */
function incomingProtocol(params: LinkParams): IncomingProtocol {
  if (params.protocol === "pop3" || params.protocol === "imap") return params.protocol;
  const byPort = params.port === undefined ? undefined : protocolOfPort(params.port);
  if (byPort === "pop3" || byPort === "imap") return byPort;
  return params.in?.protocol ?? "imap";
}

export function deriveFixValues(input: { params: LinkParams; locale: Locale }): FixValues {
  const { params, locale } = input;
  const given = params.domain
    ? mailDomainOf(params.domain)
    : params.email
      ? mailDomainOf(params.email)
      : undefined;
  const domain = given ?? placeholders[locale].domain;
  const email = params.email ?? `${placeholders[locale].localPart}@${domain}`;
  const mailHost = `mail.${domain}`;

  const protocol = incomingProtocol(params);
  const proven = params.in;
  // The check proved another protocol than the customer's (the protocol switcher): its host, usual port.
  const incoming =
    proven && proven.protocol === protocol
      ? { ...proven }
      : { host: proven?.host ?? mailHost, protocol, ...usualIncoming[protocol] };

  // A mail program never submits on port 25 (lib/mail-ports.ts), whatever an old link says.
  const out = params.out && params.out.port !== 25 ? params.out : undefined;
  const outgoing = out
    ? { ...out, auth: true as const }
    : { host: params.out?.host ?? mailHost, ...usualOutgoing, auth: true as const };

  return {
    source: params.in || params.out ? "check" : given ? "domain" : "example",
    domain,
    email,
    userName: email,
    name: email.split("@")[0] ?? email,
    incoming,
    outgoing,
  };
}
