// One scenario per diagnosis rule, with the live check's events built by hand (SPEC §2 shapes).
import { afterAll, describe, expect, it } from "vitest";
import type { DiagnoseEvent } from "@/lib/api/schema";
import type { CauseId } from "@/lib/causes";
import type { LinkParams } from "@/lib/params";
import type { ChoiceAnswers } from "@/lib/wizard/answers";
import { diagnose, type Diagnosis, type MessageEvidence } from "./index";
import type { ProbeEvent } from "./check-view";
import { rules } from "./rules";
import { dns, message, ports, probe, zone } from "./test-events";

const fired = new Set<string>();

function run(options: {
  link?: LinkParams;
  answers?: ChoiceAnswers;
  message?: MessageEvidence | null;
  priors?: CauseId[];
  events?: DiagnoseEvent[];
}): Diagnosis & { ids: CauseId[]; rulesFired: string[] } {
  const result = diagnose({
    link: options.link ?? { domain: "example.test" },
    answers: options.answers ?? {},
    message: options.message ?? null,
    priors: options.priors ?? [],
    events: options.events ?? [],
  });
  const rulesFired = result.reasons.map((r) => r.rule);
  rulesFired.forEach((r) => fired.add(r));
  return { ...result, ids: result.causes.map((c) => c.id), rulesFired };
}

const rank = (ids: CauseId[], id: CauseId) => (ids.includes(id) ? ids.indexOf(id) : Infinity);

// Case 1 of the original support answer: POP3 on 110 refused (10061).
const pop3Refused = message(
  {
    server: "example.test",
    protocol: "POP3",
    port: 110,
    secure: false,
    socketError: 10061,
    errorNumber: "0x800CCC0E",
  },
  [
    ["connection-refused", 0.8],
    ["server-down", 0.3],
    ["antivirus-interference", 0.2],
  ],
);

describe("the issue's rules", () => {
  it("POP3 110 refused, but 110 and 995 answer here: the server is fine, customer-side causes first", () => {
    const d = run({
      message: pop3Refused,
      priors: ["server-down", "connection-refused"],
      events: [...zone("example.test", "mx.example.test"), ...ports("example.test", [110, 995])],
    });
    expect(d.rulesFired).toContain("server-answers");
    expect(d.reasons.find((r) => r.rule === "server-answers")?.text.ko).toMatch(
      /^서버는 정상적으로 응답합니다/,
    );
    expect(d.reasons.find((r) => r.rule === "server-answers")?.text.en).toContain("110, 995");
    for (const customerSide of [
      "connection-refused",
      "antivirus-interference",
      "wrong-server-name",
      "auth-method-mismatch",
    ] as const)
      expect(rank(d.ids, customerSide)).toBeLessThan(rank(d.ids, "server-down"));
    expect(d.ids).not.toContain("server-down");
  });

  it("without the check, the same message leaves server-down among the causes", () => {
    expect(run({ message: pop3Refused }).ids).toContain("server-down");
  });

  it("mail.example.test does not resolve while the MX is mx.example.test: server-not-found, suggesting the MX", () => {
    const d = run({
      message: message(
        {
          server: "mail.example.test",
          protocol: "SMTP",
          port: 25,
          socketError: 11001,
          errorNumber: "0x800CCC0D",
        },
        [
          ["server-not-found", 0.8],
          ["no-internet", 0.3],
        ],
      ),
      priors: ["smtp-auth-required", "port25-blocked"],
      events: [
        ...zone("example.test", "mx.example.test"),
        dns("mail.example.test", "A", "nxdomain"),
        dns("mail.example.test", "AAAA", "nxdomain"),
        ...ports("mx.example.test", [25, 587]),
      ],
    });
    expect(d.ids[0]).toBe("server-not-found");
    const reason = d.reasons.find((r) => r.rule === "name-not-found");
    expect(reason?.vars).toEqual({ host: "mail.example.test", right: "mx.example.test" });
    expect(reason?.text.ko).toContain("서버 이름을 mx.example.test(으)로 고쳐 주세요");
    expect(d.causes[0]?.evidence.map((e) => e.en)).toContain(reason?.text.en);
  });

  it("relay denied and 587 offers AUTH after STARTTLS: smtp-auth-required with 587, STARTTLS, auth on", () => {
    const d = run({
      message: message(
        {
          server: "mail.example.test",
          protocol: "SMTP",
          port: 25,
          serverError: 550,
          serverResponse: "550 5.7.1 ... Relaying denied. IP name lookup failed [211.174.111.211]",
          errorNumber: "0x800CCC79",
        },
        [
          ["smtp-auth-required", 0.7],
          ["recipient-unknown", 0.3],
        ],
      ),
      events: [
        ...zone("example.test", "mx.example.test", ["mail.example.test"]),
        ...ports("mail.example.test", [25, 587, 465]),
      ],
    });
    expect(d.ids[0]).toBe("smtp-auth-required");
    expect(d.rulesFired).toContain("relay-needs-auth");
    expect(d.settings?.outgoing).toEqual({
      host: "mail.example.test",
      port: 587,
      security: "starttls",
      auth: true,
    });
  });

  it("relay denied, with the live check's shape: STARTTLS listed before TLS, AUTH only after", () => {
    const d = run({
      message: message(
        { server: "mail.example.test", protocol: "SMTP", port: 25, errorNumber: "0x800CCC79" },
        [["smtp-auth-required", 0.7]],
      ),
      events: [
        ...zone("example.test", "mx.example.test", ["mail.example.test"]),
        probe("mail.example.test", 587, "open", {
          capabilities: ["PIPELINING", "AUTH PLAIN LOGIN"],
          capabilitiesBeforeTls: ["PIPELINING", "STARTTLS"],
          security: "starttls",
        } as Partial<ProbeEvent>),
      ],
    });
    expect(d.rulesFired).toContain("relay-needs-auth");
    expect(d.settings?.outgoing).toEqual({
      host: "mail.example.test",
      port: 587,
      security: "starttls",
      auth: true,
    });
  });

  it("relay denied but 587 does not offer AUTH: no claim about 587", () => {
    const d = run({
      message: message({ protocol: "SMTP", port: 25, errorNumber: "0x800CCC79" }, [
        ["smtp-auth-required", 0.7],
      ]),
      events: [
        ...zone("example.test", "mx.example.test"),
        probe("mx.example.test", 587, "open", { capabilities: ["SIZE 1000"] }),
      ],
    });
    expect(d.rulesFired).not.toContain("relay-needs-auth");
  });

  it.each([
    ["refused", 10061],
    ["timed out", 10060],
  ])("SMTP on 25 %s in the message, 587 open in the check: port25-blocked", (_what, socketError) => {
    const d = run({
      message: message(
        { server: "example.test", protocol: "SMTP", port: 25, socketError, errorNumber: "0x800CCC0E" },
        [
          ["connection-refused", 0.8],
          ["port25-blocked", 0.4],
        ],
      ),
      events: [...zone("example.test", "mx.example.test"), ...ports("example.test", [587], [25])],
    });
    expect(d.ids[0]).toBe("port25-blocked");
    expect(d.reasons.find((r) => r.rule === "port25-blocked")?.vars).toEqual({
      host: "example.test",
      port: "587",
    });
    expect(d.ids).not.toContain("server-down");
  });

  it("every mail port of the real host closed or silent: server-down", () => {
    const d = run({
      link: { domain: "example.test", symptom: "send" },
      answers: { message: "no", sent: "outbox", receives: "yes", before: "yes" },
      priors: [
        "port25-blocked",
        "antivirus-interference",
        "smtp-auth-required",
        "wrong-password",
        "server-down",
      ],
      events: [
        ...zone("example.test", "mx.example.test"),
        ...ports("mx.example.test", [], [25, 587, 110, 143]),
        probe("mx.example.test", 465, "timeout"),
        probe("mx.example.test", 993, "timeout"),
        probe("mx.example.test", 995, "reset"),
      ],
    });
    expect(d.ids[0]).toBe("server-down");
    expect(d.reasons.find((r) => r.rule === "all-ports-closed")?.vars).toEqual({
      host: "mx.example.test",
      ports: "25, 110, 143, 465, 587, 993, 995",
    });
    expect(d.settings).toBeNull();
  });

  it("ports of another host (the customer's typo) do not make the real server look down", () => {
    const d = run({
      events: [
        ...zone("example.test", "mx.example.test"),
        ...ports("mx.example.test", [993]),
        ...ports("typo.test", [], [993]),
      ],
    });
    expect(d.rulesFired).not.toContain("all-ports-closed");
  });

  it("no MX and no A: domain-dns-broken", () => {
    const d = run({
      priors: ["server-down", "domain-dns-broken"],
      events: [
        dns("example.test", "MX", "nodata"),
        dns("example.test", "A", "nodata"),
        dns("example.test", "AAAA", "nodata"),
      ],
    });
    expect(d.ids[0]).toBe("domain-dns-broken");
    expect(d.rulesFired).toContain("no-mx-no-a");
  });

  it("a domain with A but no MX is not broken (mail goes to the A record)", () => {
    const d = run({
      events: [dns("example.test", "MX", "nodata"), dns("example.test", "A", "ok", ["127.0.0.2"])],
    });
    expect(d.rulesFired).not.toContain("no-mx-no-a");
  });

  it.each([
    ["127.0.0.1", 110],
    ["localhost", 110],
    ["example.test", 1110],
    ["example.test", 12025],
  ])("server %s port %i: antivirus-interference", (server, port) => {
    const d = run({
      message: message({ server, protocol: "POP3", port, socketError: 10061, errorNumber: "0x800CCC0E" }, [
        ["connection-refused", 0.8],
      ]),
      events: [...zone("example.test", "mx.example.test"), ...ports("mx.example.test", [110, 995])],
    });
    expect(d.ids[0]).toBe("antivirus-interference");
    expect(d.ids).not.toContain("server-down");
  });

  it("the 'settings I use' of the link count like a message's: server 127.0.0.1 → antivirus", () => {
    const d = run({
      link: { domain: "example.test", server: "127.0.0.1", port: 110, protocol: "pop3" },
      priors: ["wrong-password"],
    });
    expect(d.ids[0]).toBe("antivirus-interference");
    expect(d.rulesFired).toEqual(["local-server"]);
  });

  it("other sites don't open either: no-internet", () => {
    const d = run({
      link: { symptom: "receive" },
      answers: { webmail: "unknown", internet: "no" },
      priors: ["no-internet"],
    });
    expect(d.ids).toEqual(["no-internet"]);
    expect(d.causes[0]?.confidence).toBe(1);
  });

  it("webmail shows the mail: the program's settings rank above server and DNS causes", () => {
    const d = run({
      link: { symptom: "receive", domain: "example.test" },
      answers: { webmail: "yes", sudden: "no" },
      priors: ["domain-dns-broken", "server-down", "no-internet", "wrong-server-name", "tls-mismatch"],
    });
    expect(d.rulesFired).toContain("answer-webmail-shows");
    expect(d.ids.slice(0, 2)).toEqual(["wrong-server-name", "tls-mismatch"]);
    expect(d.ids).not.toContain("server-down");
    expect(d.ids).not.toContain("no-internet");
  });
});

describe("the other rules", () => {
  it("the customer's port is closed but the protocol's other port is open: change the port", () => {
    const d = run({
      message: message({ server: "mx.example.test", protocol: "IMAP", port: 143, socketError: 10061 }, [
        ["connection-refused", 0.8],
      ]),
      events: [...zone("example.test", "mx.example.test"), ...ports("mx.example.test", [993], [143])],
    });
    expect(d.ids[0]).toBe("connection-refused");
    expect(d.reasons.find((r) => r.rule === "used-port-closed")?.vars).toEqual({
      host: "mx.example.test",
      port: "143",
      open: "993",
    });
  });

  it("host not found in the message, but it resolves here: the device's own connection", () => {
    const d = run({
      message: message({ server: "mx.example.test", protocol: "POP3", port: 110, socketError: 11004 }, [
        ["server-not-found", 0.8],
      ]),
      events: [...zone("example.test", "mx.example.test"), ...ports("mx.example.test", [110, 995])],
    });
    expect(d.rulesFired).toContain("name-resolves-here");
    expect(d.ids[0]).toBe("no-internet");
    expect(rank(d.ids, "local-network-broken")).toBeLessThan(rank(d.ids, "server-not-found"));
  });

  it("the name resolves but is not the domain's mail server: wrong-server-name, suggesting the MX", () => {
    const d = run({
      link: { domain: "example.test", server: "www.example.test", port: 993, protocol: "imap" },
      priors: ["server-down", "wrong-server-name"],
      events: [
        ...zone("example.test", "mx.example.test", ["www.example.test"]),
        ...ports("www.example.test", [], [143, 993]),
        ...ports("mx.example.test", [143, 993]),
      ],
    });
    expect(d.ids[0]).toBe("wrong-server-name");
    expect(d.reasons.find((r) => r.rule === "wrong-server-name")?.vars).toEqual({
      host: "www.example.test",
      right: "mx.example.test",
    });
    expect(d.ids).not.toContain("server-down");
  });

  it("no message about a refusal and the mail server answers: it is not down", () => {
    const d = run({
      link: { domain: "example.test", symptom: "send" },
      priors: ["server-down", "smtp-auth-required"],
      events: [...zone("example.test", "mx.example.test"), ...ports("mx.example.test", [587])],
    });
    expect(d.rulesFired).toContain("mail-host-answers");
    expect(d.ids).toEqual(["smtp-auth-required"]);
  });

  it("NXDOMAIN: the domain does not exist", () => {
    const d = run({
      priors: ["server-down"],
      events: [dns("example.test", "MX", "nxdomain"), dns("example.test", "A", "nxdomain")],
    });
    expect(d.ids[0]).toBe("domain-dns-broken");
    expect(d.reasons.map((r) => r.rule)).toEqual(["domain-missing"]);
  });

  it("name servers failing: domain-dns-broken", () => {
    const d = run({ events: [dns("example.test", "MX", "servfail"), dns("example.test", "A", "timeout")] });
    expect(d.ids[0]).toBe("domain-dns-broken");
    expect(d.rulesFired).toEqual(["dns-failing"]);
  });

  it("other sites open: not the internet connection", () => {
    const d = run({ answers: { internet: "yes" }, priors: ["no-internet", "server-down"] });
    expect(d.rulesFired).toContain("answer-internet-works");
    expect(d.ids).toEqual(["server-down"]);
  });

  it("webmail does not show the mail: server side before program side", () => {
    const d = run({
      answers: { webmail: "no" },
      priors: ["antivirus-interference", "wrong-password", "account-disabled"],
    });
    expect(d.rulesFired).toContain("answer-webmail-missing");
    expect(d.ids[0]).toBe("account-disabled");
  });

  it("stopped suddenly: antivirus rises", () => {
    const d = run({ answers: { sudden: "yes" }, priors: ["wrong-password", "antivirus-interference"] });
    expect(d.rulesFired).toContain("answer-stopped-suddenly");
    expect(d.ids[0]).toBe("antivirus-interference");
  });

  it("can't send but receiving works: outgoing settings before internet and DNS", () => {
    const d = run({
      link: { symptom: "send" },
      answers: { receives: "yes" },
      priors: ["no-internet", "domain-dns-broken", "port25-blocked"],
    });
    expect(d.rulesFired).toContain("answer-receive-works");
    expect(d.ids).toEqual(["port25-blocked", "smtp-auth-required"]);
  });

  it.each<[string, Partial<NonNullable<ProbeEvent["tls"]>>]>([
    ["cert-expired", { error: "CERT_HAS_EXPIRED", authorized: false }],
    ["cert-wrong-name", { hostnameMatch: false, altNames: ["*.hosting.test"] }],
    ["cert-untrusted", { error: "DEPTH_ZERO_SELF_SIGNED_CERT", authorized: false }],
  ])("%s: tls-mismatch", (rule, tls) => {
    const good = probe("mx.example.test", 993);
    const d = run({
      link: { domain: "example.test", server: "mx.example.test", port: 993, protocol: "imap" },
      events: [...zone("example.test", "mx.example.test"), { ...good, tls: { ...good.tls!, ...tls } }],
    });
    expect(d.rulesFired).toContain(rule);
    expect(d.ids[0]).toBe("tls-mismatch");
  });

  it("the wrong-name sentence names the certificate's names", () => {
    const good = probe("mx.example.test", 993);
    const d = run({
      link: { domain: "example.test" },
      events: [
        ...zone("example.test", "mx.example.test"),
        { ...good, tls: { ...good.tls!, hostnameMatch: false, altNames: ["*.hosting.test"] } },
      ],
    });
    expect(d.reasons.find((r) => r.rule === "cert-wrong-name")?.text.en).toContain("(*.hosting.test)");
  });
});

describe("ranking", () => {
  it("keeps the decoder's evidence with its cause and adds the check's own causes at half weight", () => {
    const d = run({
      message: message({}, [["wrong-password", 0.6]]),
      events: [
        {
          type: "result",
          causes: [{ id: "tls-mismatch", confidence: 0.4, evidence: ["x"] }],
          findings: [],
          settings: null,
          ms: 1,
        },
      ],
    });
    expect(d.causes).toEqual([
      {
        id: "wrong-password",
        confidence: 0.6,
        evidence: [{ ko: "메시지: wrong-password", en: "message: wrong-password" }],
      },
      { id: "tls-mismatch", confidence: 0.2, evidence: [] },
    ]);
  });

  it("ranks the tree's causes in the tree's order when nothing else is known", () => {
    expect(run({ priors: ["server-busy", "greylisted", "spam-rejected"] }).ids).toEqual([
      "server-busy",
      "greylisted",
      "spam-rejected",
    ]);
  });
});

afterAll(() => {
  // Every rule of the table has a scenario above that makes it fire.
  expect(rules.map((r) => r.id).filter((id) => !fired.has(id))).toEqual([]);
});
