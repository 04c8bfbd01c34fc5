// Every text with {placeholders} uses the same ones in Korean and English. The type checker already holds
// the code's values equal to the Korean placeholders (lib/i18n/fill.ts), so together a value can never go
// missing in one language, nor a placeholder stay unfilled. Runs over every message catalog.
import { checkSentences } from "@/content/diagnose/sentences";
import { uiMessages } from "@/content/ui";
import { placeholdersIn } from "@/lib/i18n/fill";

type Catalog = { ko: unknown; en: unknown };

function leaves(value: unknown, path: string, out: Map<string, string>) {
  if (typeof value === "string") out.set(path, value);
  else if (value && typeof value === "object")
    for (const [key, child] of Object.entries(value)) leaves(child, path ? `${path}.${key}` : key, out);
}

const setOf = (text: string) => [...new Set(placeholdersIn(text))].sort().join(",");

export function checkCatalogPlaceholders(name: string, catalog: Catalog): string[] {
  const ko = new Map<string, string>();
  const en = new Map<string, string>();
  leaves(catalog.ko, name, ko);
  leaves(catalog.en, name, en);
  const problems: string[] = [];
  for (const [key, text] of ko) {
    const other = en.get(key);
    if (other === undefined) problems.push(`${key} is missing in en`);
    else if (setOf(text) !== setOf(other))
      problems.push(`${key} uses {${setOf(text)}} in ko but {${setOf(other)}} in en`);
  }
  for (const key of en.keys()) if (!ko.has(key)) problems.push(`${key} is missing in ko`);
  return problems;
}

export const catalogs: Record<string, Catalog> = { ...uiMessages, checkSentences };

export function checkPlaceholders(): string[] {
  return Object.entries(catalogs).flatMap(([name, catalog]) => checkCatalogPlaceholders(name, catalog));
}
