// Header fields of a pasted header block (or a bounce's own headers): name and unfolded value. In the
// normalised text a folded continuation line has lost its leading space, so a field runs until the next
// line that starts a field ("Name: …") or a blank line (RFC 5322 §2.2.3).
import type { NormalizedText } from "../normalize";

export type HeaderField = { name: string; value: string; index: number };

const fieldLine = /^([A-Za-z][A-Za-z0-9-]{0,60}):[ \t]?/;
/** A header paste longer than this many fields is not read further (the hop table stays small). */
const MAX_FIELDS = 400;
const MAX_VALUE = 2000;

/** Every field in the text whose name is one of `wanted` (lower case), in order of appearance. */
export function readHeaderFields({ text }: NormalizedText, wanted: ReadonlySet<string>): HeaderField[] {
  const fields: HeaderField[] = [];
  let current: HeaderField | null = null;
  let lineStart = 0;
  let count = 0;
  while (lineStart <= text.length && count < MAX_FIELDS) {
    const newline = text.indexOf("\n", lineStart);
    const line = text.slice(lineStart, newline === -1 ? text.length : newline);
    const m = fieldLine.exec(line);
    if (m) {
      count++;
      const name = (m[1] ?? "").toLowerCase();
      current = wanted.has(name) ? { name, value: line.slice(m[0].length), index: lineStart } : null;
      if (current) fields.push(current);
    } else if (line === "") current = null;
    else if (current && current.value.length < MAX_VALUE) current.value += ` ${line}`;
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return fields;
}
