// zod schemas of the fix guides in content/fixes: what a cause means, its steps, and per program the steps
// with pictures. The shape is checked here; lib/content/fix-guides-check.ts checks the references.
import * as z from "@/lib/zod";
import { bilingualSchema } from "@/lib/i18n/bilingual";
import { setupKinds } from "@/lib/setup/links";

export const highlightSchema = z.object({ field: z.string().min(1), value: z.string().optional() }).strict();

export const pictureSchema = z
  .object({ dialog: z.string().min(1), highlight: z.array(highlightSchema).min(1).max(5) })
  .strict();

export const stepSchema = z
  .object({
    text: bilingualSchema,
    picture: pictureSchema.optional(),
    /** An automatic-setup step: the download and its install screens (content/fixes/auto-setup.ts). */
    setup: z.enum(setupKinds).optional(),
  })
  .strict();
export type Step = z.infer<typeof stepSchema>;

export const causeGuideSchema = z
  .object({
    /** One sentence: what this means, in the customer's words. */
    meaning: bilingualSchema,
    /** Steps for everyone (for setting causes: what to try after the program's own steps). */
    steps: z.array(stepSchema),
    /** For causes outside the customer's hands: whom to tell, and what to tell them. */
    tell: bilingualSchema.optional(),
  })
  .strict();
export type CauseGuide = z.infer<typeof causeGuideSchema>;

export const programStepsSchema = z.array(stepSchema).min(1);
