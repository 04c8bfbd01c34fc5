// The evidence, read once into plain facts the rules can test: what the customer's program uses, what
// the message says happened, what the customer answered, and what the live check saw.
import type { ParsedFields } from "@/lib/api/schema";
import type { CauseId } from "@/lib/causes";
import type { Bilingual } from "@/lib/i18n/bilingual";
import type { LinkParams } from "@/lib/params";
import type { ChoiceAnswers } from "@/lib/wizard/answers";
import type { DiagnoseEvent } from "@/lib/api/schema";
import { mailPorts, normalizeName, viewOfCheck, type CheckView, type MailProtocol } from "./check-view";

/** What the decoder made of the pasted message (lib/parse `decodeErrorText`), in no particular language. */
export type MessageEvidence = {
  fields: ParsedFields;
  causes: { id: CauseId; confidence: number; evidence?: Bilingual[] }[];
};

export type DiagnosisInput = {
  link: LinkParams;
  answers: ChoiceAnswers;
  message: MessageEvidence | null;
  /** The causes the decision tree's end points to, most likely first. */
  priors: readonly CauseId[];
  events: readonly DiagnoseEvent[];
};

/** How a failure shows up in a message: the socket error, the error number, or the decoder's own cause. */
const failureSignals = {
  refused: {
    socketErrors: [10061],
    errorNumbers: ["0x800CCC0E", "0x8007274D"],
    causes: ["connection-refused"],
  },
  timeout: {
    socketErrors: [10060],
    errorNumbers: ["0x800CCC19", "0x8004210A", "0x8004210B", "0x80042109"],
    causes: ["connection-timeout"],
  },
  notFound: {
    socketErrors: [11001, 11004],
    errorNumbers: ["0x800CCC0D", "0x80072EE7"],
    causes: ["server-not-found"],
  },
  relayDenied: { socketErrors: [], errorNumbers: ["0x800CCC79"], causes: ["smtp-auth-required"] },
} as const satisfies Record<string, { socketErrors: number[]; errorNumbers: string[]; causes: CauseId[] }>;

export type Failure = keyof typeof failureSignals;

// Relay refusals in server words (reference §3.3): "Relaying denied", "Relay access denied", "rcpthosts".
const relayWords = /relay|rcpthosts/i;

const protocolOfField = { SMTP: "smtp", POP3: "pop3", IMAP: "imap", HTTP: undefined } as const;

export type Facts = {
  domain: string | undefined;
  direction: "send" | "receive" | undefined;
  used: { host?: string; port?: number; protocol?: MailProtocol };
  said: Record<Failure, boolean>;
  hasMessage: boolean;
  answers: ChoiceAnswers & Pick<LinkParams, "symptom" | "client">;
  check: CheckView;
  /** The hosts that really are the domain's mail servers: its MX hosts, else the domain itself (RFC 5321 §5.1). */
  mailHosts: string[];
};

function saidBy(message: MessageEvidence | null, failure: Failure): boolean {
  if (!message) return false;
  const { fields, causes } = message;
  const signals = failureSignals[failure];
  const socket =
    fields.socketError !== null && (signals.socketErrors as readonly number[]).includes(fields.socketError);
  const number =
    fields.errorNumber !== null &&
    (signals.errorNumbers as readonly string[]).includes(
      fields.errorNumber.toUpperCase().replace(/^0X/, "0x"),
    );
  const cause = causes.some((c) => (signals.causes as readonly CauseId[]).includes(c.id));
  const words = failure === "relayDenied" && relayWords.test(fields.serverResponse ?? "");
  // A socket error is more precise than the error number (reference §0): 0x800CCC0E with 10060 is a timeout.
  const contradicted = failure === "refused" && fields.socketError === 10060;
  return (socket || number || cause || words) && !contradicted;
}

function domainOf(link: LinkParams): string | undefined {
  const raw = link.email ? link.email.slice(link.email.lastIndexOf("@") + 1) : link.domain;
  return raw ? normalizeName(raw) : undefined;
}

export function collectFacts(input: DiagnosisInput): Facts {
  const { link, answers, message } = input;
  const fields = message?.fields;
  const check = viewOfCheck(input.events);
  const domain = domainOf(link);
  const protocol = (fields?.protocol ? protocolOfField[fields.protocol] : undefined) ?? link.protocol;
  const host = fields?.server ?? link.server;
  const direction =
    answers.direction ??
    (link.symptom === "send" || link.symptom === "receive" ? link.symptom : undefined) ??
    (protocol ? (protocol === "smtp" ? "send" : "receive") : undefined);
  const mx = domain ? check.mxHosts(domain) : [];
  return {
    domain,
    direction,
    used: { host: host ? normalizeName(host) : undefined, port: fields?.port ?? link.port, protocol },
    said: {
      refused: saidBy(message, "refused"),
      timeout: saidBy(message, "timeout"),
      notFound: saidBy(message, "notFound"),
      relayDenied: saidBy(message, "relayDenied"),
    },
    hasMessage: message !== null,
    answers: { ...answers, symptom: link.symptom, client: link.client },
    check,
    mailHosts: mx.length > 0 ? mx : domain ? [domain] : [],
  };
}

/** Ports of the protocol the customer uses (or of their direction), for "does the server answer?". */
export function portsInUse(f: Facts): readonly number[] {
  if (f.used.protocol) return mailPorts[f.used.protocol];
  if (f.direction === "send") return mailPorts.smtp;
  if (f.direction === "receive") return [...mailPorts.pop3, ...mailPorts.imap];
  return [...mailPorts.smtp, ...mailPorts.pop3, ...mailPorts.imap];
}
