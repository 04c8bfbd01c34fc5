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

type Hit = { field: Field; labelStart: number; valueStart: number };

function findLabels({ text, lower }: NormalizedText): Hit[] {
  const { labels, longestLabel } = catalogIndex();
  const maxBack = longestLabel * 2 + 2;
  const hits: Hit[] = [];
  for (let colon = text.indexOf(":"); colon !== -1; colon = text.indexOf(":", colon + 1)) {
    let candidate = "";
    let start = colon;
    let pos = colon - 1;
    for (; pos >= 0 && colon - pos <= maxBack; pos--) {
      const ch = lower[pos] ?? "";
      if (delimiters.has(ch)) break;
      if (ch !== " ") {
        candidate = ch + candidate;
        start = pos;
      }
    }
    const delimited = pos < 0 || delimiters.has(lower[pos] ?? "");
    const field = delimited ? labels.get(candidate) : undefined;
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
