// The automatic-setup endpoints (SPEC §8) end to end, by import, against the loopback rig: each document
// is parsed back (plist, XML) and every value compared with what the live check itself said works.
import net from "node:net";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { inject } from "vitest";
import { GET as autoconfigWellKnown } from "@/app/.well-known/autoconfig/mail/config-v1.1.xml/route";
import { GET as apple } from "@/app/api/setup/apple/route";
import { POST as autodiscover } from "@/app/autodiscover/autodiscover.xml/route";
import { GET as autoconfigMail } from "@/app/mail/config-v1.1.xml/route";
import { errorBodySchema, type WorkingSettings } from "@/lib/api/schema";
import { rigControl } from "@/lib/probe/rig-harness";
import { checkedSettings, headersFor, outlookRequest, plistOf, xmlOf } from "@/lib/testing/setup-requests";
import { autodiscoverSchemas } from "./autodiscover";
import { profileIdentifier } from "./apple-profile";

const served = [
  "good.test",
  "relay.test",
  "nostarttls.test",
  "pop3only.test",
  "private-mx.test",
  "down.test",
];

beforeAll(() => {
  const rig = inject("rig");
  process.env.MAILDOC_DNS_SERVERS = rig.dnsServer;
  process.env.MAILDOC_ALLOW_CIDRS = rig.allowCidrs;
  process.env.MAILDOC_TRUST_PROXY = "1";
  process.env.MAILDOC_EHLO_NAME = "probe.maildoc.test";
  process.env.MAILDOC_SETUP_DOMAINS = served.join(",");
});

// Every socket the app opens goes through net.connect (lib/probe); record where they go.
const connects: string[] = [];
const realConnect = net.connect;
vi.spyOn(net, "connect").mockImplementation(((...args: Parameters<typeof net.connect>) => {
  connects.push((args[0] as { host?: string }).host ?? "?");
  return realConnect(...args);
}) as typeof net.connect);
afterEach(() => {
  connects.length = 0;
});

const get = (handler: (r: Request) => Promise<Response>, path: string, client: string) =>
  handler(new Request(`http://localhost${path}`, { headers: headersFor(client) }));
const useSsl = (security: string) => security !== "none";

describe("GET /api/setup/apple: the profile carries exactly what the check proved", () => {
  const customers = [
    // [address, protocol asked for, what the check is asked (a POP3 customer names a POP3 server), expected]
    ["kim@good.test", "imap", {}, "IMAP mail.good.test:993 ssl, mail.good.test:465 ssl"],
    [
      "lee@good.test",
      "pop3",
      { servers: [{ host: "mail.good.test", protocol: "pop3" }] },
      "POP mail.good.test:995 ssl, mail.good.test:465 ssl",
    ],
    ["park@relay.test", "imap", {}, "IMAP mail.relay.test:993 ssl, mail.relay.test:587 starttls"],
    ["choi@nostarttls.test", "imap", {}, "IMAP mail.nostarttls.test:143 none, mail.nostarttls.test:587 none"],
  ] as const;

  it.each(customers)("%s (%s)", async (email, protocol, request, expected) => {
    const domain = email.split("@")[1]!;
    const client = `198.51.100.${customers.findIndex((c) => c[0] === email) + 20}`;
    const settings = (await checkedSettings({ domain, ...request }, client)) as WorkingSettings;
    const { incoming, outgoing } = { incoming: settings.incoming!, outgoing: settings.outgoing! };
    // The check's answer is the one the rig README documents, so a wrong chooser cannot pass unnoticed.
    const summary = `${incoming.protocol === "imap" ? "IMAP" : "POP"} ${incoming.host}:${incoming.port} ${incoming.security}, ${outgoing.host}:${outgoing.port} ${outgoing.security}`;
    expect(summary).toBe(expected);

    // The check just run is reused from the cache: this download opens no socket of its own.
    connects.length = 0;
    const response = await get(apple, `/api/setup/apple?email=${email}&lang=ko&protocol=${protocol}`, client);
    expect(connects).toEqual([]);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/x-apple-aspen-config");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${domain}.mobileconfig"`);
    const text = await response.text();
    expect(text).not.toMatch(/Password<\/key>\s*<string>/); // no password of any kind
    const profile = plistOf(text);
    const [mail, ...others] = profile.PayloadContent as Record<string, unknown>[];
    expect(others).toEqual([]);
    const id = profileIdentifier(email);
    expect(profile).toMatchObject({
      PayloadType: "Configuration",
      PayloadVersion: 1,
      PayloadIdentifier: id,
      PayloadDisplayName: `${domain} 메일`,
      PayloadRemovalDisallowed: false,
    });
    expect(String(profile.PayloadDescription)).toContain(`${email} 메일 계정을 설정합니다`);
    expect(mail).toEqual({
      PayloadType: "com.apple.mail.managed",
      PayloadVersion: 1,
      PayloadIdentifier: `${id}.mail`,
      PayloadUUID: expect.stringMatching(
        /^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/,
      ),
      PayloadDisplayName: `${domain} 메일`,
      PayloadDescription: profile.PayloadDescription,
      EmailAccountDescription: email,
      EmailAccountType: incoming.protocol === "imap" ? "EmailTypeIMAP" : "EmailTypePOP",
      EmailAddress: email,
      IncomingMailServerHostName: incoming.host,
      IncomingMailServerPortNumber: incoming.port,
      IncomingMailServerUseSSL: useSsl(incoming.security),
      IncomingMailServerAuthentication: "EmailAuthPassword",
      IncomingMailServerUsername: email,
      OutgoingMailServerHostName: outgoing.host,
      OutgoingMailServerPortNumber: outgoing.port,
      OutgoingMailServerUseSSL: useSsl(outgoing.security),
      OutgoingMailServerAuthentication: "EmailAuthPassword",
      OutgoingMailServerUsername: email,
      OutgoingPasswordSameAsIncomingPassword: true,
    });
    // Numbers are plist integers and switches real booleans, as Apple's payload reference asks.
    expect(text).toContain(`<integer>${incoming.port}</integer>`);
    expect(text).toMatch(/<key>OutgoingPasswordSameAsIncomingPassword<\/key>\s*<true\/>/);
  });

  it("keeps identifiers per address and makes fresh UUIDs per download; English when asked", async () => {
    const once = plistOf(
      await (await get(apple, "/api/setup/apple?email=kim@good.test&lang=en", "198.51.100.30")).text(),
    );
    const twice = plistOf(
      await (await get(apple, "/api/setup/apple?email=kim@good.test&lang=en", "198.51.100.30")).text(),
    );
    expect(twice.PayloadIdentifier).toBe(once.PayloadIdentifier);
    expect(twice.PayloadUUID).not.toBe(once.PayloadUUID);
    expect(once.PayloadDisplayName).toBe("good.test mail");
    const other = plistOf(
      await (await get(apple, "/api/setup/apple?email=lee@good.test&lang=en", "198.51.100.30")).text(),
    );
    expect(other.PayloadIdentifier).not.toBe(once.PayloadIdentifier);
  });
});

describe("Thunderbird autoconfig", () => {
  it.each([
    ["/.well-known/autoconfig/mail/config-v1.1.xml", autoconfigWellKnown],
    ["/mail/config-v1.1.xml", autoconfigMail],
  ] as const)("%s lists IMAP and POP3 where they work and the outgoing server", async (path, handler) => {
    const client = path.startsWith("/.well") ? "198.51.100.40" : "198.51.100.41";
    const imap = (await checkedSettings({ domain: "good.test" }, client))!;
    const pop3 = (await checkedSettings(
      { domain: "good.test", servers: [{ host: "mail.good.test", protocol: "pop3" }] },
      client,
    ))!;
    const response = await get(handler, `${path}?emailaddress=kim%40good.test`, client);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    const doc = xmlOf(await response.text());
    const root = doc.documentElement!;
    expect([root.tagName, root.getAttribute("version")]).toEqual(["clientConfig", "1.1"]);
    const provider = root.getElementsByTagName("emailProvider")[0]!;
    expect(provider.getAttribute("id")).toBe("good.test");
    expect(provider.getElementsByTagName("domain")[0]?.textContent).toBe("good.test");
    const servers = [
      ...root.getElementsByTagName("incomingServer"),
      ...root.getElementsByTagName("outgoingServer"),
    ].map((s) => ({
      type: s.getAttribute("type"),
      ...Object.fromEntries(
        ["hostname", "port", "socketType", "authentication", "username"].map((k) => [
          k,
          s.getElementsByTagName(k)[0]?.textContent,
        ]),
      ),
    }));
    const socketType = { ssl: "SSL", starttls: "STARTTLS", none: "plain" };
    const entry = (type: string, s: { host: string; port: number; security: keyof typeof socketType }) => ({
      type,
      hostname: s.host,
      port: String(s.port),
      socketType: socketType[s.security],
      authentication: "password-cleartext",
      username: "%EMAILADDRESS%",
    });
    expect(servers).toEqual([
      entry("imap", imap.incoming!),
      entry("pop3", pop3.incoming!),
      entry("smtp", imap.outgoing!),
    ]);
    expect(pop3.incoming).toMatchObject({ protocol: "pop3", port: 995 });
  });

  it("answers 404 when the domain has no working outgoing server (pop3only.test)", async () => {
    const response = await get(
      autoconfigMail,
      "/mail/config-v1.1.xml?emailaddress=kim@pop3only.test",
      "198.51.100.42",
    );
    expect(response.status).toBe(404);
    const body = errorBodySchema.parse(await response.json());
    expect(body.error).toEqual({
      code: "not_found",
      message:
        "No outgoing mail server (SMTP on 465 or 587) of pop3only.test answers right now, so no automatic setup can be made.",
    });
  });
});

describe("Outlook autodiscover (POX)", () => {
  const post = (body: string, client: string) =>
    autodiscover(
      new Request("http://localhost/autodiscover/autodiscover.xml", {
        method: "POST",
        headers: headersFor(client, { "content-type": "text/xml" }),
        body,
      }),
    );

  it("answers Outlook's own request with the working IMAP, POP3 and SMTP servers", async () => {
    const client = "198.51.100.50";
    const imap = (await checkedSettings({ domain: "relay.test" }, client))!;
    const pop3 = (await checkedSettings(
      { domain: "relay.test", servers: [{ host: "mail.relay.test", protocol: "pop3" }] },
      client,
    ))!;
    const response = await post(outlookRequest("park@relay.test"), client);
    expect(response.status).toBe(200);
    const doc = xmlOf(await response.text());
    const root = doc.documentElement!;
    expect([root.localName, root.namespaceURI]).toEqual(["Autodiscover", autodiscoverSchemas.response]);
    const inner = (name: string) =>
      Array.from(root.getElementsByTagNameNS(autodiscoverSchemas.outlook, name));
    expect(inner("Response")).toHaveLength(1);
    expect(inner("AccountType")[0]?.textContent).toBe("email");
    expect(inner("Action")[0]?.textContent).toBe("settings");
    const protocols = inner("Protocol").map((p) =>
      Object.fromEntries(
        Array.from(p.childNodes)
          .filter((n) => n.nodeType === 1)
          .map((n) => [n.localName, n.textContent]),
      ),
    );
    const encryption = { ssl: "SSL", starttls: "TLS", none: "None" };
    const expected = (
      type: string,
      s: { host: string; port: number; security: keyof typeof encryption },
    ) => ({
      Type: type,
      Server: s.host,
      Port: String(s.port),
      DomainRequired: "off",
      LoginName: "park@relay.test",
      SPA: "off",
      SSL: s.security === "none" ? "off" : "on",
      Encryption: encryption[s.security],
      AuthRequired: "on",
      ...(type === "SMTP" ? { UsePOPAuth: "on", SMTPLast: "off" } : {}),
    });
    expect(protocols).toEqual([
      expected("IMAP", imap.incoming!),
      expected("POP3", pop3.incoming!),
      expected("SMTP", imap.outgoing!),
    ]);
    expect(protocols[2]).toMatchObject({ Port: "587", Encryption: "TLS" });
  });

  it.each([
    ["not XML", "hello", 400],
    [
      "another root",
      `<Request xmlns="${autodiscoverSchemas.request}"><EMailAddress>a@good.test</EMailAddress></Request>`,
      400,
    ],
    ["a DTD (entity expansion)", `<!DOCTYPE a [<!ENTITY x "x">]>${outlookRequest("a@good.test")}`, 400],
    ["no address", outlookRequest(""), 400],
    [
      "the ActiveSync schema",
      outlookRequest(
        "a@good.test",
        "http://schemas.microsoft.com/exchange/autodiscover/mobilesync/responseschema/2006",
      ),
      404,
    ],
  ] as const)("refuses %s without a check", async (_, body, status) => {
    const response = await post(body, "198.51.100.51");
    expect(response.status).toBe(status);
    expect(errorBodySchema.parse(await response.json()).error.code).toBe(
      status === 400 ? "invalid_request" : "not_found",
    );
    expect(connects).toEqual([]);
  });

  it("refuses a body over 16 KiB with 413", async () => {
    const response = await post(outlookRequest("a@good.test") + " ".repeat(17 * 1024), "198.51.100.52");
    expect(response.status).toBe(413);
  });
});

describe("refusals: the right error, and no socket where the guard refuses", () => {
  const queries = (name: string) => rigControl(`mx.${name}.queries.rig.test`).then(Number);

  it("a domain outside MAILDOC_SETUP_DOMAINS: 404 before any lookup", async () => {
    const before = await queries("mxonly.test");
    const response = await get(apple, "/api/setup/apple?email=kim@mxonly.test", "198.51.100.60");
    expect(response.status).toBe(404);
    expect(errorBodySchema.parse(await response.json()).error).toEqual({
      code: "not_found",
      message: "Automatic setup for this domain is not offered here.",
    });
    expect(await queries("mxonly.test")).toBe(before);
    expect(connects).toEqual([]);
  });

  it.each([
    ["kim@localhost", 422, "target_not_allowed"],
    ["kim@127.0.0.1", 422, "target_not_allowed"],
    ["kim@nas.local", 422, "target_not_allowed"],
    ["kim@[127.0.0.1]", 400, "invalid_request"],
    ["not-an-address", 400, "invalid_request"],
    ["kim@", 400, "invalid_request"],
    ["a b@good.test", 400, "invalid_request"],
    ["", 400, "invalid_request"],
  ] as const)("%j: %i %s, no socket", async (email, status, code) => {
    const response = await get(apple, `/api/setup/apple?email=${encodeURIComponent(email)}`, "198.51.100.61");
    expect(response.status).toBe(status);
    expect(errorBodySchema.parse(await response.json()).error.code).toBe(code);
    expect(connects).toEqual([]);
  });

  it("a domain whose mail host is on a private address: looked up, never connected, 404", async () => {
    const response = await get(
      autoconfigMail,
      "/mail/config-v1.1.xml?emailaddress=kim@private-mx.test",
      "198.51.100.62",
    );
    expect(response.status).toBe(404);
    expect(errorBodySchema.parse(await response.json()).error.code).toBe("not_found");
    expect(connects).not.toContain("10.0.0.25");
  });

  it("a domain whose servers all refuse: 404 nothing works", async () => {
    const response = await get(apple, "/api/setup/apple?email=kim@down.test", "198.51.100.63");
    expect(response.status).toBe(404);
    expect(errorBodySchema.parse(await response.json()).error.message).toBe(
      "No mail server of down.test answers right now, so no automatic setup can be made.",
    );
  });

  it("the 11th request of a client in a minute: 429 with Retry-After, no socket", async () => {
    const client = "198.51.100.64";
    for (let i = 0; i < 10; i++)
      expect((await get(apple, "/api/setup/apple?email=kim@good.test", client)).status).toBe(200);
    connects.length = 0;
    const refused = await get(apple, "/api/setup/apple?email=kim@good.test", client);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(errorBodySchema.parse(await refused.json()).error.code).toBe("rate_limited");
    expect(connects).toEqual([]);
  });
});
