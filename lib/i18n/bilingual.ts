// A piece of text in both languages: the shape of every explanation kept in content/.
import * as z from "@/lib/zod";
import type { Locale } from "./locales";

export const bilingualSchema = z.object({ ko: z.string().min(1), en: z.string().min(1) }).strict();
export type Bilingual = z.infer<typeof bilingualSchema>;

export function pick(text: Bilingual, locale: Locale): string {
  return text[locale];
}
