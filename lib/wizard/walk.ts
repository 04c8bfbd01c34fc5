// Walks the decision tree from the link alone: the answers in the query string (plus what a pasted
// message already says) decide the screen, so back, forward, refresh and shared links all land in place.
import { toQueryString, type LinkParams } from "@/lib/link-query";
import type { ChoiceNode, DecisionTree, EndNode, TreeNode } from "@/lib/content/tree-schema";
import { targetsOf } from "@/lib/content/tree-targets";
import { wizardOnlyParams, type ChoiceAnswers, type ChoiceParam, type InputParam } from "./answers";
import { pageParams, type PageFlags } from "./page-params";

/**
 * The link read: its SPEC §1 parameters (with `error` set to a held message's text, if `held`), the
 * wizard's answers, and the page's own flags (lib/wizard/page-params.ts), which every link it writes keeps.
 */
export type WizardState = { link: LinkParams; answers: ChoiceAnswers } & PageFlags;

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
  /** `settledAt`: a question the evidence settled before the address was known; the address comes first. */
  | { status: "question"; steps: Step[]; nodeId: string; node: QuestionNode; settledAt?: string }
  | { status: "end"; steps: Step[]; nodeId: string; node: EndNode }
  /** The evidence decided before this question (lib/diagnose/settled.ts): the result, without asking it. */
  | { status: "settled"; steps: Step[]; nodeId: string; node: ChoiceNode };

/** Has the evidence already decided what this question would tell? (lib/diagnose `settles`) */
export type Settles = (node: ChoiceNode) => boolean;

function givenChoice(state: WizardState, param: ChoiceParam): string | undefined {
  if (param === "symptom" || param === "client") return state.link[param];
  return state.answers[param];
}

function givenInput(state: WizardState, param: InputParam): string | undefined {
  return param === "error" ? state.link.error : (state.link.email ?? state.link.domain);
}

/** The nearest address screen below a node: where a settled walk still needs the domain for the check. */
function addressBelow(tree: DecisionTree, from: string): { nodeId: string; node: QuestionNode } | null {
  const queue = [from];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const id = queue.shift()!;
    const node = tree.nodes[id];
    if (!node || seen.has(id)) continue;
    seen.add(id);
    if (node.kind === "input" && node.param === "address") return { nodeId: id, node };
    queue.push(...targetsOf(node));
  }
  return null;
}

const hasAddress = (state: WizardState) => state.link.email !== undefined || state.link.domain !== undefined;

export function walkTree(
  tree: DecisionTree,
  state: WizardState,
  inferred: ChoiceAnswers = {},
  settles?: Settles,
): WalkResult {
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
    if (!answer && settles?.(node)) {
      // The domain is never settled: without it there is no check to confirm what the message says.
      if (hasAddress(state)) return { status: "settled", steps, nodeId, node };
      const address = addressBelow(tree, nodeId);
      if (address) return { status: "question", steps, ...address, settledAt: nodeId };
    }
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
  // A held message travels as its id, never as text (it is too long for a link).
  if (state.held) delete link.error;
  const search = new URLSearchParams(toQueryString(link as LinkParams).slice(1));
  const onPath = new Map(steps.filter((s) => s.source === "link").map((s) => [s.param, s.value]));
  for (const param of wizardOnlyParams) {
    const value = set[param] ?? onPath.get(param);
    if (value !== undefined) search.set(param, value);
  }
  if (state.held) search.set(pageParams.held, state.held);
  if (state.noScript) search.set(pageParams.noScript, "0");
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
  const held = last.param === "error" ? undefined : state.held;
  return wizardQuery({ link, answers: state.answers, held, noScript: state.noScript }, kept);
}
