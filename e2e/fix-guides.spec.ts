import { expect, test, type Page } from "@playwright/test";
import { dialogs, type DialogId } from "../lib/dialogs/registry";
import { expectNoA11yViolations, expectNoHorizontalScroll, expectTouchTargets } from "./axe";

// The seed's cases (SPEC §3's "ten cases") in every program: which picture must show, which field is
// highlighted, and the customer's value in it. Values are written out here, not read from content/.
type Value = string | { ko: string; en: string } | { checked: boolean } | { switched: boolean };
type Expectation = [dialog: DialogId, field: string, value: Value];
type Case = { query: string; protocol: "POP3" | "IMAP"; expect: Record<string, Expectation[]> };

const host = "mail.example.com";
const pw = { ko: "암호", en: "Password" };
const normal = { ko: "일반 비밀번호", en: "Normal password" };

const cases: Record<string, Case> = {
  "auth-method-mismatch": {
    query: "domain=example.com&protocol=pop3",
    protocol: "POP3",
    expect: {
      outlook: [["outlook-account-settings", "spa", { checked: false }]],
      "outlook-legacy": [["outlook-legacy-servers-tab", "spa", { checked: false }]],
      "outlook-new": [["outlook-new-account-form", "incomingSecurity", "SSL/TLS"]],
      thunderbird: [["thunderbird-server-settings", "authMethod", normal]],
      "apple-mail": [["apple-mail-server-settings", "incomingAuth", pw]],
      "ios-mail": [["ios-mail-advanced", "authentication", pw]],
      "android-gmail": [["android-gmail-incoming", "securityType", "SSL/TLS"]],
      "samsung-email": [["samsung-email-incoming", "securityType", "SSL"]],
      other: [["other-checklist", "authMethod", normal]],
    },
  },
  "smtp-auth-required": {
    query: "email=kim@example.com",
    protocol: "IMAP",
    expect: {
      outlook: [["outlook-outgoing-tab", "smtpAuth", { checked: true }]],
      "outlook-legacy": [["outlook-legacy-servers-tab", "smtpAuth", { checked: true }]],
      "outlook-new": [["outlook-new-account-form", "outgoingUser", "kim@example.com"]],
      thunderbird: [["thunderbird-smtp-server", "userName", "kim@example.com"]],
      "apple-mail": [["apple-mail-server-settings", "outgoingUser", "kim@example.com"]],
      "ios-mail": [["ios-mail-smtp-server", "userName", "kim@example.com"]],
      "android-gmail": [["android-gmail-outgoing", "requireSignin", { checked: true }]],
      "samsung-email": [["samsung-email-outgoing", "requireAuth", { switched: true }]],
      other: [["other-checklist", "outgoingAuth", { switched: true }]],
    },
  },
  "server-not-found": {
    query: "domain=example.com&server=www.example.com&protocol=pop3&port=110",
    protocol: "POP3",
    expect: {
      outlook: [["outlook-account-settings", "incomingServer", host]],
      "outlook-legacy": [["outlook-legacy-servers-tab", "incomingServer", host]],
      "outlook-new": [["outlook-new-account-form", "incomingServer", host]],
      thunderbird: [["thunderbird-server-settings", "serverName", host]],
      "apple-mail": [["apple-mail-server-settings", "incomingHost", host]],
      "ios-mail": [["ios-mail-account", "incomingHost", host]],
      "android-gmail": [["android-gmail-incoming", "server", host]],
      "samsung-email": [["samsung-email-incoming", "server", host]],
      other: [["other-checklist", "incomingServer", host]],
    },
  },
  "connection-refused": {
    query: "domain=example.com&protocol=pop3&port=110",
    protocol: "POP3",
    expect: {
      outlook: [["outlook-advanced-tab", "incomingPort", "995"]],
      "outlook-legacy": [["outlook-legacy-advanced-tab", "incomingPort", "995"]],
      "outlook-new": [["outlook-new-account-form", "incomingPort", "995"]],
      thunderbird: [["thunderbird-server-settings", "port", "995"]],
      "apple-mail": [["apple-mail-server-settings", "incomingPort", "995"]],
      "ios-mail": [["ios-mail-advanced", "port", "995"]],
      "android-gmail": [["android-gmail-incoming", "port", "995"]],
      "samsung-email": [["samsung-email-incoming", "port", "995"]],
      other: [["other-checklist", "incomingPort", "995"]],
    },
  },
  "antivirus-interference": {
    query: "domain=example.com&server=127.0.0.1&port=1110&protocol=pop3",
    protocol: "POP3",
    expect: {
      outlook: [
        ["outlook-account-settings", "incomingServer", host],
        ["outlook-advanced-tab", "incomingPort", "995"],
      ],
      "outlook-legacy": [
        ["outlook-legacy-servers-tab", "incomingServer", host],
        ["outlook-legacy-advanced-tab", "incomingPort", "995"],
      ],
      "outlook-new": [
        ["outlook-new-account-form", "incomingServer", host],
        ["outlook-new-account-form", "incomingPort", "995"],
      ],
      thunderbird: [
        ["thunderbird-server-settings", "serverName", host],
        ["thunderbird-server-settings", "port", "995"],
      ],
      "apple-mail": [
        ["apple-mail-server-settings", "incomingHost", host],
        ["apple-mail-server-settings", "incomingPort", "995"],
      ],
      "ios-mail": [
        ["ios-mail-account", "incomingHost", host],
        ["ios-mail-advanced", "port", "995"],
      ],
      "android-gmail": [
        ["android-gmail-incoming", "server", host],
        ["android-gmail-incoming", "port", "995"],
      ],
      "samsung-email": [
        ["samsung-email-incoming", "server", host],
        ["samsung-email-incoming", "port", "995"],
      ],
      other: [
        ["other-checklist", "incomingServer", host],
        ["other-checklist", "incomingPort", "995"],
      ],
    },
  },
  "port25-blocked": {
    query: "domain=example.com&protocol=smtp&port=25",
    protocol: "IMAP",
    expect: {
      outlook: [["outlook-advanced-tab", "outgoingPort", "587"]],
      "outlook-legacy": [["outlook-legacy-advanced-tab", "outgoingPort", "587"]],
      "outlook-new": [["outlook-new-account-form", "outgoingPort", "587"]],
      thunderbird: [["thunderbird-smtp-server", "port", "587"]],
      "apple-mail": [["apple-mail-server-settings", "outgoingPort", "587"]],
      "ios-mail": [["ios-mail-smtp-server", "port", "587"]],
      "android-gmail": [["android-gmail-outgoing", "port", "587"]],
      "samsung-email": [["samsung-email-outgoing", "port", "587"]],
      other: [["other-checklist", "outgoingPort", "587"]],
    },
  },
};

const programNames = {
  ko: {
    outlook: "Outlook (2016~365)",
    "outlook-legacy": "Outlook Express · Outlook 2003~2007",
    "outlook-new": "새 Outlook",
    thunderbird: "Thunderbird",
    "apple-mail": "Mac 메일",
    "ios-mail": "iPhone 메일",
    "android-gmail": "Gmail 앱 (안드로이드)",
    "samsung-email": "삼성 이메일",
    other: "다른 프로그램",
  },
  en: {
    outlook: "Outlook (2016–365)",
    "outlook-legacy": "Outlook Express · Outlook 2003–2007",
    "outlook-new": "New Outlook",
    thunderbird: "Thunderbird",
    "apple-mail": "Mail on Mac",
    "ios-mail": "iPhone Mail",
    "android-gmail": "Gmail app (Android)",
    "samsung-email": "Samsung Email",
    other: "Another program",
  },
} as const;
const picturePrefix = { ko: "그림: ", en: "Picture: " };
const captionChecked = {
  ko: { true: "체크", false: "체크 해제" },
  en: { true: "checked", false: "unchecked" },
};
const captionSwitched = { ko: { true: "켬", false: "끔" }, en: { true: "On", false: "Off" } };

function pictureName(dialog: DialogId, locale: "ko" | "en", protocol: string) {
  return picturePrefix[locale] + dialogs[dialog].title[locale].replace("{incoming.protocolName}", protocol);
}

async function expectHighlighted(
  page: Page,
  locale: "ko" | "en",
  protocol: string,
  [dialog, field, value]: Expectation,
) {
  const picture = page
    .getByRole("img", { name: pictureName(dialog, locale, protocol), exact: true })
    .filter({ has: page.locator(`[data-field="${field}"][data-callout]`) })
    .first();
  await expect(picture).toBeVisible();
  const marked = picture.locator(`[data-field="${field}"][data-callout]`);
  const figure = page.locator("figure").filter({ has: picture });
  if (typeof value === "object" && "checked" in value) {
    await expect(marked.locator("[data-checked]").first()).toHaveAttribute(
      "data-checked",
      String(value.checked),
    );
    await expect(figure.locator("figcaption")).toContainText(captionChecked[locale][`${value.checked}`]);
  } else if (typeof value === "object" && "switched" in value) {
    await expect(marked.locator("[data-checked]").first()).toHaveAttribute(
      "data-checked",
      String(value.switched),
    );
    await expect(figure.locator("figcaption")).toContainText(captionSwitched[locale][`${value.switched}`]);
  } else {
    const text = typeof value === "string" ? value : value[locale];
    await expect(marked).toContainText(text);
    await expect(figure.locator("figcaption")).toContainText(text);
  }
}

for (const locale of ["ko", "en"] as const) {
  for (const [cause, c] of Object.entries(cases)) {
    test(`${cause} (${locale}): every program shows its own screen with the customer's value highlighted`, async ({
      page,
    }, testInfo) => {
      test.setTimeout(180_000);
      for (const [client, expectations] of Object.entries(c.expect)) {
        await page.goto(`/${locale}/fix/${cause}?client=${client}&${c.query}`);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        const current = page.getByRole("link", {
          name: programNames[locale][client as keyof (typeof programNames)["ko"]],
          exact: true,
        });
        await expect(current).toHaveAttribute("aria-current", "page");
        for (const expectation of expectations)
          await expectHighlighted(page, locale, c.protocol, expectation);
        await page.screenshot({
          path: testInfo.outputPath(`${locale}-${cause}-${client}.png`),
          fullPage: true,
        });
        await expectNoHorizontalScroll(page);
        await expectNoA11yViolations(page);
      }
    });
  }
}

test.describe("a fix guide link on its own", () => {
  test("the program switcher keeps the other parameters", async ({ page }) => {
    await page.goto("/en/fix/port25-blocked?client=outlook&domain=example.com&port=25");
    await page.getByRole("link", { name: "Thunderbird", exact: true }).click();
    await expect(page).toHaveURL(/client=thunderbird/);
    await expect(page).toHaveURL(/domain=example\.com/);
    await expect(page).toHaveURL(/port=25/);
    await expect(page.getByRole("heading", { level: 2, name: "Fix it in Thunderbird" })).toBeVisible();
    await expectTouchTargets(page);
  });

  test("without a program it shows the checklist and asks for the program; an address personalises it", async ({
    page,
  }) => {
    await page.goto("/ko/fix/server-not-found");
    await expect(page.getByText("위에서 쓰시는 메일 프로그램을 고르면")).toBeVisible();
    await expect(page.getByRole("img", { name: "그림: 메일 프로그램 설정 확인표" }).first()).toBeVisible();
    await page.getByRole("textbox", { name: "내 메일 주소" }).fill("lee@shop.co.kr");
    await page.getByRole("button", { name: "내 설정으로 보기" }).click();
    await expect(page).toHaveURL(/email=lee%40shop\.co\.kr/);
    await expect(page.locator('[data-field="incomingServer"][data-callout]').first()).toContainText(
      "mail.shop.co.kr",
    );
    await expectNoA11yViolations(page);
  });

  test("the values from the error message are named, and the fix shows the right ones", async ({ page }) => {
    await page.goto(
      "/ko/fix/antivirus-interference?client=outlook&domain=example.com&server=127.0.0.1&port=1110",
    );
    await expect(page.getByTestId("given-settings")).toContainText("서버 127.0.0.1, 포트 1110");
    const picture = page.getByRole("img", { name: "그림: Outlook – POP 및 IMAP 계정 설정" }).first();
    await expect(picture.locator('[data-field="incomingServer"][data-callout]')).toContainText(
      "mail.example.com",
    );
  });

  test("invalid parameters are a friendly message, an unknown cause is a 404", async ({ page }) => {
    await page.goto("/en/fix/tls-required?client=lotus-notes&port=99999&domain=example.com");
    await expect(page.getByRole("status")).toContainText("client, port");
    await expect(page.getByRole("img").first()).toBeVisible();
    const response = await page.goto("/en/fix/no-such-cause");
    expect(response?.status()).toBe(404);
  });

  test("a cause outside the customer's hands says what to do and whom to tell", async ({ page }) => {
    await page.goto("/ko/fix/recipient-unknown?client=outlook");
    await expect(page.getByRole("heading", { level: 1, name: "받는 사람 주소가 없음" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "누구에게 알리나요?" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "쓰시는 메일 프로그램" })).toHaveCount(0);
    await expectNoA11yViolations(page);
  });

  test("printing hides the switchers and keeps the pictures", async ({ page }) => {
    await page.goto("/en/fix/smtp-auth-required?client=outlook&domain=example.com");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Your mail program" })).toBeHidden();
    await expect(page.getByRole("img", { name: /Outgoing Server tab/ }).first()).toBeVisible();
  });

  test("on a small screen the picture fits, and can be enlarged without JavaScript", async ({
    page,
    isMobile,
  }) => {
    test.skip(!isMobile, "phones only");
    await page.goto("/en/fix/port25-blocked?client=outlook&domain=example.com");
    const picture = page.getByRole("img", { name: /Advanced tab/ }).first();
    const fitted = await picture.boundingBox();
    expect(fitted?.width).toBeLessThan(page.viewportSize()?.width ?? 0);
    const figure = page.locator("figure").filter({ has: picture });
    await figure.getByText("Enlarge picture").click();
    await expect(figure.getByText("Fit to screen")).toBeVisible();
    await expect.poll(async () => (await picture.boundingBox())?.width).toBeGreaterThan(470);
    await expectNoHorizontalScroll(page);
  });
});
