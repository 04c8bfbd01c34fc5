// The pasted text as evidence: what the decoder (lib/parse) read from it, fields and ranked causes; its
// decoded parts stay with the decoded panel. Kept apart from lib/diagnose/index.ts so the browser's
// result page, which gets the message already read, does not load the decoder.
import { decodeErrorText } from "@/lib/parse";
import type { MessageEvidence } from "./message";

export function readMessage(text: string | undefined): MessageEvidence | null {
  if (!text) return null;
  const { fields, causes } = decodeErrorText(text);
  return { fields, causes };
}
