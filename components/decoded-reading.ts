// What the paste box says about a message, loaded with the decoder on the customer's first input
// (components/decoded-compact.tsx imports this module dynamically): the decoding and its one-line summary in
// the page's language. Keeping the summary words and cause titles here, not in the paste box, means the start
// page ships neither the decoder nor any of these strings until someone types or pastes.
import { causeTitles } from "@/content/causes";
import { decoded as decodedTexts } from "@/content/ui/decoded";
import { fill, textsFor } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import { decodeErrorText, type Decoded } from "@/lib/parse";

export type Reading = {
  decoded: Decoded;
  /** The panel's name ("What the message says"). */
  title: string;
  /** The most likely cause's title, or the whole summary when there is no likely cause. */
  headline: string;
  /** The sentence screen readers hear when the reading changes. */
  announcement: string;
};

export function readMessage(text: string, locale: Locale): Reading {
  const t = textsFor(decodedTexts, locale);
  const decoded = decodeErrorText(text);
  const top = decoded.causes[0];
  const announcement = !decoded.recognised
    ? t.summaryUnknown
    : top
      ? fill(t.oneLine, { cause: causeTitles[top.id][locale] })
      : fill(t.summary, { parts: decoded.parts.length });
  const headline = decoded.recognised && top ? causeTitles[top.id][locale] : announcement;
  return { decoded, title: t.title, headline, announcement };
}
