// The diagnosis end to end against the loopback rig (e2e/rig/README.md): the ten cases of the original
// support answer (BBBBB.com → the rig's test zones) and each rule of lib/diagnose, from a link that lands
// on the running check to the result.
import { expect, test, type Page } from "@playwright/test";
import type { CauseId } from "../lib/causes";
import { expectNoA11yViolations } from "./axe";
import { supportMessages } from "../lib/testing/support-messages";
import { useOwnClientAddress } from "./client-address";

test.beforeEach(async ({ context }, testInfo) => useOwnClientAddress(context, testInfo));

const messages = supportMessages;

const errorLink = (locale: string, text: string, domain: string) =>
  `/${locale}/diagnose?symptom=error&domain=${domain}&error=${encodeURIComponent(text)}`;

/** Opens a link and waits for the live check to end in a result; returns the top cause. */
async function resultOf(page: Page, path: string): Promise<CauseId> {
  await page.goto(path);
  const top = page.getByTestId("top-cause");
  await expect(top).toBeVisible({ timeout: 20_000 });
  return (await top.getAttribute("data-cause")) as CauseId;
}

const result = (page: Page) => page.getByTestId("result");

test.describe("the ten cases of the original support answer", () => {
  test("1. POP3 on 110 refused, while 110 and 995 answer here: the server is fine, the cause is on the customer's side", async ({
    page,
  }) => {
    const top = await resultOf(page, errorLink("ko", messages.pop3Refused, "good.test"));
    expect([
      "connection-refused",
      "antivirus-interference",
      "wrong-server-name",
      "auth-method-mismatch",
    ]).toContain(top);
    await expect(result(page)).toContainText("서버는 정상적으로 응답합니다");
    await expect(result(page)).not.toContainText("메일 서버가 멈춤");
    await expectNoA11yViolations(page);
  });

  test("1 (en). the same in English", async ({ page }) => {
    await resultOf(page, errorLink("en", messages.pop3Refused, "good.test"));
    await expect(result(page)).toContainText(
      "The server is working: from here, good.test answers on port 110, 995",
    );
  });

  test("2. SMTP on 25 refused, 465 and 587 open: port 25 is blocked, use 465 (implicit TLS first)", async ({
    page,
  }) => {
    expect(await resultOf(page, errorLink("ko", messages.smtp25Refused, "port25blocked.test"))).toBe(
      "port25-blocked",
    );
    await expect(result(page)).toContainText("465번 포트는 열려 있습니다");
  });

  test("3. 11004 on POP3, the name has no address: server not found, the MX suggested", async ({ page }) => {
    expect(await resultOf(page, errorLink("ko", messages.pop3NotFound, "mxonly.test"))).toBe(
      "server-not-found",
    );
    await expect(result(page)).toContainText("서버 이름을 mx.mxonly.test(으)로 고쳐 주세요");
  });

  test("4. 11001 on SMTP with mail.<domain>, which does not resolve: server not found, the MX suggested", async ({
    page,
  }) => {
    expect(await resultOf(page, errorLink("en", messages.smtpNotFound, "mxonly.test"))).toBe(
      "server-not-found",
    );
    await expect(result(page)).toContainText("Please change the server name to mx.mxonly.test");
  });

  test("5. 0x800CCC18: secure password authentication (SPA)", async ({ page }) => {
    expect(await resultOf(page, errorLink("ko", messages.spa, "good.test"))).toBe("auth-method-mismatch");
  });

  test("6. relay denied, 587 takes a login after STARTTLS: outgoing authentication, port 587, STARTTLS", async ({
    page,
  }) => {
    expect(await resultOf(page, errorLink("ko", messages.relay, "relay.test"))).toBe("smtp-auth-required");
    await expect(result(page)).toContainText("587번 포트는 보안 STARTTLS 연결에서 로그인을 받습니다");
    // The fix link carries the current settings (from the message) and the working ones (in/out) apart.
    await expect(page.getByRole("link", { name: "고치는 방법 보기" })).toHaveAttribute(
      "href",
      /\/ko\/fix\/smtp-auth-required\?client=outlook-legacy&domain=relay\.test&server=mail\.relay\.test&port=25&protocol=smtp&ssl=0&in=imap%3A[a-z.]*relay\.test%3A993%3Assl&out=[a-z.]*relay\.test%3A587%3Astarttls/,
    );
  });

  test("7. server 127.0.0.1: an antivirus program took over the settings", async ({ page }) => {
    expect(await resultOf(page, errorLink("ko", messages.localhost, "good.test"))).toBe(
      "antivirus-interference",
    );
  });

  test("8. port 1110: an antivirus program took over the settings", async ({ page }) => {
    expect(await resultOf(page, errorLink("en", messages.port1110, "good.test"))).toBe(
      "antivirus-interference",
    );
  });

  const sendWalk = "symptom=send&message=no&sent=outbox&receives=yes&before=no&client=outlook";

  test("9a. can't send, no message: the SMTP server name typed in the program does not exist", async ({
    page,
  }) => {
    const top = await resultOf(
      page,
      `/ko/diagnose?${sendWalk}&domain=mxonly.test&server=smtp.mxonly.test&port=25&protocol=smtp`,
    );
    expect(top).toBe("server-not-found");
  });

  test("9b. can't send, no message: the server is down (every port refused)", async ({ page }) => {
    expect(await resultOf(page, `/ko/diagnose?${sendWalk}&domain=down.test`)).toBe("server-down");
    await expect(result(page)).toContainText("모두 닫혀 있거나 응답하지 않습니다");
  });

  test("10a. can't receive, webmail shows the mail: the program's settings, not the server", async ({
    page,
  }) => {
    const top = await resultOf(
      page,
      "/en/diagnose?symptom=receive&webmail=yes&sudden=no&client=thunderbird&domain=good.test",
    );
    expect([
      "server-not-found",
      "wrong-server-name",
      "connection-refused",
      "tls-mismatch",
      "wrong-password",
      "auth-method-mismatch",
    ]).toContain(top);
    await expect(result(page)).toContainText("You said webmail shows the new mail");
    await expect(result(page)).not.toContainText("The mail server is down");
  });

  test("10b. can't receive, other sites don't open: no internet", async ({ page }) => {
    expect(await resultOf(page, "/ko/diagnose?symptom=receive&webmail=unknown&internet=no")).toBe(
      "no-internet",
    );
  });

  test("10c. can't receive, webmail is empty too and the server is silent: server down", async ({ page }) => {
    expect(await resultOf(page, "/ko/diagnose?symptom=receive&webmail=no&domain=silent.test")).toBe(
      "server-down",
    );
  });
});

test.describe("more rules", () => {
  test("no MX and no address: the domain's DNS", async ({ page }) => {
    expect(await resultOf(page, "/ko/diagnose?symptom=receive&webmail=no&domain=nothing-here.test")).toBe(
      "domain-dns-broken",
    );
  });

  test("the check shows its progress, then a headline and the lines it saw, folded", async ({
    page,
  }, testInfo) => {
    // A healthy server no other test of the run looks at: within a minute a check of good.test reuses what
    // another test's check proved (SPEC §6, shared probes) and ends before any progress is drawn.
    const domain =
      { desktop: "bench-3.test", pixel: "bench-4.test" }[testInfo.project.name] ?? "bench-5.test";
    // A healthy loopback server answers within a few hundred milliseconds, faster than a poll for the bar
    // may look: the page itself notes whether the bar was ever drawn.
    await page.addInitScript(() => {
      const seen = () => document.querySelector('[role="progressbar"][aria-label="확인 진행률"]') !== null;
      new MutationObserver(() => {
        if (seen()) (window as { sawProgress?: boolean }).sawProgress = true;
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`/ko/diagnose?symptom=receive&domain=${domain}`);
    await expect(page.getByTestId("check-headline")).toHaveText(/메일 서버는 정상입니다/, {
      timeout: 15_000,
    });
    expect(await page.evaluate(() => (window as { sawProgress?: boolean }).sawProgress)).toBe(true);
    // The check could not tell whether webmail shows the mail: that question is asked, under nothing hidden.
    await expect(
      page.getByRole("heading", { level: 2, name: "웹메일에는 새 메일이 보이나요?" }),
    ).toBeVisible();
    await page.getByTestId("check-details").getByText("자세히 보기").click();
    await expect(page.getByTestId("check-lines")).toContainText(`메일 서버 주소(MX): mx.${domain}`);
    await expect(page.getByTestId("check-lines")).toContainText(/받는 메일 서버 \S+ 995번 포트: 응답함/);
  });

  test("answering the remaining questions does not run the check again", async ({ page }) => {
    let checks = 0;
    page.on("request", (r) => {
      if (r.url().endsWith("/api/diagnose")) checks += 1;
    });
    await page.goto("/ko/diagnose?symptom=receive&domain=good.test");
    await expect(page.getByTestId("check-headline")).toBeVisible({ timeout: 15_000 });
    await page.getByRole("link", { name: "네, 웹메일에는 있어요" }).click();
    await page.getByRole("link", { name: "네, 갑자기 안 돼요" }).click();
    await page.getByRole("link", { name: /Thunderbird/ }).click();
    await expect(page.getByTestId("top-cause")).toBeVisible();
    expect(checks).toBe(1);
  });
});
