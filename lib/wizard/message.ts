// The pasted message as evidence for the wizard: what the decoder read from it, in no particular language.
import type { ParsedFields } from "@/lib/api/schema";
import type { MessageEvidence } from "@/lib/diagnose";

export const emptyFields: ParsedFields = {
  client: null,
  language: null,
  account: null,
  server: null,
  protocol: null,
  port: null,
  secure: null,
  socketError: null,
  errorNumber: null,
  serverError: null,
  serverResponse: null,
  smtpCode: null,
  enhancedStatus: null,
  rejectedAddress: null,
};

export function readMessage(text: string | undefined): MessageEvidence | null {
  if (!text) return null;
  return { fields: emptyFields, causes: [] };
}
