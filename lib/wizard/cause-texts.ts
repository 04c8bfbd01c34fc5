// What the result says about each cause: its title (content/causes.ts) and one-sentence meaning (the fix
// guides), so a cause reads the same in the result and in its guide. Projected here, on the
// server, so the browser gets these two sentences per cause and not the guides' steps.
import { causeTitles } from "@/content/causes";
import { causeGuides } from "@/content/fixes";
import { causeIds, type CauseId } from "@/lib/causes";
import type { Bilingual } from "@/lib/i18n/bilingual";

export type CauseText = { title: Bilingual; meaning: Bilingual };

export const causeTexts = Object.fromEntries(
  causeIds.map((id) => [id, { title: causeTitles[id], meaning: causeGuides[id].meaning }]),
) as Record<CauseId, CauseText>;
