import { describe, expect, it } from "vitest";
import { loggablePath, maskEmails } from "./redact";

describe("what a request log line may say", () => {
  it("never an e-mail address in full", () => {
    expect(maskEmails("kim@example.com")).toBe("k…@example.com");
    expect(loggablePath("/ko/diagnose?email=kim%40example.com&symptom=send")).toBe(
      "/ko/diagnose?email=k%E2%80%A6%40example.com&symptom=send",
    );
    expect(loggablePath("/api/setup/apple?email=lee.s@mail.example.co.kr")).not.toContain("lee.s");
    expect(loggablePath("/x/kim@example.com/y")).toBe("/x/k…@example.com/y");
  });

  it("never the pasted text: only its length, as for any parameter it does not know", () => {
    const text = "550 5.1.1 <kim@example.com>: Recipient address rejected";
    const path = loggablePath(`/en/diagnose?symptom=error&error=${encodeURIComponent(text)}&utm=x`);
    expect(path).toBe(`/en/diagnose?symptom=error&error=[${text.length} chars]&utm=[1 chars]`);
    expect(path).not.toContain("Recipient");
  });

  it("keeps the parameters that say what was checked", () => {
    expect(loggablePath("/en/fix/tls-mismatch?client=outlook&domain=example.com&port=995&ssl=1")).toBe(
      "/en/fix/tls-mismatch?client=outlook&domain=example.com&port=995&ssl=1",
    );
    expect(loggablePath("/api/health")).toBe("/api/health");
  });
});
