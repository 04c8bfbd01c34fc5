// When the evidence has already decided (docs/decisions/0012-questions-the-evidence-settles.md): a question
// of the decision tree names the causes its answer separates, and it is not asked when the message, the
// finished check and the answers so far — without the tree's own guesses — have put one cause clearly ahead
// of all of them. The thresholds are on the same 0..1 scale as every weight of docs/decisions/0003.
import type { CauseId } from "@/lib/causes";

export const settleRule = {
  /** The leading cause must be at least this likely from the evidence alone. */
  clear: 0.6,
  /** …and at least this far ahead of every cause the question separates. */
  margin: 0.25,
} as const;

type Scored = { id: CauseId; confidence: number };

/** The cause the evidence alone puts first, when it is clear enough to act on; else null. */
export function leadingCause(fromEvidence: readonly Scored[]): Scored | null {
  const top = fromEvidence[0];
  return top && top.confidence >= settleRule.clear ? top : null;
}

/** Has the evidence decided between the causes a question separates? (then the question is not asked) */
export function settles(fromEvidence: readonly Scored[], separates: readonly CauseId[]): boolean {
  const lead = leadingCause(fromEvidence);
  if (!lead) return false;
  return fromEvidence.every(
    (c) =>
      c.id === lead.id || !separates.includes(c.id) || c.confidence <= lead.confidence - settleRule.margin,
  );
}
