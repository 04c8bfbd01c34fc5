// Hand-built live-check events and decoded messages for the diagnosis tests (SPEC §2 shapes, with the
// probe facts lib/probe sends: security, capabilities before TLS, the step it ended in, a detail code).
import type { DiagnoseEvent, ParsedFields } from "@/lib/api/schema";
import type { CauseId } from "@/lib/causes";
import { mailPort } from "@/lib/mail-ports";
import type { DnsEvent, ProbeEvent, StartEvent } from "./check-view";
import type { MessageEvidence } from "./message";

export function dns(
  name: string,
  rrtype: string,
  status: DnsEvent["status"],
  records: unknown[] = [],
): DnsEvent {
  return { type: "dns", name, rrtype, status, records, ms: 3 };
}

export function start(domain: string | null, refusals: { input: string; reason: string }[] = []): StartEvent {
  return { type: "start", domain, servers: [], refused: refusals.map((r) => r.input), refusals };
}

const capabilities: Record<ProbeEvent["protocol"], { before: string[]; after: string[] }> = {
  smtp: { before: ["PIPELINING", "SIZE 10240000", "STARTTLS"], after: ["PIPELINING", "AUTH PLAIN LOGIN"] },
  pop3: { before: ["USER", "UIDL", "STLS"], after: ["USER", "UIDL", "SASL PLAIN"] },
  imap: { before: ["IMAP4rev1", "STARTTLS", "LOGINDISABLED"], after: ["IMAP4rev1", "AUTH=PLAIN"] },
};

export const trustedTls = (host: string): NonNullable<ProbeEvent["tls"]> => ({
  version: "TLSv1.3",
  authorized: true,
  error: null,
  subject: host,
  altNames: [host],
  issuer: "Test CA",
  validTo: "2030-01-01T00:00:00.000Z",
  hostnameMatch: true,
});

/** A probe as lib/probe sends it; an open one finished its dialogue with a trusted certificate. */
export function probe(
  host: string,
  port: number,
  status: ProbeEvent["status"] = "open",
  extra: Partial<ProbeEvent> = {},
): ProbeEvent {
  const known = mailPort(port);
  const protocol = known?.protocol ?? "smtp";
  const implicit = known?.tls === "ssl";
  const open = status === "open";
  const caps = capabilities[protocol];
  return {
    type: "probe",
    host,
    ip: "127.0.0.2",
    port,
    protocol,
    status,
    banner: open ? `${protocol} ready` : null,
    capabilities: open ? caps.after : [],
    tls: open ? trustedTls(host) : null,
    ms: 12,
    security: open ? (implicit ? "ssl" : "starttls") : implicit ? "ssl" : "none",
    capabilitiesBeforeTls: open && !implicit ? caps.before : [],
    step: open ? "done" : "connect",
    detail: open ? null : status === "refused" ? "ECONNREFUSED" : null,
    ...extra,
  };
}

/** A domain whose MX is `mx`, with A records for the domain, the MX host and any `alsoResolving` names. */
export function zone(domain: string, mx: string, alsoResolving: string[] = []): DiagnoseEvent[] {
  return [
    dns(domain, "MX", "ok", [{ exchange: mx, priority: 10 }]),
    dns(domain, "A", "ok", ["127.0.0.2"]),
    dns(mx, "A", "ok", ["127.0.0.3"]),
    ...alsoResolving.map((name) => dns(name, "A", "ok", ["127.0.0.4"])),
  ];
}

/** Probe events for every port in `open` (open) and `closed` (refused) on one host. */
export function ports(host: string, open: number[], closed: number[] = []): ProbeEvent[] {
  return [...open.map((p) => probe(host, p)), ...closed.map((p) => probe(host, p, "refused"))];
}

export const allPorts = [25, 465, 587, 110, 995, 143, 993];

const noFields: ParsedFields = {
  client: null,
  language: null,
  account: null,
  server: null,
  protocol: null,
  port: null,
  secure: null,
  socketError: null,
  errorNumber: null,
  serverError: null,
  serverResponse: null,
  smtpCode: null,
  enhancedStatus: null,
  rejectedAddress: null,
};

export function message(fields: Partial<ParsedFields>, causes: [CauseId, number][] = []): MessageEvidence {
  return {
    fields: { ...noFields, ...fields },
    causes: causes.map(([id, confidence]) => ({
      id,
      confidence,
      evidence: [{ ko: `메시지: ${id}`, en: `message: ${id}` }],
    })),
  };
}
