// Header fields of a pasted header block (or a bounce's own headers): name and unfolded value. In the
// normalised text a folded continuation line has lost its leading space, so a field runs until the next
// line that starts a field ("Name: …") or a blank line (RFC 5322 §2.2.3).
import type { NormalizedText } from "../normalize";

export type HeaderField = { name: string; value: string; index: number };

/** A header paste longer than this many fields is not read further (the hop table stays small). */
const MAX_FIELDS = 400;
const MAX_VALUE = 2000;
/** "Name:" starts a field: a letter, then at most 60 letters, digits or "-" (RFC 5322 §3.6.8, bounded). */
const MAX_NAME = 61;

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isNameChar = (c: number) => isLetter(c) || (c >= 48 && c <= 57) || c === 45;

/** Where the colon of a field line starting at `lineStart` is, or -1 when the line starts no field. */
function nameEnd(text: string, lineStart: number, lineEnd: number): number {
  if (!isLetter(text.charCodeAt(lineStart))) return -1;
  const limit = Math.min(lineEnd, lineStart + MAX_NAME);
  let k = lineStart + 1;
  while (k < limit && isNameChar(text.charCodeAt(k))) k++;
  return k < lineEnd && text.charCodeAt(k) === 58 ? k : -1;
}

/**
 * Every field in the text whose name is one of `wanted` (lower case), in order of appearance. Lines are read
 * in place (character codes, the lower-case view for the name): only the values kept are cut out.
 */
export function readHeaderFields(
  { text, lower }: NormalizedText,
  wanted: ReadonlySet<string>,
): HeaderField[] {
  const fields: HeaderField[] = [];
  let current: HeaderField | null = null;
  let lineStart = 0;
  let count = 0;
  while (lineStart <= text.length && count < MAX_FIELDS) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const colon = nameEnd(text, lineStart, lineEnd);
    if (colon !== -1) {
      count++;
      const name = lower.slice(lineStart, colon);
      const space = text.charCodeAt(colon + 1);
      const valueStart = colon + 1 + (space === 0x20 || space === 0x09 ? 1 : 0);
      current = wanted.has(name) ? { name, value: text.slice(valueStart, lineEnd), index: lineStart } : null;
      if (current) fields.push(current);
    } else if (lineEnd === lineStart) current = null;
    else if (current && current.value.length < MAX_VALUE)
      current.value += ` ${text.slice(lineStart, lineEnd)}`;
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return fields;
}
