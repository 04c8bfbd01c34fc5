import { describe, expect, it } from "vitest";
import { settingsSchema } from "@/lib/api/schema";
import type { DnsEvent } from "./dns-lookup";
import { deriveFindings, type FindingsContext } from "./findings";
import type { ProbeEvent } from "./port-probe";
import type { TlsInfo } from "./tls-facts";

const dns = (
  name: string,
  rrtype: DnsEvent["rrtype"],
  status: DnsEvent["status"],
  records: DnsEvent["records"] = [],
): DnsEvent => ({
  type: "dns",
  name,
  rrtype,
  status,
  records,
  ms: 1,
});
const trusted = (host: string): TlsInfo => ({
  version: "TLSv1.3",
  authorized: true,
  error: null,
  subject: host,
  altNames: [host],
  issuer: "CA",
  validTo: "2030-01-01T00:00:00.000Z",
  hostnameMatch: true,
});
const protocolOf: Record<number, ProbeEvent["protocol"]> = {
  25: "smtp",
  465: "smtp",
  587: "smtp",
  110: "pop3",
  995: "pop3",
  143: "imap",
  993: "imap",
};
const capsOf: Record<ProbeEvent["protocol"], string[]> = {
  smtp: ["PIPELINING", "AUTH PLAIN LOGIN"],
  pop3: ["USER", "SASL PLAIN"],
  imap: ["IMAP4REV1", "AUTH=PLAIN"],
};
function probe(host: string, port: number, over: Partial<ProbeEvent> = {}): ProbeEvent {
  const protocol = protocolOf[port] ?? "smtp";
  const ssl = [465, 995, 993].includes(port);
  return {
    type: "probe",
    host,
    ip: "192.0.2.10",
    port,
    protocol,
    status: "open",
    banner: "220 ready",
    capabilities: capsOf[protocol],
    tls: trusted(host),
    ms: 5,
    security: ssl ? "ssl" : "starttls",
    capabilitiesBeforeTls: ssl ? [] : ["STARTTLS"],
    step: "done",
    detail: null,
    ...over,
  };
}
const allPorts = [25, 465, 587, 110, 995, 143, 993];
const context = (over: Partial<FindingsContext> = {}): FindingsContext => ({
  domain: "example.com",
  servers: [],
  refused: [],
  locale: "en",
  ...over,
});
const healthyDns = [
  dns("example.com", "MX", "ok", [{ exchange: "mx.example.com", priority: 10 }]),
  dns("example.com", "TXT", "ok", ["v=spf1 mx -all"]),
  dns("_dmarc.example.com", "TXT", "ok", ["v=DMARC1; p=none"]),
  dns("mail.example.com", "A", "ok", ["192.0.2.10"]),
];
const ids = (result: ReturnType<typeof deriveFindings>) => result.findings.map((f) => f.id);

describe("findings of the check alone", () => {
  it("a healthy domain: MX found, sending and receiving work, settings filled in", () => {
    const result = deriveFindings(
      [
        ...healthyDns,
        ...allPorts.map((p) => probe("mx.example.com", p)),
        ...allPorts.map((p) => probe("mail.example.com", p)),
      ],
      context(),
    );
    expect(ids(result)).toEqual(["mx-found", "outgoing-ok", "incoming-ok"]);
    expect(result.settings).toEqual({
      incoming: { host: "mail.example.com", port: 993, protocol: "imap", security: "ssl" },
      outgoing: { host: "mail.example.com", port: 465, security: "ssl", auth: true },
    });
    expect(settingsSchema.safeParse(result.settings).success).toBe(true);
    expect(result.causes).toEqual([]);
  });

  it("keeps the customer's POP3 when they use it", () => {
    const result = deriveFindings(
      [...healthyDns, ...allPorts.map((p) => probe("mx.example.com", p))],
      context({ prefer: "pop3" }),
    );
    expect(result.settings?.incoming).toMatchObject({ protocol: "pop3", port: 995 });
  });

  it("a domain that does not exist points at domain-dns-broken", () => {
    const result = deriveFindings(
      [dns("nope.example", "MX", "nxdomain"), dns("nope.example", "A", "nxdomain")],
      context({ domain: "nope.example" }),
    );
    expect(ids(result)).toEqual(["domain-not-found"]);
    expect(result.causes[0]).toMatchObject({ id: "domain-dns-broken", confidence: 0.9 });
    expect(result.settings).toBeNull();
  });

  it("every port closed on the mail host is server-down", () => {
    const closed = allPorts.map((p) =>
      probe("mx.example.com", p, {
        status: "refused",
        step: "connect",
        banner: null,
        tls: null,
        capabilities: [],
      }),
    );
    const result = deriveFindings([...healthyDns, ...closed], context());
    expect(result.findings[0]).toMatchObject({ id: "server-down", severity: "fail" });
    expect(result.causes[0]).toMatchObject({ id: "server-down", confidence: 0.8 });
  });

  it("port 25 closed while 587 works says to use 587 (or the SSL port)", () => {
    const events = [
      ...healthyDns,
      ...[465, 587, 995].map((p) => probe("mx.example.com", p)),
      probe("mx.example.com", 25, { status: "timeout", step: "connect", banner: null, tls: null }),
    ];
    const result = deriveFindings(events, context());
    expect(ids(result)).toContain("port25-closed-use-other");
    expect(result.findings.find((f) => f.id === "port25-closed-use-other")?.message).toBe(
      "mx.example.com does not answer on port 25, but port 465 works. Set the outgoing (SMTP) server port to 465.",
    );
  });

  it("AUTH offered only after STARTTLS is explained; a port without AUTH is not a sending setting", () => {
    const events = [
      ...healthyDns,
      probe("mx.example.com", 587, { capabilitiesBeforeTls: ["PIPELINING", "STARTTLS"] }),
      probe("mx.example.com", 25, { capabilities: ["PIPELINING"], capabilitiesBeforeTls: ["STARTTLS"] }),
    ];
    const result = deriveFindings(events, context({ locale: "ko" }));
    expect(result.settings?.outgoing).toEqual({
      host: "mx.example.com",
      port: 587,
      security: "starttls",
      auth: true,
    });
    expect(result.findings.find((f) => f.id === "auth-after-starttls")?.message).toContain("STARTTLS");
  });

  it("an expired certificate is a tls-mismatch with the date, and not a working setting", () => {
    const expired: TlsInfo = {
      ...trusted("mx.example.com"),
      authorized: false,
      error: "CERT_HAS_EXPIRED",
      validTo: "2021-01-01T00:00:00.000Z",
    };
    const result = deriveFindings(
      [...healthyDns, ...allPorts.map((p) => probe("mx.example.com", p, { tls: expired }))],
      context(),
    );
    expect(result.findings[0]?.message).toContain("expired on 2021-01-01");
    expect(result.causes[0]).toMatchObject({ id: "tls-mismatch", confidence: 0.6 });
    expect(result.settings).toBeNull();
  });

  it("a certificate for another name names the name it is for", () => {
    const other: TlsInfo = {
      ...trusted("www.other.test"),
      authorized: false,
      error: "ERR_TLS_CERT_ALTNAME_INVALID",
      hostnameMatch: false,
    };
    const result = deriveFindings([...healthyDns, probe("mx.example.com", 993, { tls: other })], context());
    expect(result.findings.find((f) => f.id === "tls-wrong-name")?.message).toContain("www.other.test");
  });

  it("mail.<domain> missing while the MX works: use the MX name (wizard rule)", () => {
    const events = [
      dns("example.com", "MX", "ok", [{ exchange: "mx.example.com", priority: 10 }]),
      dns("mail.example.com", "A", "nxdomain"),
      dns("mail.example.com", "AAAA", "nxdomain"),
      ...allPorts.map((p) => probe("mx.example.com", p)),
    ];
    const result = deriveFindings(events, context());
    expect(result.findings.find((f) => f.id === "mail-host-missing")?.message).toBe(
      "There is no server named mail.example.com. Use mx.example.com as the server name in your mail program.",
    );
  });

  it("an MX on a private address is reported, never probed", () => {
    const blocked = allPorts.map((p) =>
      probe("mx.example.com", p, {
        status: "blocked",
        step: "guard",
        detail: "private",
        ip: "10.0.0.25",
        banner: null,
        tls: null,
      }),
    );
    const result = deriveFindings([...healthyDns.slice(0, 1), ...blocked], context());
    expect(result.findings[0]).toMatchObject({ id: "address-blocked", severity: "fail" });
    expect(result.findings[0]?.message).toContain("10.0.0.25");
  });

  it("names a server from the message that does not exist", () => {
    const result = deriveFindings(
      [dns("mial.example.com", "A", "nxdomain"), dns("mial.example.com", "AAAA", "nxdomain")],
      context({ domain: null, servers: [{ host: "mial.example.com", port: 110, protocol: "pop3" }] }),
    );
    expect(result.causes[0]).toMatchObject({ id: "server-not-found", confidence: 0.8 });
  });

  it("says which targets it refused to check, and which checks were cut short", () => {
    const queued = probe("mx.example.com", 143, {
      status: "timeout",
      step: "queued",
      detail: "not-started",
      banner: null,
      tls: null,
    });
    const result = deriveFindings(
      [...healthyDns, queued],
      context({ refused: [{ input: "127.0.0.1", reason: "ip-literal" }] }),
    );
    expect(result.findings.find((f) => f.id === "target-refused")?.message).toBe(
      "127.0.0.1 was not checked: Please enter a domain name (like example.com) instead of an IP address.",
    );
    expect(ids(result)).toContain("check-incomplete");
  });

  it("warns about missing SPF and DMARC", () => {
    const result = deriveFindings(
      [
        dns("example.com", "MX", "ok", [{ exchange: "mx.example.com", priority: 10 }]),
        dns("example.com", "TXT", "nodata"),
        dns("_dmarc.example.com", "TXT", "nxdomain"),
      ],
      context(),
    );
    expect(ids(result)).toEqual(expect.arrayContaining(["spf-missing", "dmarc-missing"]));
  });

  it("sorts failures first", () => {
    const closed = allPorts.map((p) =>
      probe("mx.example.com", p, { status: "refused", step: "connect", banner: null, tls: null }),
    );
    const result = deriveFindings([...healthyDns, ...closed], context());
    const order = result.findings.map((f) => f.severity);
    expect(order).toEqual(
      [...order].sort((a, b) => ["fail", "warn", "ok"].indexOf(a) - ["fail", "warn", "ok"].indexOf(b)),
    );
  });
});
