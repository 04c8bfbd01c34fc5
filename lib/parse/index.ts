// Public API of the error decoder. `decodeErrorText` gives everything (parts with meanings in both languages,
// for the decoded panel); `parseErrorText` is its SPEC §2 projection into one language, for POST /api/parse.
import type { ParseResponse } from "@/lib/api/schema";
import type { Locale } from "@/lib/i18n/locales";
import { decodeErrorText } from "./decode";

export { decodeErrorText } from "./decode";
export type { Decoded, DecodedCause, DecodedPart } from "./types";

export function parseErrorText(text: string, locale: Locale): ParseResponse {
  const { fields, causes } = decodeErrorText(text);
  return {
    fields,
    causes: causes.map(({ id, confidence, evidence }) => ({
      id,
      confidence,
      evidence: evidence.map((e) => e[locale]),
    })),
  };
}
