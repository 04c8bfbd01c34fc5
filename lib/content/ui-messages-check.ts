// Runtime twin of the type check on UI strings: same keys in ko and en, and no empty or untrimmed text.
import { uiMessages } from "@/content/ui";

function leaves(value: unknown, path: string, out: Map<string, string>) {
  if (typeof value === "string") out.set(path, value);
  else if (value && typeof value === "object")
    for (const [key, child] of Object.entries(value)) leaves(child, path ? `${path}.${key}` : key, out);
}

export function checkUiMessages(): string[] {
  const problems: string[] = [];
  for (const [namespace, messages] of Object.entries(uiMessages)) {
    const ko = new Map<string, string>();
    const en = new Map<string, string>();
    leaves(messages.ko, namespace, ko);
    leaves(messages.en, namespace, en);
    for (const key of ko.keys()) if (!en.has(key)) problems.push(`${key} is missing in en`);
    for (const key of en.keys()) if (!ko.has(key)) problems.push(`${key} is missing in ko`);
    for (const [lang, map] of [
      ["ko", ko],
      ["en", en],
    ] as const)
      for (const [key, text] of map)
        if (text.trim() === "" || text !== text.trim())
          problems.push(`${key} (${lang}) is empty or untrimmed`);
  }
  return problems;
}
