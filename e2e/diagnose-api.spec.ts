// POST /api/diagnose through the real Next.js server, against the loopback rig (e2e/rig, started by
// Playwright's globalSetup): the NDJSON stream as a browser receives it.
import { expect, test } from "@playwright/test";
import { diagnoseEventSchema } from "@/lib/api/schema";

test.describe("POST /api/diagnose (live, loopback rig)", () => {
  // An API test: one browser project is enough.
  test.beforeEach(() => {
    test.skip(test.info().project.name !== "desktop", "runs once, in the desktop project");
  });

  test("streams the check of good.test: start first, every line valid, working settings last", async ({
    request,
  }) => {
    const response = await request.post("/api/diagnose", {
      data: { domain: "good.test", symptom: "send" },
      headers: { "accept-language": "en", "x-forwarded-for": "198.51.100.201" },
    });
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/x-ndjson; charset=utf-8");
    const events = (await response.text())
      .trim()
      .split("\n")
      .map((line) => diagnoseEventSchema.parse(JSON.parse(line)));
    expect(events[0]).toMatchObject({ type: "start", domain: "good.test" });
    expect(events.filter((e) => e.type === "probe").length).toBeGreaterThanOrEqual(7);
    expect(events.at(-1)).toMatchObject({
      type: "result",
      settings: { outgoing: { host: "mail.good.test", port: 465, security: "ssl", auth: true } },
    });
  });

  test("refuses an IP address with 422 in the customer's language", async ({ request }) => {
    const response = await request.post("/api/diagnose", {
      data: { domain: "169.254.169.254" },
      headers: { "accept-language": "ko", "x-forwarded-for": "198.51.100.202" },
    });
    expect(response.status()).toBe(422);
    expect(await response.json()).toEqual({
      error: {
        code: "target_not_allowed",
        message: "IP 주소 대신 도메인 이름(예: example.com)을 입력해 주세요.",
      },
    });
  });
});
