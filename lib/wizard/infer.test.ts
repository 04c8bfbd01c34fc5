import { describe, expect, it } from "vitest";
import { message } from "@/lib/diagnose/test-events";
import { inferAnswers, suggestAddress } from "./infer";

describe("answers a message gives", () => {
  it("reads the program and the direction from the decoded fields", () => {
    expect(inferAnswers(message({ client: "outlook-legacy", protocol: "POP3" }))).toEqual({
      message: "yes",
      client: "outlook-legacy",
      direction: "receive",
    });
    expect(inferAnswers(message({ protocol: "SMTP" }))).toEqual({ message: "yes", direction: "send" });
  });

  it("gives nothing without a message, and no direction for HTTPMail", () => {
    expect(inferAnswers(null)).toEqual({});
    expect(inferAnswers(message({ protocol: "HTTP" }))).toEqual({ message: "yes" });
  });
});

describe("the address to suggest", () => {
  it.each([
    [{ account: "BBBBB.com", server: "BBBBB.com" }, "BBBBB.com"],
    [{ account: "mail.BBBBB.com", server: "mail.BBBBB.com" }, "BBBBB.com"],
    [{ account: "hong@example.com", server: "mail.example.com" }, "hong@example.com"],
    [{ account: "홍길동", server: "smtp.example.com" }, "example.com"],
    [{ account: null, server: "127.0.0.1" }, undefined],
    [{ account: "hong", server: "localhost" }, undefined],
  ])("from %j is %j", (fields, expected) => {
    expect(suggestAddress(message(fields))).toBe(expected);
  });
});
