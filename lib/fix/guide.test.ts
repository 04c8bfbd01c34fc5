import { describe, expect, it } from "vitest";
import { causeIds, settingCauseIds } from "@/lib/causes";
import { clientIds } from "@/lib/clients";
import { buildFixGuide } from "./guide";
import { deriveFixValues } from "./values";

const values = deriveFixValues({ params: { domain: "example.com", protocol: "pop3" }, locale: "ko" });

describe("buildFixGuide", () => {
  it("port25-blocked in Outlook: the Advanced tab with 587 and STARTTLS, said in the caption", () => {
    const view = buildFixGuide({ cause: "port25-blocked", client: "outlook", values, locale: "ko" });
    const advanced = view.programSteps.find((s) => s.picture?.dialog === "outlook-advanced-tab");
    expect(advanced?.text).toContain("587");
    expect(advanced?.picture?.caption).toEqual([
      { n: 1, label: "보내는 메일 서버(SMTP)", value: "587" },
      { n: 2, label: "다음 형식의 암호화된 연결 사용", value: "STARTTLS" },
    ]);
  });

  it("SPA in Outlook Express: the Servers tab with the SPA box unchecked", () => {
    const view = buildFixGuide({
      cause: "auth-method-mismatch",
      client: "outlook-legacy",
      values,
      locale: "en",
    });
    const servers = view.programSteps.find((s) => s.picture?.dialog === "outlook-legacy-servers-tab");
    expect(servers?.picture?.name).toBe("Outlook Express – Account Properties: Servers tab");
    expect(servers?.picture?.caption[0]).toEqual({
      n: 1,
      label: "Log on using Secure Password Authentication",
      value: "unchecked",
    });
  });

  it("fills every text with values: no template is left in any guide", () => {
    for (const cause of causeIds)
      for (const client of clientIds)
        for (const locale of ["ko", "en"] as const) {
          const view = buildFixGuide({ cause, client, values, locale });
          const texts = [
            view.meaning,
            view.tell ?? "",
            ...[...view.programSteps, ...view.steps].flatMap((s) => [
              s.text,
              ...(s.picture?.caption.flatMap((c) => [c.label, c.value]) ?? []),
            ]),
          ];
          for (const text of texts) expect(text).not.toMatch(/\{[a-zA-Z.]+\}/);
        }
  });

  it("setting causes show a program's steps (the checklist when none is chosen); others none", () => {
    expect(buildFixGuide({ cause: "server-not-found", values, locale: "en" }).program).toBe("other");
    for (const cause of settingCauseIds)
      expect(
        buildFixGuide({ cause, client: "ios-mail", values, locale: "en" }).programSteps.length,
      ).toBeGreaterThan(0);
    const other = buildFixGuide({ cause: "recipient-unknown", client: "outlook", values, locale: "en" });
    expect(other.program).toBeNull();
    expect(other.programSteps).toEqual([]);
    expect(other.tell).toBeTruthy();
  });
});
