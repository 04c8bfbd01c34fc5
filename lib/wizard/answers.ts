// The wizard's own answers, each one a query parameter of /diagnose next to the SPEC §1 ones
// (symptom, client, email/domain, error, …), so every screen can be shared, refreshed and walked back.
// One table: the tree check, the walker and the page all read it. Plain lists, no zod: the browser's
// walk reads them on every screen.
import { symptomSchema } from "@/lib/api/schema";
import { clientIds } from "@/lib/clients";

const yesNo = ["yes", "no"] as const;

/** Parameters a choice question of the decision tree may set, with the values each accepts. */
export const choiceParams = {
  symptom: symptomSchema.options,
  client: clientIds,
  /** send: did the mail program show an error message? */
  message: yesNo,
  /** send: what happened to the mail: still in the Outbox, came back as a failure notice, or vanished. */
  sent: ["outbox", "bounced", "lost"],
  /** send: can you still receive mail? */
  receives: yesNo,
  /** send: did sending work before? */
  before: yesNo,
  /** receive: does webmail show the new mail? (server side vs program side) */
  webmail: ["yes", "no", "unknown"],
  /** receive: did it stop suddenly? (antivirus updates change settings) */
  sudden: yesNo,
  /** receive/send: do other web sites open? */
  internet: yesNo,
  /** error: did the message appear while sending or while receiving? */
  direction: ["send", "receive"],
} as const satisfies Record<string, readonly string[]>;

export type ChoiceParam = keyof typeof choiceParams;
export type ChoiceAnswers = { [K in ChoiceParam]?: (typeof choiceParams)[K][number] };

/** Parameters an input screen fills: the pasted message, and the address or domain (SPEC §1 names). */
export const inputParams = ["error", "address"] as const;
export type InputParam = (typeof inputParams)[number];

/** The wizard's own parameters (not in SPEC §1), in the order they are written into links. */
export const wizardOnlyParams = [
  "message",
  "sent",
  "receives",
  "before",
  "webmail",
  "sudden",
  "internet",
  "direction",
] as const satisfies readonly ChoiceParam[];
export type WizardOnlyParam = (typeof wizardOnlyParams)[number];

export function isChoiceParam(name: string): name is ChoiceParam {
  return Object.hasOwn(choiceParams, name);
}

/** The values a choice parameter accepts, for the tree check and the staff form. */
export function choiceValues(param: ChoiceParam): readonly string[] {
  return choiceParams[param];
}

export function isValidChoice(param: ChoiceParam, value: string): boolean {
  return choiceValues(param).includes(value);
}

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

function first(raw: RawParams, name: string): string | undefined {
  if (raw instanceof URLSearchParams) return raw.get(name) ?? undefined;
  const value = raw[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Reads the wizard's own answers; like readLinkParams, an invalid value is reported and skipped. */
export function readWizardAnswers(raw: RawParams): { answers: ChoiceAnswers; invalid: WizardOnlyParam[] } {
  const answers: Record<string, string> = {};
  const invalid: WizardOnlyParam[] = [];
  for (const name of wizardOnlyParams) {
    const value = first(raw, name);
    if (value === undefined || value === "") continue;
    if (isValidChoice(name, value)) answers[name] = value;
    else invalid.push(name);
  }
  return { answers: answers as ChoiceAnswers, invalid };
}
