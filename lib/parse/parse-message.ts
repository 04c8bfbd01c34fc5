// POST /api/parse's decoder: pasted text, or a whole raw message (a forwarded .eml) read with its MIME
// structure by postal-mime (in memory, no I/O). Apart from ./index.ts so the browser bundle stays light.
import type { ParseResponse } from "@/lib/api/schema";
import type { Locale } from "@/lib/i18n/locales";
import { project } from "./index";
import { decodeMessage } from "./message";

export async function parseMessage(text: string, locale: Locale): Promise<ParseResponse> {
  return project(await decodeMessage(text), locale);
}
