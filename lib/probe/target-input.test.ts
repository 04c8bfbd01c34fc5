import { describe, expect, it } from "vitest";
import { normalizeHostName, normalizeMailDomain, normalizeServer } from "./target-input";

describe("domain input", () => {
  it.each([
    ["Example.COM", "example.com"],
    ["example.com.", "example.com"],
    ["  mail.example.com  ", "mail.example.com"],
    ["한국.kr", "xn--3e0b707e.kr"],
    ["bücher.de", "xn--bcher-kva.de"],
    ["mail．example．com", "mail.example.com"],
    ["good.test", "good.test"],
  ])("normalises %j to %j", (input, name) => {
    expect(normalizeHostName(input)).toEqual({ ok: true, name });
  });

  it.each([
    ["user@Example.com", "example.com"],
    ["mailto:홍길동@한국.kr", "xn--3e0b707e.kr"],
    ["<someone@good.test>", "good.test"],
    ["good.test", "good.test"],
    // Read as a person means it (SPEC §6): a web address, www., a trailing dot, a port.
    ["https://www.example.com/help", "example.com"],
    ["www.example.com", "example.com"],
    ["EXAMPLE.COM.", "example.com"],
    ["kim@example.com", "example.com"],
    ["http://WWW.Good.Test:8080/?x=1", "good.test"],
    ["www.kr", "www.kr"],
  ])("takes the domain of the address %j", (input, name) => {
    expect(normalizeMailDomain(input)).toEqual({ ok: true, name });
  });

  it.each([
    ["127.0.0.1", "ip-literal"],
    ["127.1", "ip-literal"],
    ["0x7f.1", "ip-literal"],
    ["017700000001", "ip-literal"],
    ["2130706433", "ip-literal"],
    ["0", "ip-literal"],
    ["0x7f000001", "ip-literal"],
    ["[::1]", "ip-literal"],
    ["::1", "ip-literal"],
    ["::ffff:7f00:1", "ip-literal"],
    ["64:ff9b::a9fe:a9fe", "ip-literal"],
    ["169.254.169.254", "ip-literal"],
    ["fd00:ec2::254", "ip-literal"],
    ["user@[127.0.0.1]", "ip-literal"],
    ["localhost", "special-use"],
    ["mail.localhost", "special-use"],
    ["printer.local", "special-use"],
    ["router.home.arpa", "special-use"],
    ["x.internal", "special-use"],
    ["1.0.0.127.in-addr.arpa", "special-use"],
    ["mailserver", "single-label"],
    ["", "empty"],
    ["exa mple.com", "bad-label"],
    ["-bad.example.com", "bad-label"],
    ["a..b.com", "bad-label"],
    ["under_score.example.com", "bad-label"],
    [`${"a".repeat(64)}.com`, "bad-label"],
    [`${"abcdefghi.".repeat(26)}com`, "too-long"],
    ["mail.example.com:smtp", "bad-label"],
  ])("refuses %j (%s)", (input, reason) => {
    expect(normalizeMailDomain(input)).toMatchObject({ ok: false, reason });
  });

  it("a port outside SPEC §6 is refused, and the host is still checked on the mail ports", () => {
    expect(normalizeServer({ host: "mail.example.com", port: 1110, protocol: "pop3" })).toEqual({
      server: { host: "mail.example.com", port: null, protocol: "pop3" },
      refused: { input: "mail.example.com:1110", reason: "port-not-allowed" },
    });
    expect(normalizeServer({ host: "Mail.Example.com", port: 995, protocol: "pop3" })).toEqual({
      server: { host: "mail.example.com", port: 995, protocol: "pop3" },
      refused: null,
    });
    expect(normalizeServer({ host: "127.0.0.1", port: 110 })).toEqual({
      server: null,
      refused: { input: "127.0.0.1", reason: "ip-literal" },
    });
  });
});
