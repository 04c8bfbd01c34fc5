// content/causes.ts must name every SPEC §3 cause in both languages, and nothing else. It is the only place a
// cause's name is written: the decoder, the result and the fix guides all read it from there.
import * as z from "@/lib/zod";
import { causeTitles } from "@/content/causes";
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
  return [];
}
