import { describe, expect, it } from "vitest";
import { messageForReport, redactSecrets, REPORT_MESSAGE_CHARS } from "./redact";

describe("a pasted message for the report", () => {
  it("keeps the message and drops what looks like a password", () => {
    expect(redactSecrets("pass=hunter2 socket 10061")).toBe("pass=[…] socket 10061");
    expect(redactSecrets("Password: 'Se cret' 0x800CCC0E")).toBe("Password: […] 0x800CCC0E");
    expect(redactSecrets("비밀번호: abc123 서버: 'mail.example.com'")).toBe(
      "비밀번호: […] 서버: 'mail.example.com'",
    );
    expect(redactSecrets("서버 응답: '-ERR [AUTH] Authentication failed'")).toBe(
      "서버 응답: '-ERR [AUTH] Authentication failed'",
    );
  });

  it(`is cut after ${REPORT_MESSAGE_CHARS} characters and says how much was left out`, () => {
    const long = "가".repeat(REPORT_MESSAGE_CHARS + 120);
    const out = messageForReport(long, (n) => `(${n} more)`);
    expect(out.startsWith("가".repeat(REPORT_MESSAGE_CHARS))).toBe(true);
    expect(out.endsWith("… (120 more)")).toBe(true);
  });
});
