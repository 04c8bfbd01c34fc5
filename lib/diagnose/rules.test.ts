// One scenario per diagnosis rule, with the live check's events built by hand (SPEC §2 shapes). The last
// test proves every rule of lib/diagnose/rules was seen to hold at least once.
import { afterAll, describe, expect, it } from "vitest";
import type { DiagnoseEvent } from "@/lib/api/schema";
import type { CauseId } from "@/lib/causes";
import type { LinkParams } from "@/lib/params";
import type { ChoiceAnswers } from "@/lib/wizard/answers";
import { diagnose, inLanguage, type MessageEvidence, type RuleId } from "./index";
import { rules } from "./rules";
import { say } from "./say";
import { allPorts, dns, message, ports, probe, start, trustedTls, zone } from "./test-events";

const seen = new Set<RuleId>();

function run(options: {
  link?: LinkParams;
  answers?: ChoiceAnswers;
  message?: MessageEvidence | null;
  events?: DiagnoseEvent[];
}) {
  const d = diagnose({
    link: options.link ?? { domain: "example.test" },
    answers: options.answers ?? {},
    message: options.message ?? null,
    events: options.events ?? [],
  });
  d.reasons.forEach((r) => seen.add(r.rule));
  const said = (rule: RuleId, locale: "ko" | "en" = "en") => {
    const found = d.reasons.find((r) => r.rule === rule);
    return found ? say(found, locale) : undefined;
  };
  return { ...d, ids: d.causes.map((c) => c.id), fired: d.reasons.map((r) => r.rule), said };
}

const rank = (ids: CauseId[], id: CauseId) => (ids.includes(id) ? ids.indexOf(id) : Infinity);
const d = "example.test";
const mx = "mx.example.test";
const healthy = [...zone(d, mx), ...ports(mx, allPorts)];

describe("the domain's DNS", () => {
  it("a domain that does not exist", () => {
    const r = run({ events: [dns(d, "MX", "nxdomain"), dns(d, "A", "nxdomain")] });
    expect(r.ids[0]).toBe("domain-dns-broken");
    expect(r.findings[0]).toMatchObject({ id: "domain-not-found", severity: "fail" });
    expect(r.said("domain-not-found")).toContain("The domain example.test does not exist");
  });

  it("name servers failing, or too slow", () => {
    expect(run({ events: [dns(d, "MX", "servfail")] }).fired).toContain("dns-failing");
    const slow = run({ events: [dns(d, "MX", "timeout"), dns(d, "A", "ok", ["192.0.2.1"])] });
    expect(slow.fired).toContain("dns-slow");
    expect(slow.fired).not.toContain("dns-failing");
  });

  it("null MX, no MX and no address, no MX but an address", () => {
    expect(run({ events: [dns(d, "MX", "ok", [{ exchange: ".", priority: 0 }])] }).fired).toContain(
      "null-mx",
    );
    const nothing = run({
      events: [dns(d, "MX", "nodata"), dns(d, "A", "nodata"), dns(d, "AAAA", "nodata")],
    });
    expect(nothing.fired).toContain("no-mx-no-a");
    expect(nothing.ids[0]).toBe("domain-dns-broken");
    const aOnly = run({ events: [dns(d, "MX", "nodata"), dns(d, "A", "ok", ["192.0.2.1"])] });
    expect(aOnly.fired).toEqual(expect.arrayContaining(["mx-missing"]));
    expect(aOnly.fired).not.toContain("no-mx-no-a");
  });

  it("MX found, SPF and DMARC missing", () => {
    const r = run({
      events: [
        ...zone(d, mx),
        dns(d, "TXT", "ok", ["google-site-verification=x"]),
        dns(`_dmarc.${d}`, "TXT", "nxdomain"),
      ],
    });
    expect(r.said("mx-found")).toBe("The mail servers (MX) of example.test: mx.example.test.");
    expect(r.fired).toEqual(expect.arrayContaining(["spf-missing", "dmarc-missing"]));
  });
});

describe("each mail host", () => {
  it("a private address is reported with its kind, never connected to; all blocked is the domain's DNS", () => {
    const blocked = allPorts.map((p) =>
      probe(mx, p, "blocked", { ip: "10.0.0.25", step: "guard", detail: "private" }),
    );
    const r = run({ events: [...zone(d, mx), ...blocked] });
    expect(r.said("address-blocked")).toBe(
      "mx.example.test points at an address that cannot be reached from the internet (10.0.0.25, a private address). Please check the domain's settings.",
    );
    expect(r.said("address-blocked", "ko")).toContain("(10.0.0.25, 사설 주소)");
    expect(r.said("address-blocked")).not.toContain("{");
    expect(r.ids[0]).toBe("domain-dns-broken");
  });

  it("every port refused: server-down, said as a failure", () => {
    const r = run({ events: [...zone(d, mx), ...ports(mx, [], allPorts)] });
    expect(r.ids[0]).toBe("server-down");
    expect(r.findings[0]).toMatchObject({ id: "server-down", severity: "fail" });
    expect(r.said("server-down")).toContain(
      "Every mail port of mx.example.test (25, 110, 143, 465, 587, 993, 995)",
    );
    expect(r.settings).toBeNull();
  });

  it("one MX host down while the other answers: a warning, not server-down", () => {
    const events = [
      dns(d, "MX", "ok", [
        { exchange: "mx1.example.test", priority: 10 },
        { exchange: "mx2.example.test", priority: 20 },
      ]),
      ...ports("mx1.example.test", [], allPorts),
      ...ports("mx2.example.test", allPorts),
    ];
    const r = run({ events });
    expect(r.fired).toContain("host-down");
    expect(r.fired).not.toContain("server-down");
    expect(r.ids).not.toContain("server-down");
  });

  it("a silent host: two ports time out, the rest are left out; server-down, never a certificate or SSL problem", () => {
    const events = [
      ...zone(d, mx),
      probe(mx, 587, "timeout", { step: "greeting", detail: "greeting-timeout" }),
      probe(mx, 995, "timeout", {
        step: "tls",
        detail: "tls-timeout",
        tls: {
          ...trustedTls(mx),
          version: null,
          authorized: false,
          hostnameMatch: false,
          error: "timeout",
          altNames: [],
          subject: null,
        },
      }),
      ...[993, 465, 25, 110, 143].map((p) =>
        probe(mx, p, "timeout", { step: "skipped", detail: "host-silent" }),
      ),
    ];
    const r = run({ events, link: { domain: d, symptom: "receive" }, answers: { webmail: "no" } });
    expect(r.ids[0]).toBe("server-down");
    expect(r.ids).not.toContain("tls-mismatch");
    expect(r.ids).not.toContain("certificate-invalid");
    expect(r.fired).toEqual(expect.arrayContaining(["ports-untried", "ports-silent"]));
    expect(r.said("server-down")).toContain("(587, 995)");
    for (const c of inLanguage(r, "en").causes)
      for (const e of c.evidence) expect(e).not.toMatch(/\(\?\)|\{/);
  });

  it("probes cut by the budget are no evidence that the server is down", () => {
    const cut = allPorts.map((p) => probe(mx, p, "skipped", { step: "queued", detail: "budget" }));
    const r = run({ events: [...zone(d, mx), ...cut] });
    expect(r.ids).not.toContain("server-down");
    expect(r.said("check-incomplete")).toContain("7 checks could not run in time");
  });

  it("some ports silent, a foreign program, a refusing greeting", () => {
    const r = run({
      events: [
        ...zone(d, mx),
        ...ports(mx, [587, 993]),
        probe(mx, 110, "timeout", { step: "greeting" }),
        probe(mx, 25, "error", {
          step: "greeting",
          banner: "SSH-2.0-OpenSSH",
          detail: "not-a-mail-greeting",
        }),
        probe(mx, 143, "error", { step: "greeting", banner: "* BYE busy", detail: "greeting-refused" }),
      ],
    });
    expect(r.said("ports-silent")).toBe(
      "mx.example.test accepted connections on port(s) 110 but never answered.",
    );
    expect(r.fired).toEqual(expect.arrayContaining(["not-mail-server", "greeting-refused"]));
    expect(r.ids).toContain("server-busy");
  });

  it("no encryption anywhere, and submission without login", () => {
    const plain = (p: number) =>
      probe(mx, p, "open", {
        security: "none",
        tls: null,
        capabilitiesBeforeTls: [],
        capabilities: ["USER", "PIPELINING"],
      });
    const r = run({ events: [...zone(d, mx), plain(587), plain(110)] });
    expect(r.fired).toEqual(expect.arrayContaining(["starttls-missing", "submission-no-auth"]));
  });

  it("a server named in the link that the guard refused is reported with the reason", () => {
    const r = run({ events: [start(d, [{ input: "127.0.0.1", reason: "ip-literal" }]), ...healthy] });
    expect(r.said("target-refused")).toBe(
      "127.0.0.1 was not checked: Please enter a domain name (like example.com) instead of an IP address.",
    );
  });
});

describe("certificates", () => {
  const withTls = (tls: Partial<NonNullable<ReturnType<typeof trustedTls>>>) =>
    allPorts.map((p) => {
      const base = probe(mx, p);
      return { ...base, tls: base.tls && { ...base.tls, ...tls } };
    });

  it("expired: certificate-invalid with the date, not the customer's SSL setting", () => {
    const r = run({
      events: [
        ...zone(d, mx),
        ...withTls({ authorized: false, error: "CERT_HAS_EXPIRED", validTo: "2021-01-01T00:00:00.000Z" }),
      ],
    });
    expect(r.ids[0]).toBe("certificate-invalid");
    expect(r.ids).not.toContain("tls-mismatch");
    expect(r.said("tls-expired")).toContain("expired on 2021-01-01");
    // The check still proved the encrypted ports answer: the pictures keep SSL (the warning is explained).
    expect(r.settings?.incoming).toMatchObject({ host: mx, port: 993, security: "ssl" });
  });

  it("self-signed: certificate-invalid, said in words", () => {
    const r = run({
      events: [...zone(d, mx), ...withTls({ authorized: false, error: "DEPTH_ZERO_SELF_SIGNED_CERT" })],
    });
    expect(r.ids[0]).toBe("certificate-invalid");
    expect(r.said("tls-untrusted")).toContain("(self-signed certificate)");
  });

  it("another name: the settings use the name the certificate covers", () => {
    const r = run({
      events: [
        ...zone(d, mx),
        ...withTls({
          authorized: false,
          hostnameMatch: false,
          error: "ERR_TLS_CERT_ALTNAME_INVALID",
          altNames: ["www.another-host.test"],
          subject: "www.another-host.test",
        }),
      ],
    });
    expect(r.ids[0]).toBe("certificate-invalid");
    expect(r.said("tls-wrong-name")).toContain("made out for www.another-host.test");
    expect(r.settings?.incoming?.host).toBe("www.another-host.test");
    expect(r.settings?.outgoing?.host).toBe("www.another-host.test");
  });

  it("a TLS handshake that failed outright is a warning, not a certificate problem", () => {
    const r = run({
      events: [
        ...zone(d, mx),
        ...ports(mx, [587, 995]),
        probe(mx, 993, "error", { step: "tls", tls: null, detail: "EPROTO" }),
      ],
    });
    expect(r.fired).toContain("tls-failed");
    expect(r.ids).not.toContain("certificate-invalid");
  });
});

describe("what works", () => {
  it("a healthy domain: sending and receiving work, nothing to blame", () => {
    const r = run({ events: healthy });
    expect(r.findings.map((f) => f.id)).toEqual(["mx-found", "outgoing-ok", "incoming-ok"]);
    expect(r.said("outgoing-ok")).toBe(
      "Sending: mx.example.test, port 465, security SSL/TLS, with login. This works.",
    );
    expect(r.said("incoming-ok", "ko")).toBe(
      "메일 받기(IMAP): mx.example.test, 993번 포트, 보안 SSL/TLS — 정상 동작합니다.",
    );
    expect(r.causes).toEqual([]);
  });

  it("only POP3, or only SMTP", () => {
    expect(run({ events: [...zone(d, mx), ...ports(mx, [110, 995])] }).fired).toContain("outgoing-none");
    expect(run({ events: [...zone(d, mx), ...ports(mx, [465, 587])] }).fired).toContain("incoming-none");
  });

  it("port 25 closed, 465 works; 587 logs in only after STARTTLS", () => {
    const r = run({ events: [...zone(d, mx), ...ports(mx, [465, 587, 993], [25])] });
    expect(r.said("port25-closed-use-other")).toContain("port 465 works");
    const relay = run({ events: [...zone(d, mx), ...ports(mx, [25, 587, 993])] });
    expect(relay.settings?.outgoing).toEqual({ host: mx, port: 587, security: "starttls", auth: true });
    expect(relay.fired).toContain("auth-after-starttls");
  });

  it("mail.<domain> does not exist: use the MX", () => {
    const r = run({
      events: [...healthy, dns(`mail.${d}`, "A", "nxdomain"), dns(`mail.${d}`, "AAAA", "nxdomain")],
    });
    expect(r.said("mail-host-missing")).toBe(
      "There is no server named mail.example.test. Use mx.example.test as the server name in your mail program.",
    );
  });
});

const pop3Refused = message(
  { server: d, protocol: "POP3", port: 110, secure: false, socketError: 10061, errorNumber: "0x800CCC0E" },
  [
    ["connection-refused", 0.8],
    ["server-down", 0.3],
    ["antivirus-interference", 0.2],
  ],
);

describe("the message against the check", () => {
  it("POP3 110 refused, but 110 and 995 answer here: the server is fine, customer-side causes first", () => {
    const r = run({ message: pop3Refused, events: [...zone(d, mx), ...ports(d, [110, 995])] });
    expect(r.said("server-answers", "ko")).toMatch(/^서버는 정상적으로 응답합니다/);
    expect(r.said("server-answers")).toContain("110, 995");
    expect(r.ids).not.toContain("server-down");
  });

  it("without the check, the same message leaves server-down among the causes", () => {
    expect(run({ message: pop3Refused }).ids).toContain("server-down");
  });

  it("the customer's port is closed, another of that protocol open", () => {
    const r = run({
      link: { domain: d, server: mx, port: 995, protocol: "pop3" },
      events: [...zone(d, mx), probe(mx, 995, "refused"), probe(mx, 110)],
    });
    expect(r.said("used-port-closed")).toBe(
      "Port 995 on mx.example.test is closed, but port 110 is open. Please change the port number in your mail program to 110.",
    );
  });

  it("SSL off on an implicit-TLS port", () => {
    const r = run({
      message: message({ server: mx, protocol: "IMAP", port: 993, secure: false, errorNumber: "0x800CCC0E" }),
      events: healthy,
    });
    expect(r.fired).toContain("ssl-port-mismatch");
    expect(r.ids[0]).toBe("tls-mismatch");
  });

  it("mail.<domain> does not resolve while the MX works: server-not-found, suggesting the MX", () => {
    const r = run({
      message: message(
        { server: `mail.${d}`, protocol: "SMTP", port: 25, socketError: 11001, errorNumber: "0x800CCC0D" },
        [["server-not-found", 0.8]],
      ),
      events: [
        ...zone(d, mx),
        dns(`mail.${d}`, "A", "nxdomain"),
        dns(`mail.${d}`, "AAAA", "nxdomain"),
        ...ports(mx, [25, 587, 465, 993]),
      ],
    });
    expect(r.ids[0]).toBe("server-not-found");
    expect(r.said("name-not-found", "ko")).toContain("서버 이름을 mx.example.test(으)로 고쳐 주세요");
    expect(r.settings?.outgoing?.host).toBe(mx);
    expect(r.current).toEqual({ host: `mail.${d}`, port: 25, protocol: "smtp" });
  });

  it("a misspelt name and no better one known", () => {
    const r = run({
      link: { server: "mial.example.test", port: 25, protocol: "smtp" },
      events: [dns("mial.example.test", "A", "nxdomain"), dns("mial.example.test", "AAAA", "nxdomain")],
    });
    expect(r.said("host-not-found")).toBe(
      "The server name mial.example.test does not exist. Please check its spelling.",
    );
    expect(r.ids[0]).toBe("server-not-found");
  });

  it("'host not found' in the message, but the name resolves here: the device's connection", () => {
    const r = run({
      message: message(
        { server: mx, protocol: "POP3", port: 110, socketError: 11004, errorNumber: "0x800CCC0D" },
        [["server-not-found", 0.8]],
      ),
      events: healthy,
    });
    expect(r.fired).toContain("name-resolves-here");
    expect(rank(r.ids, "no-internet")).toBeLessThan(rank(r.ids, "server-not-found"));
  });

  it("a name that resolves but is not the mail server", () => {
    const r = run({
      link: { domain: d, server: "www.example.test", protocol: "imap" },
      events: [...zone(d, mx), ...ports("www.example.test", [], [143, 993]), ...ports(mx, [143, 993])],
    });
    expect(r.said("wrong-server-name")).toContain("Please change the server name to mx.example.test");
    expect(r.ids[0]).toBe("wrong-server-name");
  });

  it("relay denied: outgoing authentication, with the port the check saw offering a login", () => {
    const r = run({
      message: message(
        {
          server: `mail.${d}`,
          protocol: "SMTP",
          port: 25,
          serverResponse: "550 5.7.1 ... Relaying denied. IP name lookup failed [211.174.111.211]",
          errorNumber: "0x800CCC79",
        },
        [["smtp-auth-required", 0.7]],
      ),
      events: [...zone(d, mx), ...ports(mx, [25, 587, 993])],
    });
    expect(r.ids[0]).toBe("smtp-auth-required");
    expect(r.said("relay-needs-auth")).toContain(
      "Port 587 on mx.example.test accepts a login with security STARTTLS",
    );
  });

  it("port 25 refused, 465 open: port25-blocked, with the port that works", () => {
    const r = run({
      message: message(
        { server: mx, protocol: "SMTP", port: 25, socketError: 10061, errorNumber: "0x800CCC0E" },
        [["connection-refused", 0.8]],
      ),
      events: [...zone(d, mx), ...ports(mx, [465, 587], [25])],
    });
    expect(r.ids[0]).toBe("port25-blocked");
    expect(r.said("port25-blocked")).toContain("port 465 on mx.example.test is open");
  });

  it("SMTP refused without a port, and here only 25 refuses: port25-blocked", () => {
    const r = run({
      message: message({ server: mx, protocol: "SMTP" }, [
        ["connection-refused", 0.65],
        ["port25-blocked", 0.3],
      ]),
      events: [...zone(d, mx), ...ports(mx, [465, 587, 993], [25])],
    });
    expect(r.ids[0]).toBe("port25-blocked");
    // With 25 open here, a portless refusal says nothing about port 25.
    const open25 = run({
      message: message({ server: mx, protocol: "SMTP" }, [["connection-refused", 0.65]]),
      events: [...zone(d, mx), ...ports(mx, [25, 465, 587])],
    });
    expect(open25.fired).not.toContain("port25-blocked");
  });

  it("every port of the server refuses: server-down outranks a refusal the message names", () => {
    const r = run({
      message: message({ server: mx, protocol: "SMTP" }, [
        ["connection-refused", 0.81],
        ["port25-blocked", 0.5],
      ]),
      events: [...zone(d, mx), ...ports(mx, [], allPorts)],
    });
    expect(r.ids[0]).toBe("server-down");
  });

  it("timed out, while here the server answers at once: the SSL setting and the port disagree", () => {
    const timeout = message({ server: mx, protocol: "IMAP" }, [
      ["connection-timeout", 0.45],
      ["tls-mismatch", 0.2],
    ]);
    const r = run({ message: timeout, events: healthy });
    expect(r.ids[0]).toBe("tls-mismatch");
    expect(r.said("answers-where-silent")).toContain("mx.example.test answers at once on port 143, 993");
    // A silent server here is what the message said: no SSL guess.
    const silent = run({
      message: timeout,
      events: [...zone(d, mx), probe(mx, 993, "timeout", { step: "tls" }), ...ports(mx, [143])],
    });
    expect(silent.fired).not.toContain("answers-where-silent");
    // SSL on for 993 already matches: the timeout is something else.
    const matching = message({ server: mx, protocol: "IMAP", port: 993, secure: true }, [
      ["connection-timeout", 0.7],
    ]);
    expect(run({ message: matching, events: healthy }).fired).not.toContain("answers-where-silent");
    // Sending with no port named: a port-25 block looks the same from the program and cannot be seen
    // from here, so it stays first; the SSL setting follows.
    const sending = run({
      message: message({ server: mx, protocol: "SMTP" }, [
        ["connection-timeout", 0.55],
        ["port25-blocked", 0.45],
        ["tls-mismatch", 0.25],
      ]),
      events: healthy,
    });
    expect(sending.ids.slice(0, 2)).toEqual(["port25-blocked", "tls-mismatch"]);
  });

  it("'User unknown in relay recipient table' is an unknown address, not a relay refusal", () => {
    const r = run({
      message: message(
        {
          protocol: "SMTP",
          serverResponse:
            "<nobody@example.test>: Recipient address rejected: User unknown in relay recipient table.",
        },
        [["recipient-unknown", 0.87]],
      ),
      events: [...zone(d, mx), ...ports(mx, [587, 465])],
    });
    expect(r.fired).not.toContain("relay-needs-auth");
    expect(r.ids[0]).toBe("recipient-unknown");
  });

  it("no refusal, and the mail server answers: not down", () => {
    expect(run({ link: { domain: d, symptom: "receive" }, events: healthy }).fired).toContain(
      "mail-host-answers",
    );
  });

  it("127.0.0.1 or port 1110: an antivirus program, and POP3 is kept", () => {
    const local = run({
      message: message({ server: "127.0.0.1", protocol: "POP3", port: 110, socketError: 10061 }, [
        ["antivirus-interference", 0.9],
      ]),
      events: healthy,
    });
    expect(local.ids[0]).toBe("antivirus-interference");
    expect(local.fired).toContain("local-server");
    expect(local.settings?.incoming).toMatchObject({ protocol: "pop3", port: 995, host: mx });
    const port = run({ link: { domain: d, server: d, port: 1110, protocol: "pop3" }, events: healthy });
    expect(port.said("local-port")).toContain("port 1110");
    expect(port.ids[0]).toBe("antivirus-interference");
  });

  it("a decoder runner-up is not what the message said: 550 5.1.1 stays recipient-unknown", () => {
    const r = run({
      message: message({ protocol: "SMTP", serverResponse: "550 5.1.1 User unknown", smtpCode: 550 }, [
        ["recipient-unknown", 0.98],
        ["smtp-auth-required", 0.12],
      ]),
      events: [...zone(d, mx), ...ports(mx, [587, 465])],
    });
    expect(r.fired).not.toContain("relay-needs-auth");
    expect(r.ids[0]).toBe("recipient-unknown");
  });

  it("530 Must issue a STARTTLS command first stays tls-required", () => {
    const r = run({
      message: message(
        { protocol: "SMTP", serverResponse: "530 5.7.0 Must issue a STARTTLS command first" },
        [
          ["tls-required", 0.95],
          ["smtp-auth-required", 0.56],
        ],
      ),
      events: [...zone(d, mx), ...ports(mx, [587, 465])],
    });
    expect(r.fired).not.toContain("relay-needs-auth");
    expect(r.ids[0]).toBe("tls-required");
  });
});

describe("the answers", () => {
  it("no internet / internet works", () => {
    expect(run({ answers: { internet: "no" } }).ids[0]).toBe("no-internet");
    expect(run({ answers: { internet: "yes" } }).fired).toContain("answer-internet-works");
  });

  it("webmail shows the mail / webmail is empty too", () => {
    const shows = run({ answers: { webmail: "yes" }, events: [...zone(d, mx), ...ports(mx, [], allPorts)] });
    expect(shows.fired).toContain("answer-webmail-shows");
    expect(run({ answers: { webmail: "no" } }).fired).toContain("answer-webmail-missing");
  });

  it("stopped suddenly; receiving still works", () => {
    expect(run({ answers: { sudden: "yes" } }).fired).toContain("answer-stopped-suddenly");
    expect(run({ link: { symptom: "send" }, answers: { receives: "yes" } }).fired).toContain(
      "answer-receive-works",
    );
  });

  it("a cause the program cannot have is never offered: no Outlook data file on an iPhone", () => {
    const link = (client: "ios-mail" | "outlook") =>
      ({ symptom: "receive", client, domain: d }) as const satisfies LinkParams;
    const answers = { webmail: "yes", sudden: "yes" } as const;
    expect(run({ link: link("ios-mail"), answers }).ids).not.toContain("data-file-problem");
    expect(run({ link: link("outlook"), answers }).ids).toContain("data-file-problem");
  });
});

afterAll(() => {
  // Every rule has a scenario above that makes it hold.
  expect(rules.map((r) => r.id).filter((id) => !seen.has(id))).toEqual([]);
});
