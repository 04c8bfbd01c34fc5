// Hand-built live-check events and decoded messages for the diagnosis tests (SPEC §2 shapes).
import type { DiagnoseEvent, ParsedFields } from "@/lib/api/schema";
import type { CauseId } from "@/lib/causes";
import type { MessageEvidence } from "./facts";
import { mailPorts, type DnsEvent, type ProbeEvent } from "./check-view";

export function dns(
  name: string,
  rrtype: string,
  status: DnsEvent["status"],
  records: unknown[] = [],
): DnsEvent {
  return { type: "dns", name, rrtype, status, records, ms: 3 };
}

const protocolOf = (port: number) =>
  (Object.entries(mailPorts).find(([, ports]) => ports.includes(port))?.[0] ??
    "smtp") as ProbeEvent["protocol"];

const defaultCapabilities: Record<ProbeEvent["protocol"], string[]> = {
  smtp: ["PIPELINING", "SIZE 10240000", "STARTTLS", "AUTH PLAIN LOGIN"],
  pop3: ["USER", "UIDL", "STLS"],
  imap: ["IMAP4rev1", "STARTTLS", "AUTH=PLAIN"],
};

const implicitTls = [465, 993, 995];

export function probe(
  host: string,
  port: number,
  status: ProbeEvent["status"] = "open",
  extra: Partial<ProbeEvent> = {},
): ProbeEvent {
  const protocol = protocolOf(port);
  const open = status === "open";
  return {
    type: "probe",
    host,
    ip: "127.0.0.2",
    port,
    protocol,
    status,
    banner: open ? `${protocol} ready` : null,
    capabilities: open ? defaultCapabilities[protocol] : [],
    tls:
      open &&
      (implicitTls.includes(port) || defaultCapabilities[protocol].some((c) => /^(STARTTLS|STLS)$/.test(c)))
        ? {
            version: "TLSv1.3",
            authorized: true,
            error: null,
            subject: host,
            altNames: [host],
            issuer: "Test CA",
            validTo: "2030-01-01T00:00:00Z",
            hostnameMatch: true,
          }
        : null,
    ms: 12,
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
