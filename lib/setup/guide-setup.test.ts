// Where "set up automatically" appears in the fix guides, and the DNS records of the staff page.
import { describe, expect, it } from "vitest";
import { settingCauseIds } from "@/lib/causes";
import { buildFixGuide } from "@/lib/fix/guide";
import { deriveFixValues } from "@/lib/fix/values";
import { setupRecords } from "./dns-records";
import { appleProfileHref } from "./links";

const values = deriveFixValues({ params: { email: "kim@good.test" }, locale: "en" });
const firstStep = (
  client: "ios-mail" | "apple-mail" | "thunderbird",
  cause: (typeof settingCauseIds)[number],
) => buildFixGuide({ cause, client, values, locale: "en" }).programSteps[0];

describe("set up automatically", () => {
  const fixedByProfile = settingCauseIds.filter(
    (c) => c !== "app-password-required" && c !== "polling-too-often",
  );

  it.each(fixedByProfile)(
    "is step 1 of the iPhone and Mac guides for %s, with the install screens",
    (cause) => {
      const ios = firstStep("ios-mail", cause);
      expect(ios?.setup?.kind).toBe("ios-profile");
      expect(ios?.setup?.steps.map((s) => s.picture?.dialog)).toEqual([
        "ios-mail-profile-downloaded",
        "ios-mail-profile-settings",
        "ios-mail-profile-install",
        undefined,
      ]);
      expect(firstStep("apple-mail", cause)?.setup?.kind).toBe("mac-profile");
      expect(firstStep("thunderbird", cause)?.setup).toBeUndefined();
    },
  );

  it("is not offered where a profile cannot help (app password, fetch interval)", () => {
    expect(firstStep("ios-mail", "app-password-required")?.setup).toBeUndefined();
    expect(firstStep("ios-mail", "polling-too-often")?.setup).toBeUndefined();
  });

  it("links to the profile in the page's language, keeping a POP3 customer's protocol", () => {
    expect(appleProfileHref("kim@good.test", "ko", "imap")).toBe(
      "/api/setup/apple?email=kim%40good.test&lang=ko",
    );
    expect(appleProfileHref("kim@good.test", "en", "pop3")).toBe(
      "/api/setup/apple?email=kim%40good.test&lang=en&protocol=pop3",
    );
  });
});

describe("DNS records for automatic setup", () => {
  it("points autoconfig and autodiscover at the service, with Outlook's SRV fallback on 443", () => {
    expect(setupRecords("example.com", "help.hosting.example.")).toEqual([
      { name: "autoconfig.example.com.", type: "CNAME", value: "help.hosting.example.", for: "thunderbird" },
      { name: "autodiscover.example.com.", type: "CNAME", value: "help.hosting.example.", for: "outlook" },
      {
        name: "_autodiscover._tcp.example.com.",
        type: "SRV",
        value: "0 0 443 help.hosting.example.",
        for: "srv",
      },
    ]);
  });
});
