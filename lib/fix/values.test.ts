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

  it("prefers the live check's working settings", () => {
    const v = deriveFixValues({
      params: { domain: "a.kr" },
      settings: {
        incoming: { host: "imap.a.kr", port: 143, protocol: "imap", security: "starttls" },
        outgoing: { host: "smtp.a.kr", port: 465, security: "ssl", auth: true },
      },
      locale: "en",
    });
    expect(v.source).toBe("check");
    expect(v.incoming).toEqual({ host: "imap.a.kr", port: 143, protocol: "imap", security: "starttls" });
    expect(v.outgoing).toMatchObject({ host: "smtp.a.kr", port: 465, security: "ssl" });
  });

  it("never tells a mail program to submit on port 25, even when the check saw it open", () => {
    const v = deriveFixValues({
      params: { domain: "a.kr" },
      settings: { incoming: null, outgoing: { host: "smtp.a.kr", port: 25, security: "none", auth: true } },
      locale: "en",
    });
    expect(v.outgoing).toEqual({ host: "smtp.a.kr", port: 587, security: "starttls", auth: true });
  });

  it("keeps the checked host but uses the customer's protocol when the check found the other one", () => {
    const v = deriveFixValues({
      params: { domain: "a.kr", protocol: "pop3" },
      settings: {
        incoming: { host: "imap.a.kr", port: 993, protocol: "imap", security: "ssl" },
        outgoing: null,
      },
      locale: "en",
    });
    expect(v.incoming).toEqual({ host: "imap.a.kr", port: 995, protocol: "pop3", security: "ssl" });
  });

  it("shows placeholders in the customer's language when the link names no domain", () => {
    const v = deriveFixValues({ params: {}, locale: "ko" });
    expect(v.source).toBe("example");
    expect(v.email).toBe("아이디@example.com");
  });
});
