import { expect, test } from "@playwright/test";
import { expectNoA11yViolations, expectNoHorizontalScroll, expectTouchTargets } from "./axe";

const texts = {
  ko: {
    name: "메일 닥터",
    title: "어떤 문제가 있나요?",
    send: "메일을 보낼 수 없어요",
    receive: "메일을 받을 수 없어요",
    error: "오류 메시지가 떠요",
    paste: "오류 메시지 붙여 넣기",
    submit: "이 메시지로 확인하기",
    empty: "먼저 오류 메시지를 붙여 넣어 주세요.",
    other: "English",
  },
  en: {
    name: "Mail Doctor",
    title: "What's wrong?",
    send: "I can't send",
    receive: "I can't receive",
    error: "I see an error message",
    paste: "Paste the error message",
    submit: "Check this message",
    empty: "Please paste the error message first.",
    other: "한국어",
  },
} as const;

for (const locale of ["ko", "en"] as const) {
  const t = texts[locale];

  test.describe(`start page (${locale})`, () => {
    test("shows the name, the three choices and the paste box, in the right language", async ({ page }) => {
      await page.goto(`/${locale}`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("link", { name: t.name }).first()).toBeVisible();
      await expect(page.getByRole("heading", { level: 1, name: t.title })).toBeVisible();
      for (const choice of [t.send, t.receive, t.error]) {
        await expect(page.getByRole("link", { name: new RegExp(choice) })).toBeVisible();
      }
      await expect(page.getByRole("textbox", { name: t.paste })).toBeVisible();
      await expectNoHorizontalScroll(page);
      await expectTouchTargets(page);
      await expectNoA11yViolations(page);
    });

    for (const symptom of ["send", "receive", "error"] as const) {
      test(`the "${symptom}" choice reaches /diagnose with symptom=${symptom}`, async ({ page }) => {
        await page.goto(`/${locale}`);
        await page.getByRole("link", { name: new RegExp(t[symptom]) }).click();
        await expect(page).toHaveURL(new RegExp(`/${locale}/diagnose\\?symptom=${symptom}$`));
        await expect(page.getByTestId("chosen-symptom")).toBeVisible();
        await expectNoA11yViolations(page);
      });
    }

    test("the paste box sends the message to /diagnose as symptom=error&error=…", async ({ page }) => {
      const message =
        "서버에 연결할 수 없습니다. 계정: 'example.com', 포트: 110, 소켓 오류: 10061, 오류 번호: 0x800CCC0E";
      await page.goto(`/${locale}`);
      await page.getByRole("textbox", { name: t.paste }).fill(message);
      await page.getByRole("button", { name: t.submit }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/diagnose\\?symptom=error&error=`));
      const url = new URL(page.url());
      expect(url.searchParams.get("symptom")).toBe("error");
      expect(url.searchParams.get("error")).toBe(message);
      await expect(page.getByTestId("chosen-error")).toHaveText(message);
    });

    test("an empty paste box explains instead of leaving the page", async ({ page }) => {
      await page.goto(`/${locale}`);
      await page.getByRole("button", { name: t.submit }).click();
      await expect(page.locator("form").getByRole("alert")).toHaveText(t.empty);
      await expect(page).toHaveURL(new RegExp(`/${locale}$`));
    });

    test("the language switch keeps the page and its query string", async ({ page }) => {
      const query = "?symptom=send&domain=example.com&client=thunderbird";
      await page.goto(`/${locale}/diagnose${query}`);
      await page.getByRole("link", { name: t.other }).click();
      const to = locale === "ko" ? "en" : "ko";
      await expect(page).toHaveURL(`/${to}/diagnose${query}`);
      await expect(page.locator("html")).toHaveAttribute("lang", to);
    });

    test("is usable with the keyboard alone", async ({ page }) => {
      await page.goto(`/${locale}`);
      const sendLink = page.getByRole("link", { name: new RegExp(t.send) });
      for (let i = 0; i < 10 && !(await sendLink.evaluate((el) => el === document.activeElement)); i++) {
        await page.keyboard.press("Tab");
      }
      await expect(sendLink).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(new RegExp(`/${locale}/diagnose\\?symptom=send$`));
    });
  });
}
