// The causes the decision tree's end points to, most likely first: where the answers (and what the
// pasted message already answers) lead. The same walk the wizard's screens take (lib/wizard/walk.ts).
import { decisionTree } from "@/content/tree";
import type { CauseId } from "@/lib/causes";
import type { LinkParams } from "@/lib/params";
import type { ChoiceAnswers } from "@/lib/wizard/answers";
import { inferAnswers } from "@/lib/wizard/infer";
import { walkTree } from "@/lib/wizard/walk";
import type { MessageEvidence } from "./message";

export function treePriors(
  link: LinkParams,
  answers: ChoiceAnswers,
  message: MessageEvidence | null,
): readonly CauseId[] {
  const walk = walkTree(decisionTree, { link, answers }, inferAnswers(message));
  return walk.status === "end" && walk.node.kind === "causes" ? walk.node.causes : [];
}
