import { describe, expect, it } from "vitest";
import { diagnose as diagnoseWords } from "@/content/ui/diagnose";
import { report } from "@/content/ui/report";
import { causeIds, type CauseId } from "@/lib/causes";
import type { Bilingual } from "@/lib/i18n/bilingual";
import { dns, message, probe } from "@/lib/diagnose/test-events";
import { supportReport, type ReportInput } from "./support-report";

const titles = Object.fromEntries(
  causeIds.map((id) => [id, { ko: `제목 ${id}`, en: `Title ${id}` }]),
) as Record<CauseId, Bilingual>;

function input(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    locale: "en",
    words: { report: report.en, symptoms: diagnoseWords.en.symptoms },
    titles,
    link: {
      symptom: "receive",
      domain: "example.test",
      client: "thunderbird",
      error: "pass=hunter2 socket 10061",
    },
    steps: [
      { nodeId: "recv-webmail", param: "webmail", value: "yes", source: "link" },
      { nodeId: "recv-stopped-client", param: "client", value: "thunderbird", source: "link" },
    ],
    fields: message({ server: "127.0.0.1", port: 110, protocol: "POP3", socketError: 10061, secure: false })
      .fields,
    events: [
      dns("example.test", "MX", "ok", [{ exchange: "mx.example.test", priority: 10 }]),
      probe("mx.example.test", 995),
    ],
    causes: [
      {
        id: "antivirus-interference",
        confidence: 0.93,
        evidence: [{ ko: "서버가 127.0.0.1", en: "The server is 127.0.0.1" }],
      },
    ],
    tried: ["antivirus-interference"],
    url: "https://help.example.net/en/diagnose?symptom=receive&domain=example.test",
    ...overrides,
  };
}

describe("support report", () => {
  it("says what was told, decoded, checked and tried", () => {
    const text = supportReport(input());
    expect(text).toContain("Problem: Can't receive mail");
    expect(text).toContain("E-mail address/domain: example.test");
    expect(text).toContain("Mail program: Thunderbird");
    expect(text).toContain("- Does webmail show the new mail? Yes, webmail shows it");
    expect(text).toContain(
      "- Server: 127.0.0.1\n- Protocol: POP3\n- Port: 110\n- Secure (SSL): no\n- Socket error: 10061",
    );
    expect(text).toContain("- Mail server (MX): mx.example.test");
    expect(text).toContain("1. Title antivirus-interference (93%)\n   - The server is 127.0.0.1");
    expect(text).toContain("Tried:\n- Title antivirus-interference: did not help");
  });

  it("copies the pasted message without what looks like a password", () => {
    const text = supportReport(input());
    expect(text).toContain(
      "The pasted error message (anything that looks like a password taken out):\npass=[…] socket 10061",
    );
    expect(text).not.toContain("hunter2");
  });

  it("names a program read from the message in words, and says when and what the check's headline was", () => {
    const fields = message({ client: "outlook-legacy", server: "mail.example.test" }).fields;
    const text = supportReport(
      input({
        fields,
        when: new Date("2026-12-03T05:06:07Z"),
        headline: "The mail server is fine — the cause is in your settings",
      }),
    );
    expect(text).toContain("- Program: Outlook Express, Outlook 2003–2007, Windows Live Mail");
    expect(text).not.toContain("outlook-legacy");
    expect(text).toMatch(/Written: 3 December 2026 at \d\d:\d\d:07/);
    expect(text).toContain("Server check:\nThe mail server is fine — the cause is in your settings");
  });

  it("says when there was no live check, in the customer's language", () => {
    const text = supportReport(
      input({
        locale: "ko",
        words: { report: report.ko, symptoms: diagnoseWords.ko.symptoms },
        events: null,
      }),
    );
    expect(text).toContain("서버 확인 결과:\n(실시간 확인을 하지 않음)");
    expect(text.startsWith("메일 닥터 진단 보고서")).toBe(true);
  });
});
