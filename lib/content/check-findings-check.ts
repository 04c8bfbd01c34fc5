// Runtime check of the live-check texts: every finding and refusal in both languages with the same
// {placeholders}. (That every finding id and refusal reason has a text is checked by the type checker.)
import { checkFindings } from "@/content/check-findings";

const placeholders = (text: string) =>
  [...text.matchAll(/\{(\w+)\}/g)]
    .map((m) => m[1])
    .sort()
    .join(",");

export function checkCheckFindings(): string[] {
  const problems: string[] = [];
  for (const group of ["findings", "refusals", "errors", "addressKinds", "tlsReasons"] as const) {
    const ko: Record<string, string> = checkFindings.ko[group];
    const en: Record<string, string> = checkFindings.en[group];
    for (const [key, text] of Object.entries(ko)) {
      const other = en[key];
      if (other === undefined) problems.push(`${group}.${key} is missing in en`);
      else if (placeholders(text) !== placeholders(other))
        problems.push(
          `${group}.${key}: placeholders differ (ko: ${placeholders(text)}, en: ${placeholders(other)})`,
        );
    }
  }
  return problems;
}
