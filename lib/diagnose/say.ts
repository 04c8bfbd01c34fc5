// Puts a rule's sentence (content/diagnose/sentences.ts) into words in one language: its values filled
// in, the catalog's words ("SSL/TLS", "a private address") in that language.
import { checkSentences } from "@/content/diagnose/sentences";
import { fillWith } from "@/lib/i18n/fill";
import type { Bilingual } from "@/lib/i18n/bilingual";
import type { Locale } from "@/lib/i18n/locales";
import type { Said, VarValue } from "./rules";

function word(value: VarValue, locale: Locale): string | number {
  if (typeof value !== "object") return value;
  const texts = checkSentences[locale];
  if ("refusal" in value) return texts.refusals[value.refusal];
  const group: Record<string, string> = texts.words[value.word];
  return group[value.key] ?? value.key;
}

export function say(said: Said, locale: Locale): string {
  const template: string = checkSentences[locale].said[said.rule];
  return fillWith(template, (key) =>
    Object.hasOwn(said.vars, key) ? word(said.vars[key]!, locale) : undefined,
  );
}

export function sayBoth(said: Said): Bilingual {
  return { ko: say(said, "ko"), en: say(said, "en") };
}
