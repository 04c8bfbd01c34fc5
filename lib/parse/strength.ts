// How strong a finding is as evidence, whatever cause it points to: the specificity of its words or code
// (lib/content/error-catalog-schema.ts, specificitySchema). A catalog row may set its own; otherwise the
// default of its kind applies. rank.ts uses it twice: a clearly spoken, more specific finding damps much
// less specific ones of the same tier, and equal confidences are ordered by it instead of by list order.
import type { PartKind } from "@/lib/content/error-catalog-schema";

/** Defaults by kind: a bare reply code says least, a bracketed POP3/IMAP code or a vendor code most. */
export const defaultSpecificity: Record<PartKind, number> = {
  account: 0.3,
  server: 0.3,
  protocol: 0.3,
  port: 0.5,
  secure: 0.5,
  rejectedAddress: 0.3,
  errorNumber: 0.7,
  socketError: 0.6,
  smtpCode: 0.2,
  enhancedStatus: 0.5,
  pop3Response: 0.8,
  imapResponse: 0.8,
  phrase: 0.7,
  authResult: 0.75,
  spamVerdict: 0.75,
  hopDelay: 0.5,
};

/** Context rules are an expert's reading of several fields together. */
export const CONTEXT_SPECIFICITY = 0.8;

/** Below this, a finding is a guess: a cause backed by nothing stronger stays under GUESS_CAP. */
export const GUESS_SPECIFICITY = 0.35;
export const GUESS_CAP = 0.45;

/** A clearly spoken finding damps same-tier findings less specific than itself by more than this. */
export const SPECIFICITY_MARGIN = 0.3;

export const strengthOf = (kind: PartKind, specificity: number | undefined) =>
  specificity ?? defaultSpecificity[kind];
