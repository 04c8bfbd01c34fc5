// The values a fix guide puts into its pictures: the live check's working settings when we have them,
// otherwise the usual hosting defaults derived from the customer's domain. Pure: no I/O.
import type { WorkingSettings } from "@/lib/api/schema";
import type { Locale } from "@/lib/i18n/locales";
import type { LinkParams } from "@/lib/params";

export type Security = "ssl" | "starttls" | "none";
export type IncomingProtocol = "pop3" | "imap";

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

// Implicit TLS ports of RFC 8314 §3.3 for mail access; submission on 587 with STARTTLS per RFC 6409 §3.1.
export const defaultIncomingPorts: Record<IncomingProtocol, number> = { pop3: 995, imap: 993 };
export const defaultOutgoing = { port: 587, security: "starttls" } as const;

const protocolByPort: Record<number, IncomingProtocol> = {
  110: "pop3",
  995: "pop3",
  143: "imap",
  993: "imap",
};

/** Placeholders in the customer's language when the link names no domain or address. */
const placeholders: Record<Locale, { domain: string; localPart: string }> = {
  ko: { domain: "example.com", localPart: "아이디" },
  en: { domain: "example.com", localPart: "you" },
};

function domainOf(email: string | undefined): string | undefined {
  return email?.split("@")[1]?.toLowerCase();
}

/** The incoming protocol the customer uses: said in the link, implied by its port, or what the check found. */
function incomingProtocol(
  params: LinkParams,
  settings: WorkingSettings | null | undefined,
): IncomingProtocol {
  if (params.protocol === "pop3" || params.protocol === "imap") return params.protocol;
  const byPort = params.port === undefined ? undefined : protocolByPort[params.port];
  return byPort ?? settings?.incoming?.protocol ?? "imap";
}

export function deriveFixValues(input: {
  params: LinkParams;
  settings?: WorkingSettings | null;
  locale: Locale;
}): FixValues {
  const { params, settings, locale } = input;
  const given = params.domain?.toLowerCase().replace(/\.$/, "") ?? domainOf(params.email);
  const domain = given ?? placeholders[locale].domain;
  const email = params.email ?? `${placeholders[locale].localPart}@${domain}`;
  const mailHost = `mail.${domain}`;

  const protocol = incomingProtocol(params, settings);
  const checkedIn = settings?.incoming?.protocol === protocol ? settings.incoming : null;
  const incoming = checkedIn
    ? { ...checkedIn }
    : {
        host: settings?.incoming?.host ?? mailHost,
        port: defaultIncomingPorts[protocol],
        protocol,
        security: "ssl" as const,
      };

  // Port 25 is for server-to-server relay and is blocked on most home lines (Korea since 2011):
  // a mail program submits on 587 (RFC 6409) even when the check saw 25 open from here.
  const checkedOut = settings?.outgoing && settings.outgoing.port !== 25 ? settings.outgoing : null;
  const outgoing = checkedOut
    ? { ...checkedOut }
    : { host: settings?.outgoing?.host ?? mailHost, ...defaultOutgoing, auth: true as const };

  return {
    source: settings?.incoming || settings?.outgoing ? "check" : given ? "domain" : "example",
    domain,
    email,
    userName: email,
    name: email.split("@")[0] ?? email,
    incoming,
    outgoing,
  };
}
