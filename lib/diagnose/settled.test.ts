// The six cases of the issue (staff links whose evidence decides) and the cases it must not decide, through
// the real decoder and the one interpreter, with check events shaped like the loopback rig's.
import { describe, expect, it } from "vitest";
import type { DiagnoseEvent } from "@/lib/api/schema";
import { readLinkParams } from "@/lib/params";
import { supportMessages as m } from "@/lib/testing/support-messages";
import { readWizardAnswers } from "@/lib/wizard/answers";
import { diagnose } from "./index";
import { readMessage } from "./read-message";
import { settleRule, settles } from "./settled";
import { allPorts, dns, ports, start, zone } from "./test-events";

const full = (d: string): DiagnoseEvent[] => [
  start(d),
  ...zone(d, `mx.${d}`, [`mail.${d}`]),
  ...[d, `mx.${d}`, `mail.${d}`].flatMap((h) => ports(h, allPorts)),
];
const closed25 = (d: string): DiagnoseEvent[] => [
  start(d),
  ...zone(d, `mx.${d}`),
  ...[d, `mx.${d}`].flatMap((h) => ports(h, [465, 587, 110, 995, 143, 993], [25])),
];
const down = (d: string): DiagnoseEvent[] => [
  start(d),
  ...zone(d, `mx.${d}`),
  ...[d, `mx.${d}`].flatMap((h) => ports(h, [], allPorts)),
];
const mxOnly: DiagnoseEvent[] = [
  start("mxonly.test"),
  dns("mxonly.test", "MX", "ok", [{ exchange: "mx.mxonly.test", priority: 10 }]),
  dns("mxonly.test", "A", "nodata"),
  dns("mail.mxonly.test", "A", "nxdomain"),
  dns("mail.mxonly.test", "AAAA", "nxdomain"),
  dns("mx.mxonly.test", "A", "ok", ["127.0.0.3"]),
  ...ports("mx.mxonly.test", allPorts),
];

function run(query: string, text: string | null, events: DiagnoseEvent[]) {
  const search = new URLSearchParams(query);
  const link = { ...readLinkParams(search).params, ...(text ? { error: text } : {}) };
  return diagnose({
    link,
    answers: readWizardAnswers(search).answers,
    message: readMessage(text ?? undefined),
    events,
  });
}

describe("questions the evidence settles", () => {
  it.each([
    [
      "receive, server down",
      "symptom=receive&domain=down.test",
      null,
      down("down.test"),
      "recv-webmail",
      "server-down",
    ],
    [
      "send, port 25 refused",
      "symptom=send&domain=port25blocked.test",
      m.smtp25Refused,
      closed25("port25blocked.test"),
      "send-sent",
      "port25-blocked",
    ],
    [
      "send, relaying denied",
      "symptom=send&domain=relay.test",
      m.relay,
      full("relay.test"),
      "send-sent",
      "smtp-auth-required",
    ],
    [
      "receive, SPA",
      "symptom=receive&domain=good.test",
      m.spa,
      full("good.test"),
      "recv-webmail",
      "auth-method-mismatch",
    ],
    [
      "receive, antivirus 1110",
      "symptom=receive&domain=good.test",
      m.port1110,
      full("good.test"),
      "recv-webmail",
      "antivirus-interference",
    ],
    [
      "send, name typo",
      "symptom=send&domain=mxonly.test",
      m.smtpNotFound,
      mxOnly,
      "send-sent",
      "server-not-found",
    ],
  ] as const)("%s: lands on the result at %s, %s first", (_name, query, text, events, node, cause) => {
    const d = run(query, text, events);
    expect(d.tree).toMatchObject({ status: "settled", nodeId: node });
    expect(d.causes[0]?.id).toBe(cause);
    expect(d.fromEvidence[0]?.id).toBe(cause);
  });

  it("asks when the check only says the server is fine: the answers still change the cause", () => {
    const d = run("symptom=receive&domain=good.test", null, full("good.test"));
    expect(d.tree).toMatchObject({ status: "question", nodeId: "recv-webmail" });
  });

  it("asks again once the customer's answer contradicts the evidence", () => {
    const d = run("symptom=receive&webmail=yes&domain=down.test", null, down("down.test"));
    expect(d.tree).toMatchObject({ status: "question", nodeId: "recv-sudden" });
  });

  it("never settles the address: a decisive message without one goes to the address screen first", () => {
    const d = run("symptom=send", m.relay, []);
    expect(d.tree).toMatchObject({
      status: "question",
      nodeId: "send-bounced-address",
      settledAt: "send-sent",
    });
    expect(d.tree.status === "question" && d.tree.node.kind === "input" && d.tree.node.param).toBe("address");
  });
});

describe("settles", () => {
  const scored = (...pairs: [string, number][]) =>
    pairs.map(([id, confidence]) => ({ id, confidence })) as never;
  it(`needs a leader of at least ${settleRule.clear}`, () => {
    expect(settles(scored(["server-down", settleRule.clear - 0.01]), ["server-down"])).toBe(false);
    expect(settles(scored(["server-down", settleRule.clear]), ["server-down"])).toBe(true);
  });

  it(`needs it ${settleRule.margin} ahead of every cause the question separates, and only those`, () => {
    const close = scored(["smtp-auth-required", 0.9], ["wrong-password", 0.7]);
    expect(settles(close, ["smtp-auth-required", "wrong-password"])).toBe(false);
    expect(settles(close, ["smtp-auth-required", "recipient-unknown"])).toBe(true);
    expect(settles(scored(["smtp-auth-required", 0.9], ["wrong-password", 0.65]), ["wrong-password"])).toBe(
      true,
    );
  });
});
