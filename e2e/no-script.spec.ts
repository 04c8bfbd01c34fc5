// The wizard without JavaScript: every step a plain form or link keeping every earlier answer, and the
// result rendered by the server after it ran the check itself (within the same 10 s budget).
import { expect, test } from "@playwright/test";
import { supportMessages as m } from "../lib/testing/support-messages";
import { useOwnClientAddress } from "./client-address";

test.use({ javaScriptEnabled: false });
test.beforeEach(async ({ context }, testInfo) => useOwnClientAddress(context, testInfo));

test("can't receive: links, then the address form, then a result the server rendered", async ({ page }) => {
  await page.goto("/ko");
  await page.getByRole("link", { name: /메일을 받을 수 없어요/ }).click();
  await page.getByRole("link", { name: "네, 웹메일에는 있어요" }).click();
  await page.getByRole("link", { name: /네, 갑자기 안 돼요/ }).click();
  await page.getByRole("link", { name: /Thunderbird/ }).click();
  await expect(page).toHaveURL(/symptom=receive&client=thunderbird&webmail=yes&sudden=yes$/);
  // An error in plain words, from the server, with the answers still there.
  await page.getByRole("textbox", { name: "메일 주소나 도메인" }).fill("example");
  await page.getByRole("button", { name: "확인 시작" }).click();
  await expect(page.getByText("example.com처럼 점(.)이 들어간 도메인을 적어 주세요.")).toBeVisible();
  await page.getByRole("textbox", { name: "메일 주소나 도메인" }).fill("hong@expired.test");
  const started = Date.now();
  await page.getByRole("button", { name: "확인 시작" }).click();
  await expect(page).toHaveURL(
    /symptom=receive&client=thunderbird&email=hong%40expired\.test&protocol=pop3&webmail=yes&sudden=yes&js=0/,
  );
  expect(Date.now() - started, "the page waited for the check, within its budget").toBeLessThan(12_000);
  await expect(page.getByTestId("top-cause")).toHaveAttribute("data-cause", "certificate-invalid");
  await expect(page.getByTestId("check-headline")).toHaveAttribute("data-headline", "certificate");
  await expect(page.getByTestId("live-check")).toHaveCount(0);
  // "Still not working" unfolds without scripts.
  await page.getByText("그래도 안 돼요 (고객센터 문의)").click();
  await expect(page.getByRole("heading", { name: "고객센터에 문의하기" })).toBeVisible();
});

test("a pasted message goes with every step, and a staff link offers the check without scripts", async ({
  page,
}) => {
  await page.goto("/en");
  await page.getByRole("textbox", { name: "Paste the error message" }).fill(m.relay);
  await page.getByRole("button", { name: "Check this message" }).click();
  await expect(page).toHaveURL(/symptom=error&js=0&error=/);
  await page.getByRole("textbox", { name: "E-mail address or domain" }).fill("relay.test");
  await page.getByRole("button", { name: "Start the check" }).click();
  await expect(page).toHaveURL(/symptom=error&domain=relay\.test&error=.+&js=0/);
  await expect(page.getByTestId("top-cause")).toHaveAttribute("data-cause", "smtp-auth-required");

  await page.goto("/en/diagnose?symptom=receive&domain=down.test");
  // Playwright's text and role locators skip <noscript> even where a browser without scripts draws it
  // (microsoft/playwright#32542), so CSS finds the offer.
  const offer = page.locator("noscript p");
  await expect(offer).toBeVisible();
  await expect(offer).toContainText("This browser runs no scripts");
  await offer.locator('a[href$="js=0"]', { hasText: "Check on the server and show the result" }).click();
  await expect(page.getByTestId("top-cause")).toHaveAttribute("data-cause", "server-down");
  await expect(page.getByTestId("known")).toBeVisible();
});
