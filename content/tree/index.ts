// The wizard's decision tree: one flow per symptom (SPEC §1 `symptom`), checked by lib/content/tree-check.ts.
import type { DecisionTree } from "@/lib/content/tree-schema";
import { errorNodes } from "./error";
import { receiveNodes } from "./receive";
import { sendNodes } from "./send";
import { sharedNodes } from "./shared";

/** The node groups, kept apart so the check can report an id defined twice. */
export const treeParts = { sharedNodes, sendNodes, receiveNodes, errorNodes };

export const decisionTree: DecisionTree = {
  flows: { send: "send-message", receive: "recv-webmail", error: "error-paste" },
  nodes: { ...sharedNodes, ...sendNodes, ...receiveNodes, ...errorNodes },
};
