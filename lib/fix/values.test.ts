import { describe, expect, it } from "vitest";
import { deriveFixValues } from "./values";

describe("deriveFixValues", () => {
  it("derives mail.<domain>, IMAP 993 SSL and SMTP 587 STARTTLS from the domain", () => {
    const v = deriveFixValues({ params: { domain: "Example.COM" }, locale: "en" });
    expect(v.source).toBe("domain");
    expect(v.incoming).toEqual({ host: "mail.example.com", port: 993, protocol: "imap", security: "ssl" });
    expect(v.outgoing).toEqual({ host: "mail.example.com", port: 587, security: "starttls", auth: true });
    expect(v.email).toBe("you@example.com");
  });

  it("takes the domain and the user name from the e-mail address", () => {
    const v = deriveFixValues({ params: { email: "kim@shop.co.kr" }, locale: "ko" });
    expect(v.domain).toBe("shop.co.kr");
    expect(v.userName).toBe("kim@shop.co.kr");
    expect(v.name).toBe("kim");
    expect(v.incoming.host).toBe("mail.shop.co.kr");
  });

  it("uses POP3 995 when the link says pop3, or names port 110", () => {
    expect(
      deriveFixValues({ params: { domain: "a.kr", protocol: "pop3" }, locale: "ko" }).incoming.port,
    ).toBe(995);
    const byPort = deriveFixValues({ params: { domain: "a.kr", port: 110 }, locale: "ko" }).incoming;
    expect(byPort).toMatchObject({ protocol: "pop3", port: 995, security: "ssl" });
  });

  it("puts the working settings (in/out) into the pictures, never the current ones", () => {
    const v = deriveFixValues({
      params: {
        domain: "a.kr",
        server: "127.0.0.1",
        port: 1110,
        protocol: "pop3",
        in: { protocol: "pop3", host: "mx.a.kr", port: 995, security: "ssl" },
        out: { host: "mx.a.kr", port: 465, security: "ssl" },
      },
      locale: "en",
    });
    expect(v.source).toBe("check");
    expect(v.incoming).toEqual({ host: "mx.a.kr", port: 995, protocol: "pop3", security: "ssl" });
    expect(v.outgoing).toEqual({ host: "mx.a.kr", port: 465, security: "ssl", auth: true });
  });

  it("never tells a mail program to submit on port 25, even from an old link", () => {
    const v = deriveFixValues({
      params: { domain: "a.kr", out: { host: "smtp.a.kr", port: 25, security: "none" } },
      locale: "en",
    });
    expect(v.outgoing).toEqual({ host: "smtp.a.kr", port: 587, security: "starttls", auth: true });
  });

  it("keeps the checked host but uses the customer's protocol when the check proved the other one", () => {
    const v = deriveFixValues({
      params: {
        domain: "a.kr",
        protocol: "pop3",
        in: { protocol: "imap", host: "imap.a.kr", port: 993, security: "ssl" },
      },
      locale: "en",
    });
    expect(v.incoming).toEqual({ host: "imap.a.kr", port: 995, protocol: "pop3", security: "ssl" });
  });

  it("reads an old link's server/port as the current settings: the pictures show the domain's usual values", () => {
    const v = deriveFixValues({
      params: { domain: "a.kr", server: "mail.a.kr", port: 587, protocol: "smtp", ssl: true },
      locale: "en",
    });
    expect(v.source).toBe("domain");
    expect(v.outgoing).toEqual({ host: "mail.a.kr", port: 587, security: "starttls", auth: true });
    expect(v.incoming).toEqual({ host: "mail.a.kr", port: 993, protocol: "imap", security: "ssl" });
  });

  it("reads www. and web addresses as the domain", () => {
    expect(deriveFixValues({ params: { domain: "https://www.a.kr/help" }, locale: "en" }).incoming.host).toBe(
      "mail.a.kr",
    );
  });

  it("shows placeholders in the customer's language when the link names no domain", () => {
    const v = deriveFixValues({ params: {}, locale: "ko" });
    expect(v.source).toBe("example");
    expect(v.email).toBe("아이디@example.com");
  });
});
