import { describe, expect, it } from "vitest";
import { dialogIds, dialogSpec } from "@/lib/dialogs/registry";
import { drawPicture, fieldMarkup, fieldText } from "@/lib/testing/draw-picture";
import { deriveFixValues } from "./values";

const customer = (protocol: "pop3" | "imap", locale: "ko" | "en" = "en") =>
  deriveFixValues({ params: { email: "kim@customer.kr", protocol }, locale });

describe("every drawing", () => {
  it.each(
    dialogIds.flatMap((id) =>
      (["ko", "en"] as const).flatMap((l) => (["pop3", "imap"] as const).map((p) => [id, l, p] as const)),
    ),
  )("%s (%s, %s) draws every field of its registry entry, and nothing else", (id, locale, protocol) => {
    const html = drawPicture(id, customer(protocol, locale), locale);
    const drawn = [...html.matchAll(/data-field="([^"]+)"/g)].map((m) => m[1]).sort();
    expect(drawn).toEqual(Object.keys(dialogSpec(id).fields).sort());
    expect(html).not.toMatch(/<(input|button|select|textarea|a)\b/);
  });

  it("never shows a password, only dots", () => {
    for (const id of dialogIds) expect(drawPicture(id, customer("imap"), "en")).not.toContain("secret");
  });
});

describe("the customer's values are in the right fields", () => {
  const thunderbird = deriveFixValues({
    params: { client: "thunderbird", domain: "example.com" },
    locale: "en",
  });

  it("Thunderbird's SMTP dialog for ?client=thunderbird&domain=example.com shows mail.example.com, 587, STARTTLS", () => {
    const html = drawPicture("thunderbird-smtp-server", thunderbird, "en");
    expect(fieldText(html, "serverName")).toBe("mail.example.com");
    expect(fieldText(html, "port")).toBe("587");
    expect(fieldText(html, "connectionSecurity")).toBe("STARTTLS");
    expect(fieldText(html, "userName")).toBe("you@example.com");
  });

  it("Outlook's Advanced tab shows the POP3 port and the SMTP port with its encryption in Korean", () => {
    const html = drawPicture("outlook-advanced-tab", customer("pop3", "ko"), "ko");
    expect(fieldText(html, "incomingPort")).toBe("995");
    expect(fieldText(html, "outgoingPort")).toBe("587");
    expect(fieldText(html, "outgoingEncryption")).toBe("STARTTLS");
    expect(fieldMarkup(html, "incomingEncryption")).toContain('data-checked="true"');
    expect(html).toContain("받는 메일 서버(POP3)(I):");
  });

  it("Outlook Express shows the customer's servers and account name on the Servers tab", () => {
    const html = drawPicture("outlook-legacy-servers-tab", customer("pop3", "ko"), "ko");
    expect(fieldText(html, "incomingServer")).toBe("mail.customer.kr");
    expect(fieldText(html, "outgoingServer")).toBe("mail.customer.kr");
    expect(fieldText(html, "accountName")).toBe("kim@customer.kr");
    expect(fieldText(html, "password")).toBe("••••••••");
  });

  it("Samsung Email calls STARTTLS “TLS” and iOS turns Use SSL on for 587", () => {
    const samsung = drawPicture("samsung-email-outgoing", customer("imap"), "en");
    // Phone rows carry their label inside the field.
    expect(fieldText(samsung, "securityType")).toBe("Security typeTLS");
    expect(fieldText(samsung, "port")).toBe("Port587");
    const ios = drawPicture("ios-mail-smtp-server", customer("imap"), "en");
    expect(fieldMarkup(ios, "useSsl")).toContain('data-checked="true"');
    expect(fieldText(ios, "host")).toBe("Host Namemail.customer.kr");
  });

  it("a highlight draws its value and a numbered callout on that field only", () => {
    const html = drawPicture("outlook-outgoing-tab", customer("imap"), "en", [
      { field: "smtpAuth", value: "on" },
      { field: "sameAsIncoming", value: "on" },
    ]);
    expect(fieldMarkup(html, "smtpAuth")).toContain('data-callout="1"');
    expect(fieldMarkup(html, "smtpAuth")).toContain('data-checked="true"');
    expect(fieldMarkup(html, "sameAsIncoming")).toContain('data-callout="2"');
    expect(fieldMarkup(html, "spa")).not.toContain("data-callout");
    // Without the highlight the box is drawn unchecked, as the customer has it.
    expect(fieldMarkup(drawPicture("outlook-outgoing-tab", customer("imap"), "en"), "smtpAuth")).toContain(
      'data-checked="false"',
    );
  });

  it("a highlight's value wins over the drawing's default (port 25 → 587 in Apple Mail)", () => {
    const html = drawPicture("apple-mail-server-settings", customer("imap"), "en", [
      { field: "outgoingPort", value: "465" },
    ]);
    expect(fieldText(html, "outgoingPort")).toBe("465");
    expect(fieldText(html, "incomingPort")).toBe("993");
  });
});
