// Where the answers (and what the pasted message already answers) lead in the decision tree: the walk the
// wizard's screens take (lib/wizard/walk.ts), stopped early where the evidence has settled the question
// (settled.ts), and the causes of the end it reaches, most likely first.
import { decisionTree } from "@/content/tree";
import type { CauseId } from "@/lib/causes";
import type { LinkParams } from "@/lib/params";
import type { ChoiceAnswers } from "@/lib/wizard/answers";
import { inferAnswers } from "@/lib/wizard/infer";
import { walkTree, type Settles, type WalkResult } from "@/lib/wizard/walk";
import type { MessageEvidence } from "./message";

export function treeWalk(
  link: LinkParams,
  answers: ChoiceAnswers,
  message: MessageEvidence | null,
  settles?: Settles,
): { walk: WalkResult; priors: readonly CauseId[] } {
  const walk = walkTree(decisionTree, { link, answers }, inferAnswers(message), settles);
  return { walk, priors: walk.status === "end" && walk.node.kind === "causes" ? walk.node.causes : [] };
}
