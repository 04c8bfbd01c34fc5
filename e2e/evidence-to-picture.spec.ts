// From the evidence to the picture, against the loopback rig (e2e/rig/README.md): a pasted message (or the
// wizard's answers) → the live check → the result → its fix guide, asserting the values inside the
// pictures (what to type: the working settings the check proved) and the "current settings" note (what the
// program uses now: from the message).
import { expect, test, type Page } from "@playwright/test";
import { errorQuery, supportMessages as m, supportWalks as w } from "../lib/testing/support-messages";
import { expectNoA11yViolations, expectNoHorizontalScroll } from "./axe";
import { useOwnClientAddress } from "./client-address";
import { pictureField, shown } from "./pictures";

test.beforeEach(async ({ context }, testInfo) => useOwnClientAddress(context, testInfo));

/** Opens a /diagnose link, waits for the result, checks its top cause and follows "how to fix it". */
async function toFixPage(page: Page, locale: "ko" | "en", query: string, cause: string) {
  await page.goto(`/${locale}/diagnose?${query}`);
  const top = page.getByTestId("top-cause");
  await expect(top).toBeVisible({ timeout: 20_000 });
  await expect(top).toHaveAttribute("data-cause", cause);
  await page.getByRole("link", { name: locale === "ko" ? "고치는 방법 보기" : "See how to fix it" }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/fix/${cause}\\?`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

const checkedBox = (page: Page, dialog: string, id: string) =>
  pictureField(page, dialog, id).locator("[data-checked]").first();

test.describe("message → result → fix page: the pictures show what works, the note what is set now", () => {
  test("the name typo: the picture shows the MX that works, never the missing mail.<domain>", async ({
    page,
  }) => {
    await toFixPage(page, "ko", errorQuery(m.smtpNotFound, "mxonly.test"), "server-not-found");
    expect(await shown(page, "outlook-legacy-servers-tab", "outgoingServer")).toBe("mx.mxonly.test");
    expect(await shown(page, "outlook-legacy-servers-tab", "incomingServer")).toBe("mx.mxonly.test");
    for (const picture of await page.locator('[role="img"][data-dialog]').all())
      await expect(picture).not.toContainText("mail.mxonly.test");
    await expect(page.getByTestId("given-settings")).toContainText("서버 mail.mxonly.test, 포트 25, SMTP");
    await expect(page.getByTestId("values-source")).toContainText("방금 점검에서 실제로 연결된");
    await expectNoA11yViolations(page);
    await expectNoHorizontalScroll(page);
  });

  test("antivirus on 127.0.0.1: POP3 kept, the real server with 995, the current note shows 127.0.0.1 / 110", async ({
    page,
  }) => {
    await toFixPage(page, "ko", errorQuery(m.localhost, "good.test"), "antivirus-interference");
    expect(await shown(page, "outlook-legacy-servers-tab", "incomingServer")).toBe("mail.good.test");
    await expect(page.locator('[data-dialog="outlook-legacy-servers-tab"]').first()).toContainText(
      "받는 메일(POP3)",
    );
    expect(await shown(page, "outlook-legacy-advanced-tab", "incomingPort")).toBe("995");
    await expect(checkedBox(page, "outlook-legacy-advanced-tab", "incomingSsl")).toHaveAttribute(
      "data-checked",
      "true",
    );
    await expect(page.getByTestId("given-settings")).toContainText("서버 127.0.0.1, 포트 110, POP3");
  });

  test("antivirus on port 1110: POP3 kept, the customer's server with 995, the current note shows 1110", async ({
    page,
  }) => {
    await toFixPage(page, "en", errorQuery(m.port1110, "good.test"), "antivirus-interference");
    expect(await shown(page, "outlook-legacy-servers-tab", "incomingServer")).toBe("good.test");
    expect(await shown(page, "outlook-legacy-advanced-tab", "incomingPort")).toBe("995");
    await expect(page.getByTestId("given-settings")).toContainText("server good.test, port 1110, POP3");
  });

  test("relaying denied: outgoing authentication on, and the port the check saw offering a login", async ({
    page,
  }) => {
    await toFixPage(page, "ko", errorQuery(m.relay, "relay.test"), "smtp-auth-required");
    await expect(checkedBox(page, "outlook-legacy-servers-tab", "smtpAuth")).toHaveAttribute(
      "data-checked",
      "true",
    );
    // relay.test offers a login on 587 after STARTTLS, and has no 465.
    expect(await shown(page, "outlook-legacy-advanced-tab", "outgoingPort")).toBe("587");
    await expect(page.getByTestId("given-settings")).toContainText("포트 25");
  });

  test("port 25 blocked: the submission port the check saw working", async ({ page }) => {
    await toFixPage(page, "en", errorQuery(m.smtp25Refused, "port25blocked.test"), "port25-blocked");
    expect(await shown(page, "outlook-legacy-advanced-tab", "outgoingPort")).toBe("465");
    await expect(checkedBox(page, "outlook-legacy-advanced-tab", "outgoingSsl")).toHaveAttribute(
      "data-checked",
      "true",
    );
  });

  test("a certificate made out for another name: the picture shows the name it covers", async ({ page }) => {
    await toFixPage(page, "en", `${w.receiveWebmailShows}&domain=wrongname.test`, "certificate-invalid");
    expect(await shown(page, "thunderbird-server-settings", "serverName")).toBe("www.another-host.test");
    await expect(page.getByText("Add Security Exception")).toBeVisible();
  });

  test("an iPhone user is never offered the Outlook data file", async ({ page }) => {
    await page.goto(`/en/diagnose?symptom=receive&webmail=yes&sudden=yes&client=ios-mail&domain=good.test`);
    await expect(page.getByTestId("top-cause")).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId("result")).not.toContainText("PST/OST");
  });
});

test("without a check the fix page says the pictures show the domain's usual values; an old link still works", async ({
  page,
}) => {
  await page.goto(
    "/en/fix/port25-blocked?client=outlook&domain=example.com&server=mail.example.com&port=587&protocol=smtp&ssl=1",
  );
  await expect(page.getByTestId("values-source")).toContainText("the usual mail settings for example.com");
  await expect(page.getByTestId("given-settings")).toContainText(
    "server mail.example.com, port 587, SMTP, SSL on",
  );
  expect(await shown(page, "outlook-advanced-tab", "outgoingPort")).toBe("587");
});
