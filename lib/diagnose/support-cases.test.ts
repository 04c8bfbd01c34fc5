// The ten cases of the original support answer (SPEC §3), end to end through the pure parts: the walk of
// the decision tree picks the end, the diagnosis weighs it with the decoded message and the live check.
// The decoded messages here are what the decoder gives for those texts (its own corpus tests pin that).
import { describe, expect, it } from "vitest";
import { decisionTree } from "@/content/tree";
import type { DiagnoseEvent } from "@/lib/api/schema";
import type { CauseId } from "@/lib/causes";
import { readLinkParams } from "@/lib/params";
import { readWizardAnswers } from "@/lib/wizard/answers";
import { inferAnswers } from "@/lib/wizard/infer";
import { walkTree } from "@/lib/wizard/walk";
import { diagnose, type MessageEvidence } from "./index";
import { say } from "./say";
import { dns, message, ports, zone } from "./test-events";

const domain = "bbbbb.test";
const mx = "mx.bbbbb.test";

function run(query: string, msg: MessageEvidence | null, events: DiagnoseEvent[]) {
  const search = new URLSearchParams(query);
  const link = readLinkParams(search).params;
  const answers = readWizardAnswers(search).answers;
  const walk = walkTree(decisionTree, { link, answers }, inferAnswers(msg));
  if (walk.status !== "end")
    throw new Error(`the walk stopped at ${walk.status === "question" ? walk.nodeId : "start"}`);
  const d = diagnose({ link, answers, message: msg, events });
  const said = (rule: string) => d.reasons.find((r) => r.rule === rule);
  return { ...d, ids: d.causes.map((c) => c.id), rules: d.reasons.map((r) => r.rule), said };
}

const rank = (ids: CauseId[], id: CauseId) => (ids.includes(id) ? ids.indexOf(id) : Infinity);
const healthy = [
  ...zone(domain, mx),
  ...ports(domain, [25, 587, 465, 110, 995, 143, 993]),
  ...ports(mx, [587, 995, 993]),
];
const oe = { client: "outlook-legacy" as const, language: "ko" as const, secure: false };
const error = (direction: string) => `symptom=error&error=x&direction=${direction}&domain=${domain}`;

describe("the ten cases of the original support answer", () => {
  it("1. 0x800CCC0E on POP3/110 (10061), server answers here: customer side, not server-down", () => {
    const msg = message(
      {
        ...oe,
        account: domain,
        server: domain,
        protocol: "POP3",
        port: 110,
        socketError: 10061,
        errorNumber: "0x800CCC0E",
      },
      [
        ["connection-refused", 0.8],
        ["antivirus-interference", 0.3],
        ["server-down", 0.3],
      ],
    );
    const d = run(`symptom=error&error=x&domain=${domain}`, msg, healthy);
    expect(d.rules).toContain("server-answers");
    expect(d.ids[0]).toBe("connection-refused");
    expect(d.ids).not.toContain("server-down");
  });

  it("2. 0x800CCC0E on SMTP/25 (10061), 587 open: port25-blocked", () => {
    const msg = message(
      {
        ...oe,
        account: domain,
        server: domain,
        protocol: "SMTP",
        port: 25,
        socketError: 10061,
        errorNumber: "0x800CCC0E",
      },
      [
        ["connection-refused", 0.8],
        ["port25-blocked", 0.5],
      ],
    );
    const d = run(error("send"), msg, [...zone(domain, mx), ...ports(domain, [587, 465], [25])]);
    expect(d.ids[0]).toBe("port25-blocked");
    // Never port 25; implicit TLS first (docs/decisions/0007-working-settings.md).
    expect(d.settings?.outgoing).toMatchObject({ port: 465, security: "ssl" });
  });

  it("3. 0x800CCC0D with 11004 on POP3, the name has no address: server-not-found, suggesting the MX", () => {
    const msg = message(
      {
        ...oe,
        account: domain,
        server: domain,
        protocol: "POP3",
        port: 110,
        socketError: 11004,
        errorNumber: "0x800CCC0D",
      },
      [["server-not-found", 0.85]],
    );
    const events = [
      dns(domain, "MX", "ok", [{ exchange: mx, priority: 10 }]),
      dns(domain, "A", "nodata"),
      dns(domain, "AAAA", "nodata"),
      dns(mx, "A", "ok", ["127.0.0.3"]),
      ...ports(mx, [110, 995]),
    ];
    const d = run(`symptom=error&error=x&domain=${domain}`, msg, events);
    expect(d.ids[0]).toBe("server-not-found");
    expect(d.said("name-not-found")?.vars.right).toBe(mx);
  });

  it("4. 0x800CCC0D with 11001 on SMTP, mail.<domain> does not resolve: server-not-found, suggesting the MX", () => {
    const msg = message(
      {
        ...oe,
        account: `mail.${domain}`,
        server: `mail.${domain}`,
        protocol: "SMTP",
        port: 25,
        socketError: 11001,
        errorNumber: "0x800CCC0D",
      },
      [["server-not-found", 0.85]],
    );
    const events = [
      ...zone(domain, mx),
      dns(`mail.${domain}`, "A", "nxdomain"),
      dns(`mail.${domain}`, "AAAA", "nxdomain"),
      ...ports(mx, [587]),
    ];
    const d = run(`symptom=error&error=x&domain=${domain}`, msg, events);
    expect(d.ids[0]).toBe("server-not-found");
    expect(say(d.said("name-not-found")!, "en")).toContain(`change the server name to ${mx}`);
    expect(d.settings?.outgoing?.host).toBe(mx);
  });

  it("5. 0x800CCC18 (SPA): auth-method-mismatch", () => {
    const msg = message(
      {
        ...oe,
        account: domain,
        server: domain,
        protocol: "POP3",
        port: 110,
        serverResponse: ".",
        errorNumber: "0x800CCC18",
      },
      [["auth-method-mismatch", 0.85]],
    );
    const d = run(`symptom=error&error=x&domain=${domain}`, msg, healthy);
    expect(d.ids[0]).toBe("auth-method-mismatch");
  });

  it("6. 0x800CCC79 with 550 5.7.1 Relaying denied, 587 takes AUTH after STARTTLS: smtp-auth-required", () => {
    const msg = message(
      {
        ...oe,
        account: `mail.${domain}`,
        server: `mail.${domain}`,
        protocol: "SMTP",
        port: 25,
        serverError: 550,
        smtpCode: 550,
        enhancedStatus: "5.7.1",
        serverResponse: "550 5.7.1 ... Relaying denied. IP name lookup failed [211.174.111.211]",
        errorNumber: "0x800CCC79",
        rejectedAddress: `BBBBB@${domain}`,
      },
      [["smtp-auth-required", 0.9]],
    );
    const d = run(`symptom=error&error=x&domain=${domain}`, msg, [
      ...zone(domain, mx, [`mail.${domain}`]),
      ...ports(`mail.${domain}`, [25, 587]),
    ]);
    expect(d.ids[0]).toBe("smtp-auth-required");
    expect(d.rules).toContain("relay-needs-auth");
    expect(d.settings?.outgoing).toEqual({
      host: `mail.${domain}`,
      port: 587,
      security: "starttls",
      auth: true,
    });
  });

  it.each([
    ["7. server 127.0.0.1", { server: "127.0.0.1", port: 110 }],
    ["8. port 1110", { server: domain, port: 1110 }],
  ])("%s after an antivirus changed the settings: antivirus-interference", (_name, where) => {
    const msg = message(
      { ...oe, account: domain, ...where, protocol: "POP3", socketError: 10061, errorNumber: "0x800CCC0E" },
      [
        ["antivirus-interference", 0.85],
        ["connection-refused", 0.5],
      ],
    );
    const d = run(`symptom=error&error=x&domain=${domain}`, msg, healthy);
    expect(d.ids[0]).toBe("antivirus-interference");
    expect(rank(d.ids, "server-down")).toBe(Infinity);
    // POP3 is kept, on the real server; the current settings are the antivirus's.
    expect(d.settings?.incoming).toMatchObject({ protocol: "pop3", port: 995 });
    expect(d.current).toMatchObject({ host: where.server.toLowerCase(), port: where.port, protocol: "pop3" });
  });

  describe("9. can't send, no message: the SMTP address is wrong, or the server is down", () => {
    const walk = `symptom=send&message=no&sent=outbox&receives=yes&before=no&client=outlook&domain=${domain}`;

    it("the SMTP server name typed in the program does not exist: server-not-found", () => {
      const events = [...zone(domain, mx), dns(`smtp.${domain}`, "A", "nxdomain"), ...ports(mx, [587])];
      const d = run(`${walk}&server=smtp.${domain}&port=25&protocol=smtp`, null, events);
      expect(d.ids[0]).toBe("server-not-found");
    });

    it("every mail port of the server is closed: server-down", () => {
      const events = [...zone(domain, mx), ...ports(mx, [], [25, 465, 587, 110, 995, 143, 993])];
      const d = run(walk, null, events);
      expect(d.ids[0]).toBe("server-down");
    });
  });

  describe("10. can't receive, no message: the settings, no internet, or a server failure", () => {
    it("webmail shows the mail: the program's settings", () => {
      const d = run(
        `symptom=receive&webmail=yes&sudden=no&client=thunderbird&domain=${domain}`,
        null,
        healthy,
      );
      expect(["server-not-found", "wrong-server-name", "connection-refused", "tls-mismatch"]).toContain(
        d.ids[0],
      );
      expect(d.ids).not.toContain("server-down");
    });

    it("other sites don't open: no-internet", () => {
      const d = run("symptom=receive&webmail=unknown&internet=no", null, []);
      expect(d.ids).toEqual(["no-internet"]);
    });

    it("webmail is empty too and the server is silent: server-down", () => {
      const events = [...zone(domain, mx), ...ports(mx, [], [110, 995, 143, 993, 25, 587, 465])];
      const d = run(`symptom=receive&webmail=no&domain=${domain}`, null, events);
      expect(d.ids[0]).toBe("server-down");
    });
  });
});
