// The staff link builder: fill in, get the link (copy), the QR code and a preview; the link opened on a
// phone lands on the running check.
import { expect, test } from "@playwright/test";
import { expectNoA11yViolations, expectNoHorizontalScroll, expectTouchTargets } from "./axe";
import { useOwnClientAddress } from "./client-address";

const texts = {
  ko: {
    title: "고객에게 보낼 진단 링크 만들기",
    address: "고객의 메일 주소나 도메인",
    receive: "메일을 받을 수 없음",
    program: "메일 프로그램",
    english: "English",
    error: "오류 메시지 (선택)",
    make: "링크 만들기",
    link: "고객에게 보낼 링크",
    copy: "링크 복사",
    copied: "링크를 복사했습니다.",
    qr: "휴대폰 카메라로 찍으면 이 링크가 열립니다",
    preview: "고객이 보게 될 화면",
    ipAddress: "IP 주소 말고 도메인 이름(예: example.com)을 적어 주세요.",
  },
  en: {
    title: "Make a diagnosis link for a customer",
    address: "Customer's e-mail address or domain",
    receive: "Can't receive mail",
    program: "Mail program",
    english: "English",
    error: "Error message (optional)",
    make: "Make the link",
    link: "Link for the customer",
    copy: "Copy link",
    copied: "Link copied.",
    qr: "Scanning it with a phone camera opens this link",
    preview: "What the customer will see",
    ipAddress: "Please enter a domain name (like example.com), not an IP address.",
  },
} as const;

test.beforeEach(async ({ context }, testInfo) => useOwnClientAddress(context, testInfo));

for (const locale of ["ko", "en"] as const) {
  const t = texts[locale];

  test.describe(`staff link builder (${locale})`, () => {
    test("makes a link with a copy button, a QR code and a preview", async ({ page, context, baseURL }) => {
      await context.grantPermissions(["clipboard-read", "clipboard-write"]);
      await page.goto(`/${locale}/staff`);
      await expect(page.getByRole("heading", { level: 1, name: t.title })).toBeVisible();
      await expectNoA11yViolations(page);
      await expectTouchTargets(page);

      await page.getByRole("textbox", { name: t.address }).fill("127.0.0.1");
      await page.getByRole("button", { name: t.make }).click();
      await expect(page.getByText(t.ipAddress)).toBeVisible();

      await page.getByRole("textbox", { name: t.address }).fill("hong@example.test");
      await page.getByRole("radio", { name: t.receive }).check();
      await page.getByRole("combobox", { name: t.program }).selectOption("samsung-email");
      await page.getByRole("radio", { name: t.english }).check();
      await page.getByRole("textbox", { name: t.error }).fill("소켓 오류: 10061, 오류 번호: 0x800CCC0E");
      await page.getByRole("button", { name: t.make }).click();

      const link = page.getByRole("textbox", { name: t.link });
      await expect(link).toHaveValue(
        `${baseURL}/en/diagnose?symptom=receive&client=samsung-email&email=hong%40example.test&error=%EC%86%8C%EC%BC%93+%EC%98%A4%EB%A5%98%3A+10061%2C+%EC%98%A4%EB%A5%98+%EB%B2%88%ED%98%B8%3A+0x800CCC0E`,
      );
      await expect(page.getByRole("img", { name: t.qr })).toBeVisible();
      await expect(page.getByRole("region", { name: t.preview })).toContainText("hong@example.test");
      await expect(page.getByRole("region", { name: t.preview })).toContainText(
        "Does webmail show the new mail?",
      );

      await page.getByRole("button", { name: t.copy }).click();
      await expect(page.getByText(t.copied)).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await link.inputValue());
      await expectNoA11yViolations(page);
      await expectNoHorizontalScroll(page);
    });
  });
}

test("a staff link opened on a phone lands on the running check", async ({ page, baseURL }) => {
  await page.goto(`/ko/staff`);
  await page.getByRole("textbox", { name: texts.ko.address }).fill("good.test");
  await page.getByRole("radio", { name: texts.ko.receive }).check();
  await page.getByRole("button", { name: texts.ko.make }).click();
  const link = await page.getByRole("textbox", { name: texts.ko.link }).inputValue();
  expect(link).toBe(`${baseURL}/ko/diagnose?symptom=receive&domain=good.test`);

  await page.goto(link);
  // The check runs at once (or is replayed, when another test just ran it) and ends on its headline, with
  // the single lines folded below it.
  await expect(page.getByTestId("check-headline")).toHaveAttribute("data-headline", "fine", {
    timeout: 20_000,
  });
  await expect(page.getByTestId("check-lines")).toContainText("메일 서버 주소(MX): mx.good.test");
  await expect(page.getByRole("heading", { level: 2, name: "웹메일에는 새 메일이 보이나요?" })).toBeVisible();
});
