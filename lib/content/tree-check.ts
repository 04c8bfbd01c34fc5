// Graph checks of the decision tree (content/tree): every target exists, every node is reachable from a
// flow start, there is no cycle, answers are valid values of their parameter, no parameter is asked twice
// on one path, questions a pasted message can answer offer every value it may give, and every question
// says truly which causes it separates (tree-separation.ts).
import { decisionTree, treeParts } from "@/content/tree";
import { choiceValues, isValidChoice } from "@/lib/wizard/answers";
import { inferableParams } from "@/lib/wizard/infer";
import { treeSchema, type DecisionTree } from "./tree-schema";
import { targetsOf } from "./tree-targets";
import { separationProblems } from "./tree-separation";

type Nodes = DecisionTree["nodes"];

function missingTargets(tree: DecisionTree): string[] {
  const problems: string[] = [];
  for (const [flow, start] of Object.entries(tree.flows))
    if (!tree.nodes[start]) problems.push(`flow "${flow}" starts at missing node "${start}"`);
  for (const [id, node] of Object.entries(tree.nodes))
    for (const target of targetsOf(node))
      if (!tree.nodes[target]) problems.push(`node "${id}" leads to missing node "${target}"`);
  return problems;
}

function unreachable(tree: DecisionTree): string[] {
  const seen = new Set<string>();
  const queue = Object.values(tree.flows);
  while (queue.length > 0) {
    const id = queue.pop()!;
    const node = tree.nodes[id];
    if (seen.has(id) || !node) continue;
    seen.add(id);
    queue.push(...targetsOf(node));
  }
  return Object.keys(tree.nodes)
    .filter((id) => !seen.has(id))
    .map((id) => `node "${id}" is not reachable from any flow start`);
}

function cycles(nodes: Nodes): string[] {
  const state = new Map<string, "open" | "done">();
  const problems: string[] = [];
  const visit = (id: string, trail: string[]) => {
    if (state.get(id) === "done" || !nodes[id]) return;
    if (state.get(id) === "open") {
      problems.push(`cycle: ${[...trail.slice(trail.indexOf(id)), id].join(" → ")}`);
      return;
    }
    state.set(id, "open");
    for (const target of targetsOf(nodes[id])) visit(target, [...trail, id]);
    state.set(id, "done");
  };
  for (const id of Object.keys(nodes)) visit(id, []);
  return problems;
}

function badAnswers(nodes: Nodes): string[] {
  const problems: string[] = [];
  for (const [id, node] of Object.entries(nodes)) {
    if (node.kind !== "choice") continue;
    const values = node.answers.map((a) => a.value);
    for (const value of values)
      if (!isValidChoice(node.param, value))
        problems.push(`node "${id}": "${value}" is not a value of ${node.param}`);
    if (new Set(values).size !== values.length) problems.push(`node "${id}" offers the same value twice`);
    if ((inferableParams as string[]).includes(node.param))
      for (const value of choiceValues(node.param))
        if (!values.includes(value))
          problems.push(`node "${id}" lacks ${node.param}="${value}", which a pasted message can give`);
  }
  return problems;
}

/** Depth-first over every path (the tree is small and acyclic): a parameter asked twice would answer itself. */
function askedTwice(tree: DecisionTree): string[] {
  const problems = new Set<string>();
  const walk = (id: string, asked: Map<string, string>, depth: number) => {
    const node = tree.nodes[id];
    if (!node || depth > Object.keys(tree.nodes).length) return;
    const param = node.kind === "choice" || node.kind === "input" ? node.param : undefined;
    if (param && asked.has(param))
      problems.add(`"${param}" is asked at "${asked.get(param)}" and again at "${id}"`);
    const next = param ? new Map(asked).set(param, id) : asked;
    for (const target of new Set(targetsOf(node))) walk(target, next, depth + 1);
  };
  for (const start of Object.values(tree.flows)) walk(start, new Map(), 0);
  return [...problems];
}

function duplicateIds(parts: Record<string, object>): string[] {
  const owner = new Map<string, string>();
  const problems: string[] = [];
  for (const [part, nodes] of Object.entries(parts))
    for (const id of Object.keys(nodes)) {
      if (owner.has(id)) problems.push(`node "${id}" is defined in ${owner.get(id)} and in ${part}`);
      owner.set(id, part);
    }
  return problems;
}

export function checkTree(input: unknown, parts: Record<string, object> = {}): string[] {
  const parsed = treeSchema.safeParse(input);
  if (!parsed.success)
    return parsed.error.issues.map((issue) => `${issue.path.join(".") || "tree"}: ${issue.message}`);
  const tree = parsed.data;
  const problems = [
    ...duplicateIds(parts),
    ...missingTargets(tree),
    ...badAnswers(tree.nodes),
    ...unreachable(tree),
    ...cycles(tree.nodes),
  ];
  // Path enumeration only makes sense on a sound graph.
  if (problems.length === 0) problems.push(...askedTwice(tree), ...separationProblems(tree));
  return problems;
}

export function checkDecisionTree(): string[] {
  return checkTree(decisionTree, treeParts);
}
