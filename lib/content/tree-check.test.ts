import { describe, expect, it } from "vitest";
import { decisionTree, treeParts } from "@/content/tree";
import { checkTree } from "./tree-check";
import type { DecisionTree } from "./tree-schema";

/** A deep copy of the real tree to break in one way per test. */
function copy(): DecisionTree {
  return structuredClone(decisionTree);
}

function choice(tree: DecisionTree, id: string) {
  const node = tree.nodes[id];
  if (node?.kind !== "choice") throw new Error(`${id} is not a choice node`);
  return node;
}

describe("decision tree check", () => {
  it("accepts the real tree", () => {
    expect(checkTree(decisionTree, treeParts)).toEqual([]);
  });

  it("reports an answer leading to a node that does not exist", () => {
    const tree = copy();
    choice(tree, "send-receives").answers[0]!.next = "send-nowhere";
    expect(checkTree(tree)).toContain('node "send-receives" leads to missing node "send-nowhere"');
  });

  it("reports a flow starting at a missing node", () => {
    const tree = copy();
    tree.flows.receive = "recv-missing";
    expect(checkTree(tree).join("\n")).toMatch(/flow "receive" starts at missing node "recv-missing"/);
  });

  it("reports a node no flow reaches", () => {
    const tree = copy();
    tree.nodes["orphan-end"] = { kind: "causes", causes: ["server-down"] };
    expect(checkTree(tree)).toContain('node "orphan-end" is not reachable from any flow start');
  });

  it("reports a cycle", () => {
    const tree = copy();
    choice(tree, "send-before").answers[1]!.next = "send-receives";
    expect(checkTree(tree).join("\n")).toMatch(/cycle: send-receives → send-before → send-receives/);
  });

  it("reports an end with no causes", () => {
    const tree = copy();
    tree.nodes["end-send-new"] = { kind: "causes", causes: [] };
    expect(checkTree(tree).join("\n")).toMatch(/nodes\.end-send-new\.causes/);
  });

  it("reports an end that is neither causes nor support", () => {
    const tree = copy();
    (tree.nodes as Record<string, unknown>)["end-send-new"] = { kind: "done" };
    expect(checkTree(tree).join("\n")).toMatch(/nodes\.end-send-new/);
  });

  it("reports an unknown cause id at an end", () => {
    const tree = copy();
    (tree.nodes as Record<string, unknown>)["end-send-new"] = { kind: "causes", causes: ["gremlins"] };
    expect(checkTree(tree).join("\n")).toMatch(/end-send-new\.causes\.0/);
  });

  it("reports a question without answers (a dead end that is not an end)", () => {
    const tree = copy();
    choice(tree, "send-receives").answers = [];
    expect(checkTree(tree).join("\n")).toMatch(/send-receives\.answers/);
  });

  it("reports an answer value its parameter does not accept", () => {
    const tree = copy();
    choice(tree, "recv-webmail").answers[0]!.value = "maybe";
    expect(checkTree(tree)).toContain('node "recv-webmail": "maybe" is not a value of webmail');
  });

  it("reports a program question that misses a program a message may name", () => {
    const tree = copy();
    const node = choice(tree, "error-send-client");
    node.answers = node.answers.filter((a) => a.value !== "thunderbird");
    expect(checkTree(tree)).toContain(
      'node "error-send-client" lacks client="thunderbird", which a pasted message can give',
    );
  });

  it("reports a parameter asked twice on one path", () => {
    const tree = copy();
    choice(tree, "send-internet").param = "receives";
    expect(checkTree(tree).join("\n")).toMatch(
      /"receives" is asked at "send-receives" and again at "send-internet"/,
    );
  });

  it("reports a node id defined in two files", () => {
    const parts = { ...treeParts, extra: { "send-message": {} } };
    expect(checkTree(decisionTree, parts)).toContain(
      'node "send-message" is defined in sendNodes and in extra',
    );
  });

  it("reports text missing in one language", () => {
    const tree = copy();
    (choice(tree, "send-message").question as { en?: string }).en = undefined;
    expect(checkTree(tree).join("\n")).toMatch(/send-message\.question\.en/);
  });
});

describe("what each question separates", () => {
  it("reports a cause a question claims to separate but does not", () => {
    const tree = copy();
    choice(tree, "send-before").separates.push("recipient-unknown");
    expect(checkTree(tree)).toContain(
      'node "send-before" says it separates "recipient-unknown", but its answers do not',
    );
  });

  it("reports a cause a question separates but leaves out (the wizard could skip it wrongly)", () => {
    const tree = copy();
    const node = choice(tree, "recv-internet");
    node.separates = node.separates.filter((c) => c !== "no-internet");
    expect(checkTree(tree)).toContain(
      'node "recv-internet" separates "no-internet" but does not say so in `separates`',
    );
  });

  it("reports a question whose answers change nothing", () => {
    const tree = copy();
    choice(tree, "send-receives").answers[0]!.next = "send-pointless";
    tree.nodes["send-pointless"] = {
      kind: "choice",
      param: "direction",
      question: { ko: "보낼 때인가요?", en: "When sending?" },
      answers: [
        { value: "send", label: { ko: "네", en: "Yes" }, next: "send-before" },
        { value: "receive", label: { ko: "아니요", en: "No" }, next: "send-before" },
      ],
      separates: ["server-down"],
    };
    expect(checkTree(tree).join("\n")).toMatch(/node "send-pointless": its answers separate no cause/);
  });

  it("counts the answer rules: webmail's answers move the server's causes", () => {
    const tree = copy();
    const node = choice(tree, "recv-webmail");
    node.separates = node.separates.filter((c) => c !== "certificate-invalid");
    // No end below it names certificate-invalid; the answer rule "webmail shows nothing" lowers it.
    expect(checkTree(tree)).toContain(
      'node "recv-webmail" separates "certificate-invalid" but does not say so in `separates`',
    );
  });
});
