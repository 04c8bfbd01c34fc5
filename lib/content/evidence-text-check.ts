// The diagnosis sentences (content/diagnose/evidence.ts): both languages present, trimmed, and using the
// same {placeholders}, so a filled-in host name or port never goes missing in one language.
import { evidenceText } from "@/content/diagnose/evidence";
import { bilingualSchema } from "@/lib/i18n/bilingual";
import { placeholdersOf } from "@/lib/diagnose/text";

export function checkEvidenceText(texts: Record<string, unknown> = evidenceText): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(texts)) {
    const parsed = bilingualSchema.safeParse(value);
    if (!parsed.success) {
      problems.push(`evidence "${key}" needs non-empty ko and en text`);
      continue;
    }
    const { ko, en } = parsed.data;
    if (ko !== ko.trim() || en !== en.trim()) problems.push(`evidence "${key}" has untrimmed text`);
    const inKo = [...new Set(placeholdersOf(ko))].join(",");
    const inEn = [...new Set(placeholdersOf(en))].join(",");
    if (inKo !== inEn) problems.push(`evidence "${key}" uses {${inKo}} in ko but {${inEn}} in en`);
  }
  return problems;
}
