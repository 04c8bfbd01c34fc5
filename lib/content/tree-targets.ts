// Where a node of the decision tree leads, apart from its schema (tree-schema.ts) so that the browser's
// walk (lib/wizard/walk.ts) carries no zod.
import type { TreeNode } from "./tree-schema";

/** Where a node leads: one target per answer, or the single `next` of an input screen; none for ends. */
export function targetsOf(node: TreeNode): string[] {
  if (node.kind === "choice") return node.answers.map((a) => a.next);
  if (node.kind === "input") return [node.next];
  return [];
}
