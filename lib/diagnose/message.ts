// What the pasted message says happened, read from the decoder's output (lib/parse: fields and ranked
// causes) as it is. A cause counts as "what the message said" only when it is the decoder's own first
// answer: a runner-up (0.12 for "turn on authentication" under "550 5.1.1 User unknown") is a doubt,
// not a statement, and must not overturn the first answer.
import type { ParsedFields } from "@/lib/api/schema";
import type { CauseId } from "@/lib/causes";
import type { Bilingual } from "@/lib/i18n/bilingual";
import type { MailProtocol } from "@/lib/mail-ports";

/** What the decoder made of the pasted message (lib/parse `decodeErrorText`), in no particular language. */
export type MessageEvidence = {
  fields: ParsedFields;
  causes: { id: CauseId; confidence: number; evidence?: Bilingual[] }[];
};

/** How a failure shows up in a message: the socket error, the error number, or the decoder's first cause. */
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
  // 0x800CCC79 only says a recipient was rejected; the server's words say why (relay, unknown user, …).
  relayDenied: { socketErrors: [], errorNumbers: [], causes: ["smtp-auth-required"] },
} as const satisfies Record<string, { socketErrors: number[]; errorNumbers: string[]; causes: CauseId[] }>;

export type Failure = keyof typeof failureSignals;
export const failures = Object.keys(failureSignals) as Failure[];

// Relay refusals in server words (reference §3.3): "Relaying denied", "Relay access denied", "Unable to
// relay", "relay not permitted", "does not allow relaying", "rcpthosts". A refusal, not the bare word:
// Postfix says "User unknown in relay recipient table" of an address that does not exist.
const relayWords =
  /relay(?:ing)?(?: temporarily)? (?:access )?(?:denied|not permitted)|unable to relay|allow(?:s|ed)? relaying|spam relaying|rcpthosts/i;

const protocolOfField: Record<NonNullable<ParsedFields["protocol"]>, MailProtocol | undefined> = {
  SMTP: "smtp",
  POP3: "pop3",
  IMAP: "imap",
  HTTP: undefined,
};

export function protocolOfMessage(message: MessageEvidence | null): MailProtocol | undefined {
  const protocol = message?.fields.protocol;
  return protocol ? protocolOfField[protocol] : undefined;
}

/** The decoder's first cause (and any tied with it): what the message itself says. */
export function firstCauses(message: MessageEvidence): CauseId[] {
  const top = message.causes[0]?.confidence;
  return top === undefined ? [] : message.causes.filter((c) => c.confidence >= top).map((c) => c.id);
}

export function messageSays(message: MessageEvidence | null, failure: Failure): boolean {
  if (!message) return false;
  const { fields } = message;
  const signals = failureSignals[failure];
  const socket =
    fields.socketError !== null && (signals.socketErrors as readonly number[]).includes(fields.socketError);
  const number =
    fields.errorNumber !== null &&
    (signals.errorNumbers as readonly string[]).includes(
      fields.errorNumber.toUpperCase().replace(/^0X/, "0x"),
    );
  const cause = firstCauses(message).some((id) => (signals.causes as readonly CauseId[]).includes(id));
  const words =
    failure === "relayDenied" &&
    (relayWords.test(fields.serverResponse ?? "") ||
      (fields.errorNumber?.toUpperCase() === "0X800CCC79" && !fields.serverResponse));
  // A socket error is more precise than the error number (reference §0): 0x800CCC0E with 10060 is a timeout.
  const contradicted = failure === "refused" && fields.socketError === 10060;
  return (socket || number || cause || words) && !contradicted;
}
