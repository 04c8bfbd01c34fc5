// What real mail programs said (lib/parse/corpus/client-texts, captured from Thunderbird, getmail6 and msmtp
// against the rig) walked through the wizard: the link with the message and the customer's domain, the
// live check on the loopback rig, the result page's top cause, and its first fix link with the values
// the pictures tell the customer to type.
import { expect, test, type Page } from "@playwright/test";
import type { CauseId } from "../lib/causes";
import { clientTexts } from "../lib/parse/corpus/client-texts";
import { expectNoA11yViolations, expectNoHorizontalScroll } from "./axe";
import { useOwnClientAddress } from "./client-address";
import { shown } from "./pictures";

test.beforeEach(async ({ context }, testInfo) => useOwnClientAddress(context, testInfo));

const directionLabels = {
  ko: { send: "메일을 보낼 때", receive: "메일을 받을 때" },
  en: { send: "When sending", receive: "When receiving" },
} as const;
const fixLink = { ko: "고치는 방법 보기", en: "See how to fix it" } as const;

const captured = (program: string, protocol: string, scenario: string, lang: "en" | "ko") => {
  const c = clientTexts.find(
    (t) => t.program === program && t.protocol === protocol && t.scenario === scenario && t.lang === lang,
  );
  if (!c) throw new Error(`no captured text for ${program} ${protocol} ${scenario} ${lang}`);
  return c.text;
};

/** How the wizard names the program when the text does not say which it is. */
const programChoices = {
  thunderbird: /^Thunderbird/,
  other: { ko: /^다른 프로그램/, en: /^Another program/ },
} as const;

/**
 * The link with the message and the domain, answered as the customer would: when it appeared (unless the
 * text says) and which program they use (unless the text shows it).
 */
async function resultOf(
  page: Page,
  locale: "ko" | "en",
  text: string,
  domain: string,
  answers: { when: "send" | "receive"; program: keyof typeof programChoices },
): Promise<CauseId> {
  await page.goto(`/${locale}/diagnose?symptom=error&domain=${domain}&error=${encodeURIComponent(text)}`);
  const top = page.getByTestId("top-cause");
  const choice = programChoices[answers.program];
  const questions = [
    page.getByRole("link", { name: directionLabels[locale][answers.when] }),
    page.getByRole("link", { name: choice instanceof RegExp ? choice : choice[locale] }),
  ];
  // Each question shows only when the text leaves it open; the result comes once both are answered. A
  // question can be replaced by the next step while it is being clicked: then the loop looks again, after
  // the clicked question has gone (a click that landed is not repeated on a page still navigating).
  for (let step = 0; step < 6 && !(await top.isVisible()); step++) {
    await expect(top.or(questions[0]!).or(questions[1]!).first()).toBeVisible({ timeout: 20_000 });
    for (const question of questions)
      if (await question.isVisible()) {
        await question.click({ timeout: 5_000 }).catch(() => undefined);
        await question.waitFor({ state: "hidden", timeout: 10_000 }).catch(() => undefined);
        break;
      }
  }
  await expect(top).toBeVisible({ timeout: 20_000 });
  return (await top.getAttribute("data-cause")) as CauseId;
}

/**
 * The result's first "how to fix it" link, followed to the fix guide of `cause`. When the evidence settled
 * the cause before the wizard asked for the program, the guide asks for it: the customer picks `program`.
 */
async function toFixPage(page: Page, locale: "ko" | "en", cause: CauseId, program?: RegExp) {
  await page.getByRole("link", { name: fixLink[locale] }).first().click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/fix/${cause}\\?`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  if (program && !new URL(page.url()).searchParams.has("client")) {
    await page.getByRole("main").getByRole("link", { name: program }).first().click();
    await expect(page).toHaveURL(/[?&]client=/);
  }
}

test("Thunderbird's Korean certificate notification: the server's certificate, not the customer's SSL setting", async ({
  page,
}) => {
  const text = captured("thunderbird", "IMAP", "cert-expired", "ko");
  expect(await resultOf(page, "ko", text, "expired.test", { when: "receive", program: "thunderbird" })).toBe(
    "certificate-invalid",
  );
  await expect(page.getByTestId("top-cause")).toContainText("보안 인증서");
  await expectNoA11yViolations(page);
  await toFixPage(page, "ko", "certificate-invalid");
});

test("Thunderbird timed out on IMAP while the server answers at once: SSL/TLS on 993 in its own picture", async ({
  page,
}) => {
  const text = captured("thunderbird", "IMAP", "plain-on-ssl-port", "en");
  expect(await resultOf(page, "en", text, "good.test", { when: "receive", program: "thunderbird" })).toBe(
    "tls-mismatch",
  );
  await expect(page.getByTestId("result")).toContainText("answers at once");
  await toFixPage(page, "en", "tls-mismatch", /^Thunderbird$/);
  expect(await shown(page, "thunderbird-server-settings", "port")).toBe("993");
  expect(await shown(page, "thunderbird-server-settings", "connectionSecurity")).toBe("SSL/TLS");
  await expectNoHorizontalScroll(page);
});

test("Thunderbird's Korean 'server not found' for mail.mxonly.test: the picture shows the MX that works", async ({
  page,
}) => {
  const text = captured("thunderbird", "IMAP", "name-not-found", "ko");
  expect(await resultOf(page, "ko", text, "mxonly.test", { when: "receive", program: "thunderbird" })).toBe(
    "server-not-found",
  );
  await toFixPage(page, "ko", "server-not-found", /^Thunderbird$/);
  expect(await shown(page, "thunderbird-server-settings", "serverName")).toBe("mx.mxonly.test");
  for (const picture of await page.locator('[role="img"][data-dialog]').all())
    await expect(picture).not.toContainText("mail.mxonly.test");
  await expect(page.getByTestId("given-settings")).toContainText("mail.mxonly.test");
  await expectNoA11yViolations(page);
});

test("Thunderbird refused on SMTP where only port 25 refuses: the submission port in its SMTP picture", async ({
  page,
}) => {
  const text = captured("thunderbird", "SMTP", "port25-refused", "en");
  expect(
    await resultOf(page, "en", text, "port25blocked.test", { when: "send", program: "thunderbird" }),
  ).toBe("port25-blocked");
  await toFixPage(page, "en", "port25-blocked", /^Thunderbird$/);
  // A submission port the check saw taking a login, with its own security; never 25 again.
  const port = await shown(page, "thunderbird-smtp-server", "port");
  expect(["465", "587"]).toContain(port);
  expect(await shown(page, "thunderbird-smtp-server", "connectionSecurity")).toBe(
    port === "465" ? "SSL/TLS" : "STARTTLS",
  );
});

test("Dovecot's 'Unsupported authentication mechanism' through getmail6: the login method, not the password", async ({
  page,
}) => {
  const text = captured("getmail6", "IMAP", "auth-mechanism", "en");
  expect(await resultOf(page, "en", text, "good.test", { when: "receive", program: "other" })).toBe(
    "auth-method-mismatch",
  );
  await toFixPage(page, "en", "auth-method-mismatch");
});

test("msmtp's 'cannot locate host' names mail.mxonly.test: the check looks at it and the MX that works", async ({
  page,
}) => {
  const text = captured("msmtp", "SMTP", "name-not-found", "en");
  expect(await resultOf(page, "en", text, "mxonly.test", { when: "send", program: "other" })).toBe(
    "server-not-found",
  );
  await expect(page.getByTestId("result")).toContainText("mx.mxonly.test");
});
