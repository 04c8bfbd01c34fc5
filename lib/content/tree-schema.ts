// The decision tree of the wizard (content/tree) as a zod schema: questions, answers, where each leads.
// Shape only; the graph rules (targets exist, reachable, acyclic, valid answer values) are in tree-check.ts.
import * as z from "@/lib/zod";
import { causeIds } from "@/lib/causes";
import { symptomSchema } from "@/lib/api/schema";
import { bilingualSchema } from "@/lib/i18n/bilingual";
import { choiceParams, inputParams, type ChoiceParam } from "@/lib/wizard/answers";

export const nodeIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "node ids are kebab-case");

const answerSchema = z
  .object({
    value: z.string().min(1),
    label: bilingualSchema,
    hint: bilingualSchema.optional(),
    next: nodeIdSchema,
  })
  .strict();

/** One question, one screen, big answer buttons; the answer is written to `param` in the link. */
const choiceNodeSchema = z
  .object({
    kind: z.literal("choice"),
    param: z.enum(Object.keys(choiceParams) as [ChoiceParam, ...ChoiceParam[]]),
    question: bilingualSchema,
    help: bilingualSchema.optional(),
    answers: z.array(answerSchema).min(1),
    /**
     * The causes this question's answer separates (checked against the tree by tree-separation.ts). The
     * wizard skips the question when the evidence has already decided between them (lib/diagnose/settled.ts).
     */
    separates: z.array(z.enum(causeIds)).min(1),
  })
  .strict();

/** A screen with a form: the pasted message (`error`) or the address/domain (`email`/`domain`). */
const inputNodeSchema = z
  .object({
    kind: z.literal("input"),
    param: z.enum(inputParams),
    question: bilingualSchema,
    help: bilingualSchema.optional(),
    /** Which optional "settings I use" fields the address form offers. */
    settings: z.enum(["outgoing", "incoming"]).optional(),
    next: nodeIdSchema,
  })
  .strict();

/** An end: the causes the answers point to, most likely first; the diagnosis weighs them with the evidence. */
const causesNodeSchema = z
  .object({
    kind: z.literal("causes"),
    causes: z.array(z.enum(causeIds)).min(1),
  })
  .strict();

/** An end where self-service cannot help: the customer gets a report to send to support. */
const supportNodeSchema = z
  .object({
    kind: z.literal("support"),
    why: bilingualSchema,
  })
  .strict();

export const treeNodeSchema = z.discriminatedUnion("kind", [
  choiceNodeSchema,
  inputNodeSchema,
  causesNodeSchema,
  supportNodeSchema,
]);

export const treeSchema = z
  .object({
    flows: z.record(symptomSchema, nodeIdSchema),
    nodes: z.record(nodeIdSchema, treeNodeSchema),
  })
  .strict();

export type TreeNode = z.infer<typeof treeNodeSchema>;
export type ChoiceNode = z.infer<typeof choiceNodeSchema>;
export type InputNode = z.infer<typeof inputNodeSchema>;
export type CausesNode = z.infer<typeof causesNodeSchema>;
export type SupportNode = z.infer<typeof supportNodeSchema>;
export type EndNode = CausesNode | SupportNode;
export type DecisionTree = z.infer<typeof treeSchema>;

export function isEndNode(node: TreeNode): node is EndNode {
  return node.kind === "causes" || node.kind === "support";
}
