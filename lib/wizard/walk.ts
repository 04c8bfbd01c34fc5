// Walks the decision tree from the link alone: the answers in the query string (plus what a pasted
// message already says) decide the screen, so back, forward, refresh and shared links all land in place.
import { toQueryString, type LinkParams } from "@/lib/params";
import type { DecisionTree, EndNode, TreeNode } from "@/lib/content/tree-schema";
import { wizardOnlyParams, type ChoiceAnswers, type ChoiceParam, type InputParam } from "./answers";

export type WizardState = { link: LinkParams; answers: ChoiceAnswers };

export type Step = {
  nodeId: string;
  param: ChoiceParam | InputParam;
  value: string;
  /** "message": answered by the pasted message, so the screen was skipped. */
  source: "link" | "message";
};

type QuestionNode = Exclude<TreeNode, EndNode>;
export type WalkResult =
  | { status: "no-flow"; steps: [] }
  | { status: "question"; steps: Step[]; nodeId: string; node: QuestionNode }
  | { status: "end"; steps: Step[]; nodeId: string; node: EndNode };

function givenChoice(state: WizardState, param: ChoiceParam): string | undefined {
  if (param === "symptom" || param === "client") return state.link[param];
  return state.answers[param];
}

function givenInput(state: WizardState, param: InputParam): string | undefined {
  return param === "error" ? state.link.error : (state.link.email ?? state.link.domain);
}

export function walkTree(tree: DecisionTree, state: WizardState, inferred: ChoiceAnswers = {}): WalkResult {
  const symptom = state.link.symptom;
  if (!symptom) return { status: "no-flow", steps: [] };
  const steps: Step[] = [];
  let nodeId = tree.flows[symptom];
  // The tree is checked to be acyclic; the bound only guards against a broken copy.
  for (let guard = 0; guard <= Object.keys(tree.nodes).length; guard++) {
    const node = tree.nodes[nodeId];
    if (!node) throw new Error(`decision tree: missing node "${nodeId}"`);
    if (node.kind === "causes" || node.kind === "support") return { status: "end", steps, nodeId, node };
    if (node.kind === "input") {
      const value = givenInput(state, node.param);
      if (value === undefined) return { status: "question", steps, nodeId, node };
      steps.push({ nodeId, param: node.param, value, source: "link" });
      nodeId = node.next;
      continue;
    }
    const fromLink = givenChoice(state, node.param);
    const fromMessage = inferred[node.param];
    const answer =
      node.answers.find((a) => a.value === fromLink) ?? node.answers.find((a) => a.value === fromMessage);
    if (!answer) return { status: "question", steps, nodeId, node };
    steps.push({
      nodeId,
      param: node.param,
      value: answer.value,
      source: answer.value === fromLink ? "link" : "message",
    });
    nodeId = answer.next;
  }
  throw new Error("decision tree: cycle");
}

/**
 * The query string for a screen: every SPEC §1 parameter (they describe the customer, not the path), and
 * the wizard's own answers only where they lie on the path walked, so a changed earlier answer drops the
 * answers of the branch left behind.
 */
export function wizardQuery(
  state: WizardState,
  steps: Step[],
  set: Partial<Record<ChoiceParam, string>> = {},
): string {
  const link: Record<string, unknown> = { ...state.link };
  for (const param of ["symptom", "client"] as const) if (set[param] !== undefined) link[param] = set[param];
  const search = new URLSearchParams(toQueryString(link as LinkParams).slice(1));
  const onPath = new Map(steps.filter((s) => s.source === "link").map((s) => [s.param, s.value]));
  for (const param of wizardOnlyParams) {
    const value = set[param] ?? onPath.get(param);
    if (value !== undefined) search.set(param, value);
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** The query of the screen before this one: the last answer the customer gave is taken back. */
export function backQuery(state: WizardState, steps: Step[]): string | null {
  const last = steps.findLast((s) => s.source === "link");
  if (!last) return null;
  const kept = steps.slice(0, steps.lastIndexOf(last));
  const link: LinkParams = { ...state.link };
  if (last.param === "address") {
    delete link.email;
    delete link.domain;
  } else if (last.param === "error" || last.param === "symptom" || last.param === "client") {
    delete link[last.param];
  }
  return wizardQuery({ link, answers: state.answers }, kept);
}
