// RFC 3464 delivery-status fields (https://www.rfc-editor.org/rfc/rfc3464#section-2.3): the per-recipient
// verdict a mail system attaches to a bounce. Read from the normalised text, where a field's continuation
// lines (folded with leading space in the raw report) are any following lines that do not start a field.
import type { NormalizedText } from "../normalize";

export type DsnValue = { value: string; index: number };

export type DsnFields = {
  reportingMta: DsnValue | null;
  finalRecipient: DsnValue | null;
  action: DsnValue | null;
  status: DsnValue | null;
  remoteMta: DsnValue | null;
  diagnosticCode: DsnValue | null;
};

const names: Record<string, keyof DsnFields> = {
  "reporting-mta": "reportingMta",
  "final-recipient": "finalRecipient",
  "original-recipient": "finalRecipient",
  action: "action",
  status: "status",
  "remote-mta": "remoteMta",
  "diagnostic-code": "diagnosticCode",
};

/** "rfc822; user@example.com" → "user@example.com"; "dns; mx.example.net" → "mx.example.net". */
const withoutType = (value: string) => value.replace(/^[a-z0-9-]{2,12} ?; ?/i, "").trim();

const MAX_VALUE = 600;
const LONGEST_NAME = Math.max(...Object.keys(names).map((name) => name.length));
const fieldStart = /^[A-Za-z][A-Za-z0-9-]{1,40}:(?: |$)/;

export function readDsnFields({ text, lower }: NormalizedText): DsnFields {
  const fields: DsnFields = {
    reportingMta: null,
    finalRecipient: null,
    action: null,
    status: null,
    remoteMta: null,
    diagnosticCode: null,
  };
  // Cheap gate: a report has at least one of these labels.
  if (
    !lower.includes("status:") &&
    !lower.includes("diagnostic-code:") &&
    !lower.includes("final-recipient:")
  )
    return fields;
  let lineStart = 0;
  // The next colon from the line's start: found again only once the lines have passed it.
  let colon = -1;
  while (lineStart < text.length) {
    const lineEnd = text.indexOf("\n", lineStart);
    const end = lineEnd === -1 ? text.length : lineEnd;
    if (colon !== -2 && colon < lineStart) colon = lower.indexOf(":", lineStart);
    if (colon === -1) colon = -2; // no colon left in the text
    if (colon >= 0 && colon < end && colon - lineStart <= LONGEST_NAME) {
      const key = names[lower.slice(lineStart, colon)];
      // The first recipient's block decides (later blocks repeat the pattern for other recipients).
      if (key && !fields[key]) {
        let valueEnd = end;
        if (key === "diagnosticCode")
          while (valueEnd < text.length && valueEnd - colon < MAX_VALUE) {
            const next = text.indexOf("\n", valueEnd + 1);
            const line = text.slice(valueEnd + 1, next === -1 ? text.length : next);
            if (line === "" || fieldStart.test(line)) break;
            valueEnd = next === -1 ? text.length : next;
          }
        const raw = text
          .slice(colon + 1, valueEnd)
          .replace(/\n/g, " ")
          .trim();
        fields[key] = { value: withoutType(raw), index: colon + 1 };
      }
    }
    lineStart = end + 1;
  }
  return fields;
}

export const hasDsnVerdict = (f: DsnFields) =>
  f.diagnosticCode !== null || f.status !== null || f.action !== null;
