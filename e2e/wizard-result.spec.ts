// The result: the top cause in one kind sentence and why, the fix guide link, "did this fix it?" with
// the next cause and the report for support; in both languages, on desktop and phones.
import { expect, test } from "@playwright/test";
import { expectNoA11yViolations, expectNoHorizontalScroll, expectTouchTargets } from "./axe";
import { useOwnClientAddress } from "./client-address";

const texts = {
  ko: {
    result: "진단 결과",
    noInternet: "인터넷에 연결되어 있지 않음",
    because: "다른 웹사이트도 열리지 않는다고 하셨습니다",
    fix: "고치는 방법 보기",
    yes: "네, 해결됐어요",
    solved: "해결되어 다행입니다!",
    no: "아니요, 다음 원인을 볼게요",
    next: "다음으로 가능성이 큰 원인",
    stuck: "그래도 안 돼요 (고객센터 문의)",
    report: "고객센터에 보낼 보고서",
    support: "고객센터에 문의하기",
  },
  en: {
    result: "Result",
    noInternet: "No internet connection",
    because: "You said other web sites do not open either",
    fix: "See how to fix it",
    yes: "Yes, it works now",
    solved: "Glad it works again!",
    no: "No, show the next cause",
    next: "The next most likely cause",
    stuck: "Still stuck (contact support)",
    report: "Report for support",
    support: "Contact support",
  },
} as const;

test.beforeEach(async ({ context }, testInfo) => useOwnClientAddress(context, testInfo));

for (const locale of ["ko", "en"] as const) {
  const t = texts[locale];

  test.describe(`wizard result (${locale})`, () => {
    test("other sites don't open: no internet, with the reason and the fix guide", async ({ page }) => {
      await page.goto(`/${locale}/diagnose?symptom=receive&webmail=unknown&internet=no`);
      await expect(page.getByRole("heading", { level: 2, name: t.result })).toBeVisible();
      await expect(page.getByRole("heading", { level: 3, name: t.noInternet })).toBeVisible();
      await expect(page.getByTestId("result")).toContainText(t.because);
      await expect(page.getByRole("link", { name: t.fix })).toHaveAttribute(
        "href",
        `/${locale}/fix/no-internet`,
      );
      await expectNoA11yViolations(page);
      await expectTouchTargets(page);
      await expectNoHorizontalScroll(page);

      await page.getByRole("button", { name: t.yes }).click();
      await expect(page.getByRole("status").filter({ hasText: t.solved })).toBeVisible();
    });

    test("no → the next cause; still stuck → a report for support without the pasted text", async ({
      page,
    }) => {
      const secret = "password=hunter2";
      await page.goto(
        `/${locale}/diagnose?symptom=send&error=${encodeURIComponent(`${secret} 0x800CCC0E`)}&sent=outbox&receives=yes&before=yes&client=outlook`,
      );
      // No address yet: the walk stops at the address screen; a link with everything but the check answers it.
      await page.goto(
        `/${locale}/diagnose?symptom=send&error=${encodeURIComponent(`${secret} 0x800CCC0E`)}&sent=outbox&receives=yes&before=yes&client=outlook&domain=example.invalid`,
      );
      const top = page.getByTestId("top-cause");
      await expect(top).toBeVisible({ timeout: 15_000 });
      const first = await top.getAttribute("data-cause");
      await page.getByRole("button", { name: t.no }).click();
      await expect(page.getByText(t.next)).toBeVisible();
      await expect(top).not.toHaveAttribute("data-cause", first!);
      await expect(top).toBeFocused();

      await page.getByRole("button", { name: t.stuck }).click();
      await expect(page.getByRole("heading", { name: t.support })).toBeFocused();
      const report = page.getByRole("textbox", { name: t.report });
      await expect(report).toContainText("Outlook");
      await expect(report).not.toContainText("hunter2");
      await expectNoA11yViolations(page);
    });

    test("mail sent but never arrived: straight to support with the reason", async ({ page }) => {
      await page.goto(`/${locale}/diagnose?symptom=send&message=no&sent=lost`);
      await expect(page.getByRole("heading", { name: t.support })).toBeVisible();
      await expect(page.getByRole("textbox", { name: t.report })).toBeVisible();
      await expectNoA11yViolations(page);
    });
  });
}
