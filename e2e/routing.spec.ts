import { expect, test } from "@playwright/test";

test.describe("language redirect and security headers", () => {
  test("a Korean browser is sent to /ko", async ({ request }) => {
    const response = await request.get("/", {
      headers: { "Accept-Language": "ko-KR,ko;q=0.9,en;q=0.8" },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(307);
    expect(response.headers()["location"]).toMatch(/\/ko$/);
  });

  test("an English browser is sent to /en", async ({ request }) => {
    const response = await request.get("/", {
      headers: { "Accept-Language": "en-US,en;q=0.9" },
      maxRedirects: 0,
    });
    expect(response.headers()["location"]).toMatch(/\/en$/);
  });

  test("other languages and no header default to Korean", async ({ request }) => {
    for (const header of ["fr-FR,fr;q=0.9", ""]) {
      const response = await request.get("/", { headers: { "Accept-Language": header }, maxRedirects: 0 });
      expect(response.headers()["location"]).toMatch(/\/ko$/);
    }
  });

  test("a path without a language keeps its query when redirected", async ({ request }) => {
    const response = await request.get("/diagnose?symptom=send", {
      headers: { "Accept-Language": "en" },
      maxRedirects: 0,
    });
    expect(response.headers()["location"]).toMatch(/\/en\/diagnose\?symptom=send$/);
  });

  test("pages carry a CSP with a fresh nonce that their scripts use", async ({ request, page }) => {
    const first = (await request.get("/ko")).headers();
    const second = (await request.get("/ko")).headers();
    const nonceOf = (csp: string | undefined) => /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp ?? "")?.[1];
    const nonce = nonceOf(first["content-security-policy"]);
    expect(nonce).toBeTruthy();
    expect(nonce).not.toBe(nonceOf(second["content-security-policy"]));
    expect(first["content-security-policy"]).toContain("frame-ancestors 'self' https://support.example.com");
    expect(first["content-security-policy"]).toContain("object-src 'none'");
    expect(first["x-content-type-options"]).toBe("nosniff");
    expect(first["referrer-policy"]).toBe("strict-origin-when-cross-origin");

    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto("/ko");
    const pageNonce = nonceOf(response?.headers()["content-security-policy"]);
    const scriptNonces = await page
      .locator("script[src]")
      .evaluateAll((els) => els.map((el) => (el as HTMLScriptElement).nonce));
    expect(scriptNonces.length).toBeGreaterThan(0);
    for (const n of scriptNonces) expect(n).toBe(pageNonce);
    // Hydration works under the policy: the paste box reacts to input.
    await page.getByRole("button", { name: "이 메시지로 확인하기" }).click();
    await expect(page.locator("form").getByRole("alert")).toBeVisible();
    expect(violations).toEqual([]);
  });

  test("the health check answers", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    expect(response.headers()["content-security-policy"]).toBeTruthy();
  });

  test("invalid link parameters are shown kindly, never a crash", async ({ page }) => {
    const response = await page.goto("/en/diagnose?symptom=dance&port=99999&client=pigeon");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("status")).toContainText("symptom, client, port");
  });

  test("an unknown page is a friendly 404", async ({ page }) => {
    const response = await page.goto("/ko/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: /페이지를 찾을 수 없습니다/ })).toBeVisible();
  });
});
