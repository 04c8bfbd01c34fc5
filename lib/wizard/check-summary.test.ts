import { describe, expect, it } from "vitest";
import type { DiagnoseEvent } from "@/lib/api/schema";
import { diagnose } from "@/lib/diagnose";
import { allPorts, dns, ports, probe, start, zone } from "@/lib/diagnose/test-events";
import { summarizeCheck } from "./check-summary";

const summary = (symptom: "send" | "receive" | undefined, events: DiagnoseEvent[]) => {
  const d = diagnose({
    link: { ...(symptom ? { symptom } : {}), domain: "x.test" },
    answers: {},
    message: null,
    events,
  });
  return summarizeCheck(d, events);
};
const roles = (s: ReturnType<typeof summarizeCheck>) =>
  Object.fromEntries(s.lines.map((l) => [l.role, `${l.state}:${l.note}`]));

describe("the check at a glance", () => {
  it("a healthy server: fine, on the customer's side, with the values that work", () => {
    const events = [
      start("x.test"),
      ...zone("x.test", "mx.x.test", ["mail.x.test"]),
      ...ports("mail.x.test", allPorts),
    ];
    const s = summary("receive", events);
    expect(s.headline).toBe("fine");
    expect(roles(s)).toEqual({ incoming: "ok:works", outgoing: "ok:works", domain: "ok:works" });
    expect(s.lines[0]?.value).toEqual({ host: "mail.x.test", port: 993, protocol: "imap", security: "ssl" });
    expect(s.lines[2]?.hosts).toEqual(["mx.x.test"]);
  });

  it("every port refused: the server is down, on the hosting company's side", () => {
    const events = [start("x.test"), ...zone("x.test", "mx.x.test"), ...ports("mx.x.test", [], allPorts)];
    const s = summary("send", events);
    expect(s.headline).toBe("down");
    expect(roles(s)).toMatchObject({ incoming: "fail:down", outgoing: "fail:down" });
  });

  it("the domain does not exist: a DNS headline", () => {
    const events = [start("x.test"), dns("x.test", "MX", "nxdomain"), dns("x.test", "A", "nxdomain")];
    const s = summary(undefined, events);
    expect(s.headline).toBe("dns");
    expect(roles(s)).toMatchObject({ domain: "fail:domainMissing", incoming: "neutral:notTried" });
  });

  it("an expired certificate on the server that works: a certificate headline, amber line", () => {
    const expired = {
      version: "TLSv1.3",
      authorized: false,
      error: "CERT_HAS_EXPIRED",
      subject: "mail.x.test",
      altNames: ["mail.x.test"],
      issuer: "CA",
      validTo: "2021-01-01T00:00:00.000Z",
      hostnameMatch: true,
    };
    const events = [
      start("x.test"),
      ...zone("x.test", "mail.x.test"),
      ...allPorts.map((p) => probe("mail.x.test", p, "open", { tls: expired })),
    ];
    const s = summary("receive", events);
    expect(s.headline).toBe("certificate");
    expect(roles(s).incoming).toBe("warn:certificate");
  });

  it("port 25 closed, 465 open: sending works, said as such", () => {
    const events = [
      start("x.test"),
      ...zone("x.test", "mx.x.test"),
      ...ports("mx.x.test", [465, 587, 993], [25]),
    ];
    const s = summary("send", events);
    expect(s.headline).toBe("fine");
    expect(roles(s).outgoing).toBe("ok:port25Closed");
  });

  it("skipped probes and no check are neither good nor bad", () => {
    const events = [
      start("x.test"),
      ...zone("x.test", "mx.x.test"),
      ...allPorts.map((p) => probe("mx.x.test", p, "skipped")),
    ];
    expect(roles(summary("receive", events))).toMatchObject({
      incoming: "neutral:notTried",
      outgoing: "neutral:notTried",
    });
    expect(summarizeCheck(diagnose({ link: {}, answers: {}, message: null, events: [] }), []).headline).toBe(
      "not-checked",
    );
  });
});
