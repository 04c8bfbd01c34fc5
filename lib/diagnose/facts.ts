// The evidence, read once into plain facts the rules can test: what the customer's program uses now,
// what the message says happened, what the customer answered, and what the live check saw.
import type { DiagnoseEvent, WorkingSettings } from "@/lib/api/schema";
import { isClientId, type ClientId } from "@/lib/clients";
import { mailDomainOf } from "@/lib/domain-input";
import { portsOf } from "@/lib/mail-ports";
import type { LinkParams } from "@/lib/params";
import type { ChoiceAnswers } from "@/lib/wizard/answers";
import { viewOfCheck, type CheckView } from "./check-view";
import { currentSettings, type CurrentSettings } from "./current";
import { failures, messageSays, type Failure, type MessageEvidence } from "./message";
import { chooseSettings } from "./settings";

/** Everything the diagnosis weighs: the page and POST /api/diagnose give the same four things. */
export type Evidence = {
  /** SPEC §1 link parameters: symptom, client, email/domain, the pasted text, the current settings. */
  link: LinkParams;
  /** The wizard's own answers (lib/wizard/answers.ts). */
  answers: ChoiceAnswers;
  message: MessageEvidence | null;
  /** The live check's events as they streamed (a `result` line among them is ignored). */
  events: readonly DiagnoseEvent[];
};

export type Facts = {
  domain: string | null;
  direction: "send" | "receive" | undefined;
  client: ClientId | undefined;
  current: CurrentSettings;
  said: Record<Failure, boolean>;
  hasMessage: boolean;
  answers: ChoiceAnswers;
  check: CheckView;
  /** The hosts that really are the domain's mail servers: its MX hosts, else the domain itself (RFC 5321 §5.1). */
  mailHosts: string[];
  /** What the check proved to work (lib/diagnose/settings.ts), the values the pictures will show. */
  settings: WorkingSettings | null;
};

function linkDomain(link: LinkParams): string | null {
  const given = link.email ?? link.domain;
  return given ? mailDomainOf(given) : null;
}

export function collectFacts(evidence: Evidence): Facts {
  const { link, answers, message } = evidence;
  const check = viewOfCheck(evidence.events);
  const domain = check.checkedDomain ?? linkDomain(link);
  const current = currentSettings(link, message);
  const fromMessage = message?.fields.client;
  const client = link.client ?? (isClientId(fromMessage) ? fromMessage : undefined);
  const direction =
    answers.direction ??
    (link.symptom === "send" || link.symptom === "receive" ? link.symptom : undefined) ??
    (current.protocol ? (current.protocol === "smtp" ? "send" : "receive") : undefined);
  const mx = domain ? check.mxHosts(domain) : [];
  const said = Object.fromEntries(failures.map((f) => [f, messageSays(message, f)])) as Record<
    Failure,
    boolean
  >;
  return {
    domain,
    direction,
    client,
    current,
    said,
    hasMessage: message !== null,
    answers,
    check,
    mailHosts: mx.length > 0 ? mx : domain ? [domain] : [],
    settings: chooseSettings(check, { domain, client, current }),
  };
}

/** Ports of the protocol the customer uses (or of their direction), for "does the server answer?". */
export function portsInUse(f: Facts): readonly number[] {
  if (f.current.protocol) return portsOf[f.current.protocol];
  if (f.direction === "send") return portsOf.smtp;
  if (f.direction === "receive") return [...portsOf.pop3, ...portsOf.imap];
  return [...portsOf.smtp, ...portsOf.pop3, ...portsOf.imap];
}
