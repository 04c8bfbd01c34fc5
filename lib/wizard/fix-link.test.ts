import { describe, expect, it } from "vitest";
import { readLinkParams } from "@/lib/params";
import { fixHref } from "./fix-link";

const settings = {
  incoming: { host: "mx.example.test", port: 995, protocol: "pop3" as const, security: "ssl" as const },
  outgoing: { host: "mx.example.test", port: 587, security: "starttls" as const, auth: true as const },
};

describe("fixHref", () => {
  it("carries program, address and the working outgoing settings for a sending cause", () => {
    const href = fixHref(
      "ko",
      "port25-blocked",
      { client: "outlook", domain: "example.test" },
      settings,
      "receive",
    );
    expect(href).toBe(
      "/ko/fix/port25-blocked?client=outlook&domain=example.test&server=mx.example.test&port=587&protocol=smtp&ssl=1",
    );
    expect(readLinkParams(new URL(href, "http://x").searchParams).invalid).toEqual([]);
  });

  it("uses the incoming settings for a receiving problem", () => {
    expect(fixHref("en", "connection-refused", { email: "hong@example.test" }, settings, "receive")).toBe(
      "/en/fix/connection-refused?email=hong%40example.test&server=mx.example.test&port=995&protocol=pop3&ssl=1",
    );
  });

  it("leaves the settings out when the check found none", () => {
    expect(fixHref("en", "wrong-password", { domain: "example.test" }, null, "send")).toBe(
      "/en/fix/wrong-password?domain=example.test",
    );
  });
});
