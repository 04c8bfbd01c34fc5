// content/causes.ts must name every SPEC §3 cause in both languages, and nothing else, with the same words
// as the fix guides (a customer should see one name for one cause on every page).
import { z } from "zod";
import { causeTitles } from "@/content/causes";
import { causeGuides } from "@/content/fixes";
import { causeIds } from "@/lib/causes";
import { bilingualSchema } from "@/lib/i18n/bilingual";

const causeTitlesSchema = z.record(z.enum(causeIds), bilingualSchema).superRefine((titles, ctx) => {
  for (const [id, title] of Object.entries(titles))
    if (title.ko.length > 40 || title.en.length > 60)
      ctx.addIssue({ code: "custom", message: `${id}: keep titles short` });
});

export function checkCauseTitles(): string[] {
  const parsed = causeTitlesSchema.safeParse(causeTitles);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join(".") || "causes"}: ${i.message}`);
  return causeIds.flatMap((id) =>
    (["ko", "en"] as const)
      .filter((lang) => causeTitles[id][lang] !== causeGuides[id].title[lang])
      .map(
        (lang) =>
          `${id} (${lang}): "${causeTitles[id][lang]}" differs from the fix guide's "${causeGuides[id].title[lang]}"`,
      ),
  );
}
