// The wizard's walk through the decision tree: one question per screen, every answer in the link, so
// back, forward, refresh and shared links land in place; in both languages, on desktop and phones.
import { expect, test, type Page } from "@playwright/test";
import { expectNoA11yViolations, expectNoHorizontalScroll, expectTouchTargets } from "./axe";
import { useOwnClientAddress } from "./client-address";

const texts = {
  ko: {
    message: "메일을 보낼 때 오류 메시지가 나왔나요?",
    noMessage: "아니요, 메시지는 없었어요",
    sent: "보낸 메일은 어떻게 되었나요?",
    outbox: "보낼 편지함에 그대로 있어요",
    receives: "메일 받기는 잘 되나요?",
    receiveWorks: "네, 받기는 돼요",
    before: "이 프로그램으로 메일을 보낸 적이 있나요?",
    newSetup: "아니요, 이번에 처음 설정했어요",
    program: "어떤 메일 프로그램을 쓰시나요?",
    address: "메일 주소나 도메인을 알려 주세요",
    addressField: "메일 주소나 도메인",
    start: "확인 시작",
    required: "메일 주소나 도메인을 적어 주세요.",
    noDot: "example.com처럼 점(.)이 들어간 도메인을 적어 주세요.",
    back: "이전 질문으로",
    check: "실시간 확인",
    webmail: "웹메일에는 새 메일이 보이나요?",
    skipped: "링크의 일부 값을 알아볼 수 없어 건너뛰었습니다",
  },
  en: {
    message: "Did an error message appear when you tried to send?",
    noMessage: "No, there was no message",
    sent: "What happened to the mail you sent?",
    outbox: "It stays in the Outbox",
    receives: "Can you still receive mail?",
    receiveWorks: "Yes, receiving works",
    before: "Did sending from this program work before?",
    newSetup: "No, I have just set it up",
    program: "Which mail program do you use?",
    address: "What is your e-mail address or domain?",
    addressField: "E-mail address or domain",
    start: "Start the check",
    required: "Please enter an e-mail address or a domain.",
    noDot: "Please enter a domain with a dot in it, like example.com.",
    back: "Previous question",
    check: "Live check",
    webmail: "Does webmail show the new mail?",
    skipped: "We skipped some values in the link that we could not read",
  },
} as const;

const question = (page: Page, name: string) => page.getByRole("heading", { level: 2, name });

test.beforeEach(async ({ context }, testInfo) => useOwnClientAddress(context, testInfo));

for (const locale of ["ko", "en"] as const) {
  const t = texts[locale];

  test.describe(`wizard walk (${locale})`, () => {
    test("can't send: one question per screen down to the address, every answer in the link", async ({
      page,
    }) => {
      await page.goto(`/${locale}/diagnose?symptom=send`);
      await expect(question(page, t.message)).toBeVisible();
      await expectNoA11yViolations(page);
      await expectTouchTargets(page);
      await expectNoHorizontalScroll(page);

      await page.getByRole("link", { name: t.noMessage }).click();
      await expect(question(page, t.sent)).toBeVisible();
      await page.getByRole("link", { name: new RegExp(t.outbox) }).click();
      await expect(question(page, t.receives)).toBeVisible();
      await page.getByRole("link", { name: t.receiveWorks }).click();
      await expect(question(page, t.before)).toBeVisible();
      await page.getByRole("link", { name: t.newSetup }).click();
      await expect(question(page, t.program)).toBeVisible();
      await expect(page).toHaveURL(/symptom=send&message=no&sent=outbox&receives=yes&before=no$/);

      await page.getByRole("link", { name: /Thunderbird/ }).click();
      await expect(question(page, t.address)).toBeVisible();
      await expect(page).toHaveURL(/client=thunderbird/);

      // Errors in plain words, next to the field.
      await page.getByRole("button", { name: t.start }).click();
      await expect(page.getByText(t.required)).toBeVisible();
      await expect(page.getByRole("textbox", { name: t.addressField })).toHaveAttribute(
        "aria-invalid",
        "true",
      );
      await page.getByRole("textbox", { name: t.addressField }).fill("example");
      await page.getByRole("button", { name: t.start }).click();
      await expect(page.getByText(t.noDot)).toBeVisible();
      await expectNoA11yViolations(page);

      await page.getByRole("textbox", { name: t.addressField }).fill("hong@example.test");
      await page.getByRole("button", { name: t.start }).click();
      await expect(page).toHaveURL(/email=hong%40example\.test/);
      // The walk is over and the check ran (example.test does not exist in the test DNS): the result.
      await expect(page.getByTestId("top-cause")).toHaveAttribute("data-cause", "domain-dns-broken", {
        timeout: 15_000,
      });
    });

    test("back, forward and refresh keep the place", async ({ page }) => {
      await page.goto(`/${locale}/diagnose?symptom=send`);
      await page.getByRole("link", { name: t.noMessage }).click();
      await page.getByRole("link", { name: new RegExp(t.outbox) }).click();
      await expect(question(page, t.receives)).toBeVisible();

      await page.goBack();
      await expect(question(page, t.sent)).toBeVisible();
      await page.goForward();
      await expect(question(page, t.receives)).toBeVisible();
      await page.reload();
      await expect(question(page, t.receives)).toBeVisible();

      await page.getByRole("link", { name: t.back }).click();
      await expect(question(page, t.sent)).toBeVisible();
      await expect(page).toHaveURL(/symptom=send&message=no$/);
    });

    test("a shared link to a middle screen opens on that screen", async ({ page }) => {
      await page.goto(`/${locale}/diagnose?symptom=send&message=no&sent=outbox&receives=yes`);
      await expect(question(page, t.before)).toBeVisible();
    });

    test("a link with a domain and a symptom starts the check at once; the question it leaves open follows", async ({
      page,
    }) => {
      await page.goto(`/${locale}/diagnose?symptom=receive&domain=good.test&client=samsung-email`);
      await expect(question(page, t.webmail)).toBeVisible({ timeout: 15_000 });
      await expect(page.getByTestId("check-headline")).toBeVisible();
    });

    test("a link whose check decides shows the result instead of the question", async ({ page }) => {
      await page.goto(`/${locale}/diagnose?symptom=receive&domain=example.test&client=samsung-email`);
      await expect(page.getByTestId("top-cause")).toHaveAttribute("data-cause", "domain-dns-broken", {
        timeout: 15_000,
      });
      await expect(question(page, t.webmail)).toBeHidden();
    });

    test("a wizard answer the link gets wrong is skipped kindly", async ({ page }) => {
      const response = await page.goto(`/${locale}/diagnose?symptom=send&message=no&sent=maybe`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("status")).toContainText(`${t.skipped}: sent`);
      await expect(question(page, t.sent)).toBeVisible();
    });
  });
}
