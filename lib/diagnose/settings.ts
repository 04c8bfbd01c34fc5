// The settings the live check saw working (SPEC §2 `settings`): what the fix guides put into the pictures.
// Encrypted before plain, a certificate the program will accept before one it will warn about, the
// customer's own protocol (POP3 or IMAP) before the other, submission ports before 25 (often blocked).
import type { WorkingSettings } from "@/lib/api/schema";
import { normalizeName, offersStartTls, trustedTls, type ProbeEvent } from "./check-view";
import type { Facts } from "./facts";

type Security = "ssl" | "starttls" | "none";
type Option = { port: number; security: Security };

const incomingOptions: Record<"pop3" | "imap", Option[]> = {
  imap: [
    { port: 993, security: "ssl" },
    { port: 143, security: "starttls" },
    { port: 143, security: "none" },
  ],
  pop3: [
    { port: 995, security: "ssl" },
    { port: 110, security: "starttls" },
    { port: 110, security: "none" },
  ],
};

const outgoingOptions: Option[] = [
  { port: 587, security: "starttls" },
  { port: 465, security: "ssl" },
  { port: 587, security: "none" },
  { port: 25, security: "starttls" },
  { port: 25, security: "none" },
];

/** Does this probe show the option working? Pass 1 wants a trusted certificate; pass 2 takes what works. */
function works(probe: ProbeEvent, option: Option, strict: boolean): boolean {
  if (probe.status !== "open" || probe.port !== option.port) return false;
  if (option.security === "none") return !strict;
  if (option.security === "starttls" && !offersStartTls(probe)) return false;
  return strict ? trustedTls(probe) : true;
}

function pick(f: Facts, hosts: string[], options: Option[]): { host: string; option: Option } | null {
  for (const strict of [true, false])
    for (const option of options)
      for (const host of hosts) {
        if (f.check.probes(host).some((p) => works(p, option, strict))) return { host, option };
      }
  return null;
}

/** Hosts in order of preference: the customer's own (if it is the domain's), the MX hosts, mail.<domain>. */
function candidateHosts(f: Facts): string[] {
  const own = f.used.host;
  const domain = f.domain;
  const ofDomain = (h: string) =>
    !!domain && (h === domain || h.endsWith(`.${domain}`) || f.mailHosts.includes(h));
  const list = [
    ...(own && ofDomain(own) ? [own] : []),
    ...f.mailHosts,
    ...(domain ? [`mail.${domain}`, domain] : []),
  ];
  return [...new Set(list.map(normalizeName))];
}

export function workingSettings(f: Facts): WorkingSettings | null {
  if (!f.check.ran) return null;
  const hosts = candidateHosts(f);
  const preferred = f.used.protocol === "pop3" ? (["pop3", "imap"] as const) : (["imap", "pop3"] as const);
  let incoming: WorkingSettings["incoming"] = null;
  for (const protocol of preferred) {
    const found = pick(f, hosts, incomingOptions[protocol]);
    if (found) {
      incoming = { host: found.host, port: found.option.port, protocol, security: found.option.security };
      break;
    }
  }
  const out = pick(f, hosts, outgoingOptions);
  const outgoing: WorkingSettings["outgoing"] = out
    ? { host: out.host, port: out.option.port, security: out.option.security, auth: true }
    : null;
  return incoming || outgoing ? { incoming, outgoing } : null;
}
