// Answers a pasted message already gives, so the "I see an error" flow asks only what it does not say.
// Pure; works on the decoder's `fields` (SPEC §2), which are the same in every language.
import type { ParsedFields } from "@/lib/api/schema";
import type { ChoiceAnswers } from "./answers";

export type MessageFacts = { fields: ParsedFields } | null;

const directionOfProtocol = { SMTP: "send", POP3: "receive", IMAP: "receive", HTTP: undefined } as const;

/** Each answer the message can give, and how. Questions on these params must offer every value. */
export const inferFromMessage = {
  message: (m: MessageFacts) => (m ? "yes" : undefined),
  client: (m: MessageFacts) => m?.fields.client ?? undefined,
  direction: (m: MessageFacts) => (m?.fields.protocol ? directionOfProtocol[m.fields.protocol] : undefined),
} satisfies { [K in keyof ChoiceAnswers]?: (m: MessageFacts) => ChoiceAnswers[K] | undefined };

export type InferableParam = keyof typeof inferFromMessage;
export const inferableParams = Object.keys(inferFromMessage) as InferableParam[];

export function inferAnswers(message: MessageFacts): ChoiceAnswers {
  const out: Record<string, string> = {};
  for (const param of inferableParams) {
    const value = inferFromMessage[param](message);
    if (value !== undefined) out[param] = value;
  }
  return out as ChoiceAnswers;
}

// Mail server names often start with one of these; the domain is what follows (mail.example.com → example.com).
const serverPrefixes = /^(mail|smtp|pop|pop3|imap|mx)\d*\./i;

/** An address to suggest on the address screen: the message's account if it looks like one, else its server. */
export function suggestAddress(message: MessageFacts): string | undefined {
  const { account, server } = message?.fields ?? {};
  const looksLikeAddress = (s: string | null | undefined): s is string =>
    !!s && /^[^\s@]+@[^\s@]+\.[^\s@]+$|^[^\s@]+\.[^\s@]+$/.test(s) && !/^[\d.]+$/.test(s);
  if (looksLikeAddress(account)) return account.replace(serverPrefixes, "");
  if (looksLikeAddress(server)) return server.replace(serverPrefixes, "");
  return undefined;
}
