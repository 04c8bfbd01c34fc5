// The shape of a diagnosis rule: a test over the facts, what it does to the causes, and the sentence
// (content/diagnose/sentences.ts, keyed by the rule's id) that says why. A rule with a severity is also
// a finding of the live check (SPEC §2 `findings`); one without is a reason only (the answers, the
// message against the check). Weights are on the decoder's 0..1 scale: docs/decisions/0003.
import type { checkSentences } from "@/content/diagnose/sentences";
import type { CauseId } from "@/lib/causes";
import type { Placeholders } from "@/lib/i18n/fill";
import type { Facts } from "../facts";

type Sentences = (typeof checkSentences)["ko"];
export type RuleId = keyof Sentences["said"];
export type Words = Sentences["words"];

/** A value that is a word of the sentence catalog, said in the reader's language (e.g. "SSL/TLS"). */
export type Word = { [G in keyof Words]: { word: G; key: keyof Words[G] & string } }[keyof Words];
export type Refusal = { refusal: keyof Sentences["refusals"] & string };
export type VarValue = string | number | Word | Refusal;

/** The values a rule's sentence needs: exactly its placeholders (the type checker holds them equal). */
export type VarsOf<K extends RuleId> = { [P in Placeholders<Sentences["said"][K]>]: VarValue };

export type Severity = "ok" | "warn" | "fail";
export type Effects = Partial<Record<CauseId, number>>;

export type Rule<K extends RuleId = RuleId> = {
  id: K;
  /** Set for findings of the live check; reasons from the answers or the message have none. */
  severity?: Severity;
  /** Every way the rule holds (e.g. one per host); an empty list: it does not. */
  when: (f: Facts) => VarsOf<K>[];
  effects: Effects | ((f: Facts) => Effects);
};

/** One rule that held, with the values its sentence is filled with. */
export type Said = { rule: RuleId; vars: Record<string, VarValue> };

export function rule<K extends RuleId>(r: Rule<K>): Rule<K> {
  return r;
}

/** A test that holds at most once. */
export function once<V extends object>(v: V | null | undefined | false | "" | 0): V[] {
  return v ? [v] : [];
}

export const listOf = (items: readonly (string | number)[]) => [...new Set(items)].join(", ");
