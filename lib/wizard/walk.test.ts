import { describe, expect, it } from "vitest";
import { decisionTree } from "@/content/tree";
import { readLinkParams } from "@/lib/params";
import type { ParsedFields } from "@/lib/api/schema";
import { readWizardAnswers } from "./answers";
import { inferAnswers } from "./infer";
import { backQuery, walkTree, wizardQuery, type WizardState } from "./walk";

function stateOf(query: string): WizardState {
  const search = new URLSearchParams(query);
  return { link: readLinkParams(search).params, answers: readWizardAnswers(search).answers };
}

const noFields: ParsedFields = {
  client: null,
  language: null,
  account: null,
  server: null,
  protocol: null,
  port: null,
  secure: null,
  socketError: null,
  errorNumber: null,
  serverError: null,
  serverResponse: null,
  smtpCode: null,
  enhancedStatus: null,
  rejectedAddress: null,
};

describe("walkTree", () => {
  it("has no flow without a symptom", () => {
    expect(walkTree(decisionTree, stateOf("")).status).toBe("no-flow");
  });

  it("asks the first question of each flow", () => {
    expect(walkTree(decisionTree, stateOf("symptom=send"))).toMatchObject({
      status: "question",
      nodeId: "send-message",
    });
    expect(walkTree(decisionTree, stateOf("symptom=receive"))).toMatchObject({
      status: "question",
      nodeId: "recv-webmail",
    });
    expect(walkTree(decisionTree, stateOf("symptom=error"))).toMatchObject({
      status: "question",
      nodeId: "error-paste",
    });
  });

  it("follows answers in the link to the screen they lead to", () => {
    const walk = walkTree(
      decisionTree,
      stateOf("symptom=send&message=no&sent=outbox&receives=yes&before=no"),
    );
    expect(walk).toMatchObject({ status: "question", nodeId: "send-new-client" });
    expect(walk.steps.map((s) => s.param)).toEqual(["message", "sent", "receives", "before"]);
  });

  it("reaches the causes end of a full send walk", () => {
    const walk = walkTree(
      decisionTree,
      stateOf(
        "symptom=send&message=no&sent=outbox&receives=yes&before=no&client=thunderbird&domain=example.test",
      ),
    );
    expect(walk.status).toBe("end");
    expect(walk.status === "end" && walk.node.kind === "causes" && walk.node.causes[0]).toBe(
      "server-not-found",
    );
  });

  it("ends at no-internet when other sites do not open, without asking program or address", () => {
    const walk = walkTree(decisionTree, stateOf("symptom=receive&webmail=unknown&internet=no"));
    expect(walk).toMatchObject({ status: "end", nodeId: "end-no-internet" });
  });

  it("ends at contact support when the mail was sent but never arrived", () => {
    expect(walkTree(decisionTree, stateOf("symptom=send&message=no&sent=lost"))).toMatchObject({
      status: "end",
      node: { kind: "support" },
    });
  });

  it("stops at a question whose value in the link is not one of its answers", () => {
    const state = stateOf("symptom=error&error=x&direction=send");
    state.answers.direction = undefined;
    expect(walkTree(decisionTree, state)).toMatchObject({ status: "question", nodeId: "error-direction" });
  });

  it("skips the questions a pasted message already answers", () => {
    const inferred = inferAnswers({ fields: { ...noFields, client: "outlook-legacy", protocol: "POP3" } });
    const walk = walkTree(decisionTree, stateOf("symptom=error&error=socket+10061"), inferred);
    expect(walk).toMatchObject({ status: "question", nodeId: "error-receive-address" });
    expect(walk.steps.map((s) => [s.param, s.value, s.source])).toEqual([
      ["error", "socket 10061", "link"],
      ["direction", "receive", "message"],
      ["client", "outlook-legacy", "message"],
    ]);
  });

  it("lets an answer in the link overrule what the message suggested", () => {
    const inferred = inferAnswers({ fields: { ...noFields, protocol: "SMTP" } });
    const walk = walkTree(decisionTree, stateOf("symptom=error&error=x&direction=receive"), inferred);
    expect(walk).toMatchObject({ nodeId: "error-receive-client" });
  });

  it("in the send flow, a pasted message answers 'was there an error message?'", () => {
    const inferred = inferAnswers({ fields: noFields });
    expect(walkTree(decisionTree, stateOf("symptom=send&error=x"), inferred)).toMatchObject({
      nodeId: "send-sent",
    });
  });
});

describe("links between screens", () => {
  it("writes the next answer and keeps the SPEC parameters", () => {
    const state = stateOf("symptom=receive&domain=example.test&webmail=yes");
    const walk = walkTree(decisionTree, state);
    expect(wizardQuery(state, walk.steps, { sudden: "yes" })).toBe(
      "?symptom=receive&domain=example.test&webmail=yes&sudden=yes",
    );
  });

  it("drops answers of a branch the customer left", () => {
    const state = stateOf("symptom=send&message=no&sent=bounced&receives=yes&before=yes");
    const walk = walkTree(decisionTree, state);
    expect(walk).toMatchObject({ nodeId: "send-bounced-client" });
    expect(wizardQuery(state, walk.steps, { client: "other" })).toBe(
      "?symptom=send&client=other&message=no&sent=bounced",
    );
  });

  it("goes back by taking back the last answer given", () => {
    const state = stateOf("symptom=send&message=no&sent=outbox");
    const walk = walkTree(decisionTree, state);
    expect(backQuery(state, walk.steps)).toBe("?symptom=send&message=no");
  });

  it("going back from the address screen forgets the program, not the message", () => {
    const state = stateOf("symptom=error&error=x&direction=send&client=outlook");
    const walk = walkTree(decisionTree, state);
    expect(walk).toMatchObject({ nodeId: "error-send-address" });
    expect(backQuery(state, walk.steps)).toBe("?symptom=error&error=x&direction=send");
  });

  it("has nothing to go back to on a flow's first screen", () => {
    const state = stateOf("symptom=receive");
    expect(backQuery(state, walkTree(decisionTree, state).steps)).toBeNull();
  });
});
