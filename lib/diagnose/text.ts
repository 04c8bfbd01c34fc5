// Fills the {placeholders} of an evidence sentence; an unknown placeholder stays visible rather than vanish.
import { evidenceText, type EvidenceKey } from "@/content/diagnose/evidence";
import type { Bilingual } from "@/lib/i18n/bilingual";

export type Vars = Record<string, string>;

export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

function fill(template: string, vars: Vars): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}

export function evidenceSentence(key: EvidenceKey, vars: Vars): Bilingual {
  const text = evidenceText[key];
  return { ko: fill(text.ko, vars), en: fill(text.en, vars) };
}
