import { describe, expect, it } from "vitest";
import type { DiagnoseEvent } from "@/lib/api/schema";
import type { LinkParams } from "@/lib/params";
import { diagnose } from "./index";
import { message, ports, probe, zone } from "./test-events";

function settingsOf(events: DiagnoseEvent[], link: LinkParams = { domain: "example.test" }, pop3 = false) {
  const msg = pop3 ? message({ protocol: "POP3", server: "example.test", port: 110 }) : null;
  return diagnose({ link, answers: {}, message: msg, priors: [], events }).settings;
}

const base = zone("example.test", "mx.example.test", ["mail.example.test"]);

describe("working settings", () => {
  it("are null when the check did not run", () => {
    expect(settingsOf([])).toBeNull();
  });

  it("prefer IMAP over SSL and submission with STARTTLS on the MX host", () => {
    expect(settingsOf([...base, ...ports("mx.example.test", [25, 587, 465, 110, 995, 143, 993])])).toEqual({
      incoming: { host: "mx.example.test", port: 993, protocol: "imap", security: "ssl" },
      outgoing: { host: "mx.example.test", port: 587, security: "starttls", auth: true },
    });
  });

  it("keep the customer's POP3 when the message says POP3", () => {
    const s = settingsOf(
      [...base, ...ports("mx.example.test", [110, 995, 143, 993])],
      { domain: "example.test" },
      true,
    );
    expect(s?.incoming).toEqual({ host: "mx.example.test", port: 995, protocol: "pop3", security: "ssl" });
  });

  it("take a host whose certificate matches over one that would warn", () => {
    const bad = probe("mx.example.test", 993);
    const s = settingsOf([
      ...base,
      { ...bad, tls: { ...bad.tls!, hostnameMatch: false } },
      ...ports("mail.example.test", [993]),
    ]);
    expect(s?.incoming?.host).toBe("mail.example.test");
  });

  it("fall back to 465 when 587 is closed, and to the other protocol when the preferred one is closed", () => {
    const s = settingsOf([...base, ...ports("mx.example.test", [465, 995], [587, 143, 993])]);
    expect(s?.outgoing).toEqual({ host: "mx.example.test", port: 465, security: "ssl", auth: true });
    expect(s?.incoming?.protocol).toBe("pop3");
  });

  it("say 'none' only when nothing encrypted works", () => {
    const plain = probe("mx.example.test", 110, "open", { capabilities: ["USER"], tls: null });
    expect(settingsOf([...base, plain])?.incoming).toEqual({
      host: "mx.example.test",
      port: 110,
      protocol: "pop3",
      security: "none",
    });
  });

  it("need STARTTLS advertised before calling a plain port 'starttls'", () => {
    const noTls = probe("mx.example.test", 587, "open", { capabilities: ["AUTH PLAIN"], tls: null });
    expect(settingsOf([...base, noTls])?.outgoing?.security).toBe("none");
  });

  it("never suggest a host outside the domain", () => {
    expect(settingsOf([...base, ...ports("elsewhere.test", [993, 587])])).toBeNull();
  });
});

describe("the SPEC §2 projection", () => {
  it("gives causes in one language that the API schema accepts", async () => {
    const { causeSchema } = await import("@/lib/api/schema");
    const { rankedCauses } = await import("./index");
    const d = diagnose({
      link: { domain: "example.test" },
      answers: { internet: "no" },
      message: null,
      priors: ["no-internet"],
      events: [],
    });
    const ranked = rankedCauses(d, "en");
    expect(ranked[0]?.evidence[0]).toMatch(/other web sites do not open/);
    for (const cause of ranked) expect(causeSchema.safeParse(cause).success).toBe(true);
  });
});

describe("the check's own settings", () => {
  it("win over the ones read from the events", () => {
    const fromCheck = {
      incoming: { host: "mail.example.test", port: 993, protocol: "imap" as const, security: "ssl" as const },
      outgoing: { host: "mail.example.test", port: 465, security: "ssl" as const, auth: true as const },
    };
    const events = [
      ...base,
      ...ports("mx.example.test", [587, 993]),
      { type: "result" as const, causes: [], findings: [], settings: fromCheck, ms: 5 },
    ];
    expect(settingsOf(events)).toEqual(fromCheck);
  });
});
