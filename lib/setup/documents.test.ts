// The document builders on their own: what a strange address does to the XML, which incoming server a
// profile carries, and how Outlook's request is read. The rig test compares them with real checks.
import { describe, expect, it } from "vitest";
import { plistOf, outlookRequest, xmlOf } from "@/lib/testing/setup-requests";
import type { SetupAccount } from "./account";
import { buildAppleProfile, profileIdentifier } from "./apple-profile";
import { buildAutoconfig } from "./autoconfig";
import { autodiscoverSchemas, buildAutodiscover, readAutodiscoverRequest } from "./autodiscover";
import { readSetupAddress } from "./setup-address";

const server = (host: string, port: number, security: "ssl" | "starttls" | "none" = "ssl") => ({
  host,
  port,
  security,
});
const popOnly: SetupAccount = {
  email: `o'neil&<co>@example.com`,
  domain: "example.com",
  incoming: { imap: null, pop3: server("pop.example.com", 995) },
  outgoing: server("smtp.example.com", 587, "starttls"),
};
let n = 0;
const options = {
  locale: "en" as const,
  checkedAt: new Date("2026-12-01T00:00:00Z"),
  newUuid: () => `UUID-${++n}`,
};

describe("Apple profile", () => {
  it("falls back to the protocol that works, and escapes the address", () => {
    const text = buildAppleProfile(popOnly, { ...options, prefer: "imap" });
    expect(text).toContain("o'neil&amp;&lt;co&gt;@example.com");
    const mail = (plistOf(text).PayloadContent as Record<string, unknown>[])[0];
    expect(mail).toMatchObject({
      EmailAccountType: "EmailTypePOP",
      EmailAddress: popOnly.email,
      IncomingMailServerPortNumber: 995,
      OutgoingMailServerUseSSL: true,
    });
    expect(plistOf(text).PayloadDescription).toBe(
      `Sets up the mail account ${popOnly.email}. You are asked for your mail password while installing. Server settings checked by Mail Doctor on 2026-12-01.`,
    );
  });

  it("keeps one identifier per address, whatever its case", () => {
    expect(profileIdentifier("Kim@Good.test")).toBe(profileIdentifier("kim@good.test"));
    expect(profileIdentifier("kim@good.test")).toMatch(/^doctor\.mail\.setup\.test\.good\.[0-9a-f]{16}$/);
    expect(profileIdentifier("lee@good.test")).not.toBe(profileIdentifier("kim@good.test"));
  });
});

describe("Thunderbird autoconfig", () => {
  it("lists only the protocols that work, POP3 keeping mail on the server", () => {
    const doc = xmlOf(buildAutoconfig(popOnly));
    const incoming = Array.from(doc.getElementsByTagName("incomingServer"));
    expect(incoming.map((s) => s.getAttribute("type"))).toEqual(["pop3"]);
    expect(doc.getElementsByTagName("leaveMessagesOnServer")[0]?.textContent).toBe("true");
    expect(
      doc.getElementsByTagName("outgoingServer")[0]?.getElementsByTagName("socketType")[0]?.textContent,
    ).toBe("STARTTLS");
  });
});

describe("Outlook autodiscover", () => {
  it("reads Outlook's request, with whitespace and a LegacyDN", () => {
    const body = outlookRequest("  kim@example.com  ").replace(
      "<Request>",
      "<Request><LegacyDN>/o=x</LegacyDN>",
    );
    expect(readAutodiscoverRequest(body)).toEqual({ ok: true, email: "kim@example.com" });
  });

  it("refuses a request in no namespace or another one", () => {
    const bare = outlookRequest("kim@example.com").replace(` xmlns="${autodiscoverSchemas.request}"`, "");
    expect(readAutodiscoverRequest(bare)).toEqual({ ok: false, reason: "malformed" });
    expect(readAutodiscoverRequest("<a><b></a>")).toEqual({ ok: false, reason: "malformed" });
  });

  it("writes an escaped LoginName and no IMAP entry when only POP3 works", () => {
    const doc = xmlOf(buildAutodiscover(popOnly));
    const types = Array.from(doc.getElementsByTagNameNS(autodiscoverSchemas.outlook, "Type")).map(
      (t) => t.textContent,
    );
    expect(types).toEqual(["POP3", "SMTP"]);
    expect(doc.getElementsByTagNameNS(autodiscoverSchemas.outlook, "LoginName")[0]?.textContent).toBe(
      popOnly.email,
    );
  });
});

describe("the address of a setup request", () => {
  it.each([
    ["kim@example.com", "kim@example.com"],
    ["  kim@example.com ", "kim@example.com"],
    ["김@한국.kr", "김@한국.kr"],
    ["kim@", null],
    ["@example.com", null],
    ["kim@a@b.com", null],
    ["kim <kim@example.com>", null],
    [`${"a".repeat(65)}@example.com`, null],
    [null, null],
  ])("%j → %j", (raw, expected) => {
    expect(readSetupAddress(raw)).toBe(expected);
  });
});
