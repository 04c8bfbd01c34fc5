// Which causes a question of the decision tree really separates — so its `separates` list (content/tree,
// read by the wizard to skip questions the evidence has settled) can be checked against the tree itself:
// the causes at the ends below one answer and not below another, every cause below an answer that leads to
// a pasted message (the message can tell any of them), the causes the answer rules of lib/diagnose move
// differently per answer, and for "which program?" the causes only some programs can have.
import { causePrograms } from "@/content/programs";
import type { CauseId } from "@/lib/causes";
import { collectFacts } from "@/lib/diagnose/facts";
import { rules } from "@/lib/diagnose/rules";
import type { LinkParams } from "@/lib/params";
import type { ChoiceAnswers } from "@/lib/wizard/answers";
import type { ChoiceNode, DecisionTree } from "./tree-schema";
import { targetsOf } from "./tree-targets";

/** The causes of every end below a node, and whether the way there asks for a pasted message. */
function below(tree: DecisionTree, from: string): { causes: Set<CauseId>; asksMessage: boolean } {
  const causes = new Set<CauseId>();
  let asksMessage = false;
  const seen = new Set<string>();
  const queue = [from];
  while (queue.length > 0) {
    const id = queue.pop()!;
    const node = tree.nodes[id];
    if (!node || seen.has(id)) continue;
    seen.add(id);
    if (node.kind === "causes") node.causes.forEach((c) => causes.add(c));
    if (node.kind === "input" && node.param === "error") asksMessage = true;
    queue.push(...targetsOf(node));
  }
  return { causes, asksMessage };
}

/** The symptom whose flow reaches the node (the answer rules read the direction from it). */
function flowOf(tree: DecisionTree, nodeId: string): LinkParams["symptom"] {
  const entry = Object.entries(tree.flows).find(
    ([, start]) => start === nodeId || hasBelow(tree, start, nodeId),
  );
  return entry?.[0] as LinkParams["symptom"];
}

function hasBelow(tree: DecisionTree, from: string, wanted: string): boolean {
  const seen = new Set<string>();
  const queue = [from];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (id === wanted) return true;
    const node = tree.nodes[id];
    if (!node || seen.has(id)) continue;
    seen.add(id);
    queue.push(...targetsOf(node));
  }
  return false;
}

/** Causes whose weight from the answer rules differs between the question's answers. */
function movedByAnswerRules(tree: DecisionTree, nodeId: string, node: ChoiceNode): Set<CauseId> {
  const symptom = flowOf(tree, nodeId);
  const effectsOf = (value: string) => {
    const facts = collectFacts({
      link: symptom ? { symptom } : {},
      answers: { [node.param]: value } as ChoiceAnswers,
      message: null,
      events: [],
    });
    const total = new Map<CauseId, number>();
    for (const r of rules) {
      if (r.when(facts).length === 0) continue;
      const effects = typeof r.effects === "function" ? r.effects(facts) : r.effects;
      for (const [id, weight] of Object.entries(effects) as [CauseId, number][])
        total.set(id, (total.get(id) ?? 0) + weight);
    }
    return total;
  };
  const perAnswer = node.answers.map((a) => effectsOf(a.value));
  const ids = new Set(perAnswer.flatMap((m) => [...m.keys()]));
  return new Set([...ids].filter((id) => new Set(perAnswer.map((m) => m.get(id) ?? 0)).size > 1));
}

export function separatedCauses(tree: DecisionTree, nodeId: string, node: ChoiceNode): Set<CauseId> {
  const branches = node.answers.map((a) => below(tree, a.next));
  const all = new Set(branches.flatMap((b) => [...b.causes]));
  const separated = new Set<CauseId>();
  for (const id of all) if (branches.some((b) => !b.causes.has(id))) separated.add(id);
  if (branches.some((b) => b.asksMessage) && branches.some((b) => !b.asksMessage))
    all.forEach((id) => separated.add(id));
  movedByAnswerRules(tree, nodeId, node).forEach((id) => separated.add(id));
  if (node.param === "client") (Object.keys(causePrograms) as CauseId[]).forEach((id) => separated.add(id));
  return separated;
}

/**
 * Every question names what it separates, truly: a listed cause its answers do not separate is a false
 * promise (the wizard would skip or ask it for nothing), and a cause they separate but the list leaves out
 * would let the wizard skip a question that could still change the answer.
 */
export function separationProblems(tree: DecisionTree): string[] {
  const problems: string[] = [];
  for (const [id, node] of Object.entries(tree.nodes)) {
    if (node.kind !== "choice") continue;
    const truly = separatedCauses(tree, id, node);
    if (truly.size === 0)
      problems.push(`node "${id}": its answers separate no cause, so it never changes the answer`);
    for (const cause of node.separates)
      if (!truly.has(cause))
        problems.push(`node "${id}" says it separates "${cause}", but its answers do not`);
    for (const cause of truly)
      if (!node.separates.includes(cause))
        problems.push(`node "${id}" separates "${cause}" but does not say so in \`separates\``);
  }
  return problems;
}
