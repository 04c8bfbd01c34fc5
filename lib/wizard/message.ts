// The pasted message as evidence for the wizard: what the decoder read from it (fields and ranked causes
// with bilingual evidence), in no particular language. The decoded parts stay with the decoded panel.
import type { MessageEvidence } from "@/lib/diagnose";
import { decodeErrorText } from "@/lib/parse";

export function readMessage(text: string | undefined): MessageEvidence | null {
  if (!text) return null;
  const { fields, causes } = decodeErrorText(text);
  return { fields, causes };
}
