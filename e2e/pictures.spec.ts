// The fix pictures as drawn: never below 85% on a desktop, values that wrap only between the parts of a
// name, the English iPhone bar with its title clear of the back label and the Done the steps name, and
// Outlook Express told once that its encryption is too old, with newer programs offered.
import { expect, test } from "@playwright/test";
import { expectNoA11yViolations } from "./axe";

const zooms = (page: import("@playwright/test").Page) =>
  page
    .locator('[role="img"][data-dialog]')
    .evaluateAll((els) => els.map((el) => Number(getComputedStyle(el).zoom || "1")));

test("desktop drawings are drawn at 85% or more", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "desktop only");
  for (const client of ["outlook", "outlook-legacy", "thunderbird", "apple-mail", "outlook-new"]) {
    await page.goto(`/en/fix/connection-refused?client=${client}&domain=good.test`);
    const all = await zooms(page);
    expect(all.length, client).toBeGreaterThan(0);
    for (const zoom of all) expect(zoom, client).toBeGreaterThanOrEqual(0.85);
  }
});

test("a long value in a caption wraps only after a dot, never inside a word", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(
    "/ko/fix/server-not-found?client=outlook-legacy&domain=mail-support-department.good-hosting-example.co.kr",
  );
  const values = page.locator("figcaption [data-value]");
  await expect(values.first()).toBeVisible();
  // A part drawn on more than one line: split into several boxes, or one box taller than a line.
  const brokenInside = await values.evaluateAll((els) =>
    els.flatMap((el) =>
      [...el.children]
        .filter((part) => {
          const line = parseFloat(getComputedStyle(part).lineHeight);
          return part.getClientRects().length > 1 || part.getBoundingClientRect().height > line * 1.5;
        })
        .map((part) => part.textContent),
    ),
  );
  // The name really is wider than the caption: it does wrap, between its parts.
  const lines = await values
    .first()
    .evaluate((el) => new Set([...el.children].map((part) => part.getBoundingClientRect().top)).size);
  expect(lines).toBeGreaterThan(1);
  expect(brokenInside).toEqual([]);
});

test("the English iPhone screens: the title never runs under the back label, and Done is drawn", async ({
  page,
}) => {
  await page.goto("/en/fix/server-not-found?client=ios-mail&domain=good.test");
  const account = page.locator('[role="img"][data-dialog="ios-mail-account"]').first();
  await expect(account).toContainText("Cancel");
  await expect(account.locator('[data-bar-button="trailing"]')).toHaveText("Done");
  const smtp = page.locator('[role="img"][data-dialog="ios-mail-smtp-server"]').first();
  await expect(smtp.locator('[data-bar-button="trailing"]')).toHaveText("Done");
  for (const picture of await page.locator('[role="img"][data-dialog^="ios-mail"]').all()) {
    const bar = picture.locator(".grid.h-11").first();
    const [left, title] = await bar
      .locator(":scope > span")
      .evaluateAll((spans) => spans.slice(0, 2).map((s) => s.getBoundingClientRect().toJSON() as DOMRect));
    expect(left!.right, "back label ends before the title begins").toBeLessThanOrEqual(title!.left + 0.5);
  }
});

test("Outlook Express: its old encryption said once, newer programs offered, the boxes as the picture shows", async ({
  page,
}) => {
  await page.goto("/ko/fix/connection-refused?client=outlook-legacy&domain=good.test");
  await expect(page.getByText(/오래된 보안 방식\(TLS 1\.0\)/)).toHaveCount(1);
  await expect(page.getByText(/Thunderbird나 Windows용 Outlook으로 옮기세요/)).toBeVisible();
  await expect(page.getByText("두 곳 모두 ‘이 서버는 보안 연결(SSL)이 필요’를 체크하세요")).toHaveCount(0);
  await expectNoA11yViolations(page);
});
