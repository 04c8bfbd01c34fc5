// Public API of the error decoder. `decodeErrorText` gives everything (parts with meanings in both languages,
// for the decoded panel); `parseErrorText` is its SPEC §2 projection into one language, for POST /api/parse.
// A whole raw message (a forwarded .eml) is read by ./parse-message.ts, kept apart so that this module (and
// the browser panel that imports it) does not carry the MIME parser.
import type { ParseResponse } from "@/lib/api/schema";
import type { Locale } from "@/lib/i18n/locales";
import { decodeErrorText } from "./decode";
import type { Decoded } from "./types";

export { decodeErrorText } from "./decode";
export type { Decoded, DecodedCause, DecodedPart } from "./types";
export type { BounceReport } from "./bounce/report";
export type { HeaderReport, Hop } from "./headers";

/** The SPEC §2 response in one language, with the optional bounce and header reports. */
export function project(decoded: Decoded, locale: Locale): ParseResponse {
  const { fields, causes, bounce, headers } = decoded;
  return {
    fields,
    causes: causes.map(({ id, confidence, evidence }) => ({
      id,
      confidence,
      evidence: evidence.map((e) => e[locale]),
    })),
    ...(bounce ? { bounce: { ...bounce, sentence: bounce.sentence[locale] } } : {}),
    ...(headers
      ? {
          headers: {
            hops: headers.hops.map(({ time, ...hop }) => ({
              ...hop,
              at: time === null ? null : new Date(time).toISOString(),
            })),
            auth: headers.auth.map(({ method, result }) => ({ method, result })),
            spam: headers.spam.map(({ header, spam }) => ({ header, spam })),
          },
        }
      : {}),
  };
}

export function parseErrorText(text: string, locale: Locale): ParseResponse {
  return project(decodeErrorText(text), locale);
}
