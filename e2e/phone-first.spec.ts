// Phones first: on 360×740 the paste box and its button are on the first screen; the decoded panel is one
// line with its parts folded, under the button; the support contact appears where the wizard gives up.
import { expect, test } from "@playwright/test";
import { supportMessages as m } from "../lib/testing/support-messages";
import { expectNoA11yViolations, expectNoHorizontalScroll, expectTouchTargets } from "./axe";
import { useOwnClientAddress } from "./client-address";
import { supportContact } from "./support-contact";

test.beforeEach(async ({ context }, testInfo) => useOwnClientAddress(context, testInfo));

const texts = {
  ko: { box: "오류 메시지 붙여 넣기", button: "이 메시지로 확인하기", decoded: "메시지 풀이" },
  en: { box: "Paste the error message", button: "Check this message", decoded: "What the message says" },
} as const;

for (const locale of ["ko", "en"] as const)
  test.describe(`360×740 (${locale})`, () => {
    test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const t = texts[locale];

    test("the paste box and its button are on the first screen; the decoded panel is one folded line", async ({
      page,
    }) => {
      await page.goto(`/${locale}`);
      const button = page.getByRole("button", { name: t.button });
      const box = await button.boundingBox();
      expect(box, "button drawn").not.toBeNull();
      expect(box!.y + box!.height, "button's bottom edge").toBeLessThanOrEqual(740);
      expect((await page.getByRole("textbox", { name: t.box }).boundingBox())!.y).toBeLessThan(740);
      await page.getByRole("textbox", { name: t.box }).fill(m.pop3Refused);
      const line = page.getByTestId("decoded-line");
      await expect(line).toBeVisible();
      // Pasting does not push the button down: the panel is under it, one line high until opened.
      expect((await button.boundingBox())!.y).toBe(box!.y);
      const summary = await page.getByTestId("decoded-compact").boundingBox();
      expect(summary!.height).toBeLessThan(100);
      await expectNoHorizontalScroll(page);
      await expectTouchTargets(page);
      await expectNoA11yViolations(page);
    });
  });

test("still not working: the hosting company's contact, a report with words, date and message, and a way back", async ({
  page,
}) => {
  await page.goto(
    `/ko/diagnose?symptom=receive&client=outlook-legacy&domain=good.test&error=${encodeURIComponent(m.port1110)}`,
  );
  await expect(page.getByTestId("top-cause")).toBeVisible({ timeout: 20_000 });
  await page.getByRole("button", { name: "그래도 안 돼요 (고객센터 문의)" }).click();
  const support = page.getByTestId("support-contact");
  await expect(support.getByRole("link", { name: new RegExp(supportContact.phone) })).toHaveAttribute(
    "href",
    `tel:${supportContact.phone.replace(/[^\d+]/g, "")}`,
  );
  await expect(support.getByRole("link", { name: new RegExp(supportContact.email) })).toHaveAttribute(
    "href",
    new RegExp(`^mailto:${supportContact.email}`),
  );
  await expect(support.getByRole("link", { name: "고객센터 웹사이트 열기" })).toHaveAttribute(
    "href",
    supportContact.url,
  );
  const report = page.getByRole("textbox", { name: "고객센터에 보낼 보고서" });
  await expect(report).toContainText("Outlook Express · Outlook 2003–2007 · Windows Live Mail");
  // The program in words; its id only inside the diagnosis link at the end.
  const words = (await report.inputValue()).replace(/^진단 링크: .*$/m, "");
  expect(words).not.toContain("outlook-legacy");
  await expect(report).toContainText(/^진단 링크: http:\/\/localhost:\d+\/ko\/diagnose\?/m);
  await expect(report).toContainText(/작성 시각: \d{4}년/);
  await expect(report).toContainText("1110");
  await expect(report).toContainText("메일 서버는 정상입니다");
  await expect(report).toContainText("서버에 연결할 수 없습니다.");
  await expectNoA11yViolations(page);
  await page.getByRole("button", { name: "진단 결과로 돌아가기" }).click();
  await expect(page.getByRole("heading", { name: "진단 결과" })).toBeFocused();
  await expect(page.getByTestId("top-cause")).toBeVisible();
});
