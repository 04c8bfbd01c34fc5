// Reads the labelled block of Outlook Express / Windows Live Mail / Outlook 2003–2007 dialogs:
// `계정: 'x', 서버: 'y', 프로토콜: POP3, 서버 응답: '…', 포트: 110, 보안(SSL): 아니오, 소켓 오류: 10061, …`.
// A linear scan: at each colon, look back (a bounded number of characters) to the previous delimiter; if the
// words in between, without spaces, are a known label, a field starts there. Its value runs to the next label
// or the end of the line, so a reply with an apostrophe ('-ERR Can't get lock') stays whole.
import type { FieldLabelEntry } from "@/lib/content/error-catalog-schema";
import { errorCatalog } from "@/content/errors";
import { catalogIndex } from "./catalog-index";
import type { NormalizedText } from "./normalize";

type Field = FieldLabelEntry["field"];
export type Labelled = { value: string; index: number };
export type FieldBlock = { values: Partial<Record<Field, Labelled>>; labelCount: number };

const delimiters = new Set([",", ".", ";", "\n", "'", '"', "!", "?", ":"]);
const isDelimiter = new Uint8Array(128);
for (const ch of delimiters) isDelimiter[ch.charCodeAt(0)] = 1;
const SPACE = 0x20;

type Hit = { field: Field; labelStart: number; valueStart: number };

/**
 * At each colon, the words back to the previous delimiter (at most `maxBack` characters) without their
 * spaces must be a label. The walk reads character codes and stops as soon as the words are longer than
 * the longest label, so a text of 20 000 colons or labels costs a few steps per colon.
 */
/** The labels by length: a label written without spaces is compared in place, with nothing cut out. */
let byLength: [string, Field][][] | undefined;

function labelAt(lower: string, start: number, length: number): Field | undefined {
  if (!byLength) {
    byLength = [];
    for (const [label, field] of catalogIndex().labels) (byLength[label.length] ??= []).push([label, field]);
  }
  for (const [label, field] of byLength[length] ?? []) if (lower.startsWith(label, start)) return field;
  return undefined;
}

function findLabels({ lower }: NormalizedText): Hit[] {
  const { labels, longestLabel } = catalogIndex();
  const maxBack = longestLabel * 2 + 2;
  const hits: Hit[] = [];
  for (let colon = lower.indexOf(":"); colon !== -1; colon = lower.indexOf(":", colon + 1)) {
    let start = colon;
    let letters = 0;
    // A space between two letters ("서버 응답", "socket error"), not one before or after the words.
    let gap = false;
    let spaced = false;
    let pos = colon - 1;
    for (; pos >= 0 && colon - pos <= maxBack; pos--) {
      const ch = lower.charCodeAt(pos);
      if (ch < 128 && isDelimiter[ch] === 1) break;
      if (ch === SPACE) gap = letters > 0;
      else if (++letters > longestLabel) break;
      else {
        spaced ||= gap;
        start = pos;
      }
    }
    if (letters === 0 || letters > longestLabel) continue;
    if (pos >= 0 && !(lower.charCodeAt(pos) < 128 && isDelimiter[lower.charCodeAt(pos)] === 1)) continue;
    const field = spaced
      ? labels.get(lower.slice(start, colon).replaceAll(" ", ""))
      : labelAt(lower, start, letters);
    if (field) hits.push({ field, labelStart: start, valueStart: colon + 1 });
  }
  return hits;
}

function unquote(raw: string): string {
  let value = raw.trim().replace(/[\s,;]+$/, "");
  const quote = value[0];
  if (quote === "'" || quote === '"') {
    const close = value.lastIndexOf(quote);
    value = close > 0 ? value.slice(1, close) : value.slice(1);
  }
  return value.trim();
}

export function readFieldBlock(input: NormalizedText): FieldBlock {
  const hits = findLabels(input);
  const values: FieldBlock["values"] = {};
  hits.forEach((hit, i) => {
    if (values[hit.field]) return;
    const lineEnd = input.text.indexOf("\n", hit.valueStart);
    const next = hits[i + 1]?.labelStart ?? Number.POSITIVE_INFINITY;
    const end = Math.min(next, lineEnd === -1 ? input.text.length : lineEnd);
    const value = unquote(input.text.slice(hit.valueStart, end)).slice(0, 500);
    values[hit.field] = { value, index: hit.labelStart };
  });
  return { values, labelCount: Object.keys(values).length };
}

/** "Yes"/"예" → true, "No"/"아니오" → false, anything else → null. */
export function readYesNo(value: string): boolean | null {
  const word = value.toLowerCase().split(/[\s,]/, 1)[0] ?? "";
  if (errorCatalog.anchors.yes.includes(word)) return true;
  if (errorCatalog.anchors.no.includes(word)) return false;
  return null;
}
