import { describe, expect, it } from "vitest";
import { parseResponseSchema } from "@/lib/api/schema";
import { causeIds } from "@/lib/causes";
import { corpus, type CorpusFamily } from "./corpus";
import { supportAnswerCases } from "./corpus/support-answer";
import { decodeErrorText, parseErrorText } from "./index";

describe("corpus", () => {
  it.each(corpus.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const decoded = decodeErrorText(c.text);
    expect(decoded.fields).toMatchObject(c.fields);
    expect(decoded.causes[0]?.id).toBe(c.top);
    for (const id of c.also ?? []) expect(decoded.causes.map((cause) => cause.id)).toContain(id);
    expect(decoded.recognised).toBe(true);
  });

  it("holds the eight messages of the original support answer", () => {
    expect(supportAnswerCases.map((c) => c.top)).toEqual([
      "connection-refused",
      "connection-refused",
      "server-not-found",
      "server-not-found",
      "auth-method-mismatch",
      "smtp-auth-required",
      "antivirus-interference",
      "antivirus-interference",
    ]);
  });

  it("has at least 80 messages, 25 of them in Korean", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(80);
    expect(corpus.filter((c) => c.lang === "ko").length).toBeGreaterThanOrEqual(25);
  });

  it("covers every client family and every kind of reply", () => {
    const families: CorpusFamily[] = [
      "outlook-legacy",
      "outlook",
      "thunderbird",
      "apple",
      "android",
      "windows-mail",
      "bounce",
      "smtp",
      "pop3-imap",
    ];
    for (const family of families)
      expect(corpus.filter((c) => c.family === family).length).toBeGreaterThanOrEqual(3);
  });

  it("shows every cause a message can show; wrong-server-name at least as a runner-up", () => {
    const tops = new Set(corpus.map((c) => c.top));
    // wrong-server-name needs the live check (the name resolves, but is not the MX): a message only hints it.
    for (const id of causeIds.filter((id) => id !== "wrong-server-name")) expect(tops, id).toContain(id);
    expect(corpus.some((c) => c.also?.includes("wrong-server-name"))).toBe(true);
  });

  it("matches the SPEC §2 response schema for every message, in both languages", () => {
    for (const c of corpus)
      for (const locale of ["ko", "en"] as const)
        expect(parseResponseSchema.safeParse(parseErrorText(c.text, locale)).success).toBe(true);
  });

  it("sorts causes by confidence and keeps them within 0..1", () => {
    for (const c of corpus) {
      const confidences = decodeErrorText(c.text).causes.map((cause) => cause.confidence);
      expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
      for (const value of confidences) {
        expect(value).toBeGreaterThan(0);
        expect(value).toBeLessThanOrEqual(1);
      }
    }
  });
});
