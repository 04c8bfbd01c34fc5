import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import jsQR from "jsqr";
import { expectNoA11yViolations, expectNoHorizontalScroll, expectTouchTargets } from "./axe";
import { useOwnClientAddress } from "./client-address";

// Automatic setup (SPEC §8) through the real server and the loopback rig: the iPhone guide's first step is
// the download, the download is a profile of the checked settings, a computer shows it as a QR code, and the
// fixed paths mail programs ask for are served as they are (no language redirect).
test.beforeEach(async ({ context }, testInfo) => useOwnClientAddress(context, testInfo));

const onlyIn = (project: string) =>
  test.skip(test.info().project.name !== project, `runs in the ${project} project`);

/** The plist library is ESM only; Playwright loads specs as CommonJS, so it is imported on demand. */
async function readProfile(path: string) {
  const { parse } = await import("plist");
  return parse(readFileSync(path, "utf8")) as Record<string, unknown> & {
    PayloadContent: Record<string, unknown>[];
  };
}

/** Decodes the QR code drawn as an SVG path (one unit square per module, see lib/qr-path.ts). */
async function decodeQr(page: Page, selector: string): Promise<string | null> {
  const { d, box } = await page.locator(`${selector} svg`).evaluate((svg) => ({
    d: svg.querySelector("path")?.getAttribute("d") ?? "",
    box: svg.getAttribute("viewBox")?.split(" ").map(Number) ?? [],
  }));
  const [x0 = 0, y0 = 0, size = 0] = box;
  const scale = 4;
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, col, row] of d.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    for (let dy = 0; dy < scale; dy++)
      for (let dx = 0; dx < scale; dx++) {
        const x = (Number(col) - x0) * scale + dx;
        const y = (Number(row) - y0) * scale + dy;
        pixels.fill(0, (y * width + x) * 4, (y * width + x) * 4 + 3);
      }
  }
  return jsQR(pixels, width, width)?.data ?? null;
}

test("iPhone: the fix guide offers the download first, and the download is a profile of the checked settings", async ({
  page,
}) => {
  onlyIn("iphone");
  await page.goto("/ko/fix/server-not-found?client=ios-mail&email=kim@good.test");
  const steps = page
    .getByRole("region", { name: /iPhone 메일에서 고치기/ })
    .locator("ol")
    .first()
    .locator(":scope > li");
  const first = steps.first();
  await expect(first).toContainText("자동으로 설정하기");
  const download = first.getByTestId("setup-download");
  await expect(download).toHaveText("kim@good.test의 설정 파일 받기");
  // The three install screens, in order, as pictures with their captions.
  await expect(first.locator("[data-dialog]")).toHaveCount(3);
  expect(
    await first.locator("[data-dialog]").evaluateAll((els) => els.map((e) => e.getAttribute("data-dialog"))),
  ).toEqual(["ios-mail-profile-downloaded", "ios-mail-profile-settings", "ios-mail-profile-install"]);
  await expect(first.getByRole("img", { name: /프로파일 설치/ })).toBeVisible();
  // The manual steps follow.
  await expect(steps.nth(1).locator("[data-dialog]")).toHaveAttribute("data-dialog", "ios-mail-account");
  // No QR code on the phone itself.
  await expect(page.getByTestId("setup-qr")).toBeHidden();

  const [file] = await Promise.all([page.waitForEvent("download"), download.click()]);
  expect(file.suggestedFilename()).toBe("good.test.mobileconfig");
  const profile = await readProfile((await file.path())!);
  expect(profile.PayloadDisplayName).toBe("good.test 메일");
  expect(profile.PayloadContent).toEqual([
    expect.objectContaining({
      PayloadType: "com.apple.mail.managed",
      EmailAddress: "kim@good.test",
      EmailAccountType: "EmailTypeIMAP",
      IncomingMailServerHostName: "mail.good.test",
      IncomingMailServerPortNumber: 993,
      OutgoingMailServerHostName: "mail.good.test",
      OutgoingMailServerPortNumber: 465,
    }),
  ]);
  await expectNoHorizontalScroll(page);
  await expectTouchTargets(page);
  await expectNoA11yViolations(page);
});

test("iPhone without an address: the download is a form that keeps the POP3 customer's protocol", async ({
  page,
}) => {
  onlyIn("iphone");
  await page.goto("/en/fix/connection-refused?client=ios-mail&domain=good.test&protocol=pop3");
  const form = page.locator("[data-setup=ios-profile] form");
  // An address whose domain has no working server: the reason is shown in the form, nothing downloads.
  await form.getByLabel("E-mail address").fill("lee@down.test");
  await form.getByRole("button").click();
  await expect(form.getByRole("alert")).toHaveText(
    "No mail server of down.test answers right now, so no automatic setup can be made.",
  );
  await form.getByLabel("E-mail address").fill("lee@good.test");
  const [file] = await Promise.all([page.waitForEvent("download"), form.getByRole("button").click()]);
  const profile = await readProfile((await file.path())!);
  expect(profile.PayloadContent[0]).toMatchObject({
    EmailAccountType: "EmailTypePOP",
    IncomingMailServerPortNumber: 995,
  });
});

test("iPhone: when nothing can be set up, the guide says why instead of downloading", async ({ page }) => {
  onlyIn("iphone");
  await page.goto("/en/fix/connection-refused?client=ios-mail&email=kim@down.test");
  let downloaded = false;
  page.on("download", () => (downloaded = true));
  await page.getByTestId("setup-download").click();
  await expect(page.locator("[data-setup]").getByRole("alert")).toHaveText(
    "No mail server of down.test answers right now, so no automatic setup can be made.",
  );
  expect(downloaded).toBe(false);
  await expect(page).toHaveURL(/\/en\/fix\/connection-refused/);
});

test("desktop: the QR code encodes the download link", async ({ page, baseURL }) => {
  onlyIn("desktop");
  await page.goto("/en/fix/connection-refused?client=ios-mail&email=kim@relay.test");
  const qr = page.getByTestId("setup-qr");
  await expect(qr).toBeVisible();
  await expect(qr.getByRole("img", { name: "QR code of the setup file's download link" })).toBeVisible();
  const link = `${baseURL}/api/setup/apple?email=kim%40relay.test&lang=en`;
  expect(await decodeQr(page, "[data-testid=setup-qr]")).toBe(link);
  await expect(page.getByTestId("setup-download")).toHaveAttribute("href", link.replace(baseURL ?? "", ""));
  await expectNoA11yViolations(page);
});

test("desktop: Mac Mail's first step is the download too; Thunderbird's guide explains autoconfig", async ({
  page,
}) => {
  onlyIn("desktop");
  await page.goto("/en/fix/tls-mismatch?client=apple-mail&email=kim@good.test");
  await expect(page.locator("ol li").first().getByTestId("setup-download")).toBeVisible();
  await expect(page.getByTestId("setup-qr")).toHaveCount(0);
  await page.goto("/en/fix/server-not-found?client=thunderbird&email=kim@good.test");
  await expect(page.getByTestId("autoconfig-note")).toContainText(
    "autoconfig.good.test points at this service",
  );
});

test("desktop: the staff page shows the DNS records that point a domain at this service", async ({
  page,
}) => {
  onlyIn("desktop");
  await page.goto("/en/staff");
  await page.getByLabel("Customer's domain").fill("Customer.example");
  const records = page.getByTestId("setup-dns-records");
  await expect(records).toContainText("autoconfig.customer.example. CNAME localhost.");
  await expect(records).toContainText("autodiscover.customer.example. CNAME localhost.");
  await expect(records).toContainText("_autodiscover._tcp.customer.example. SRV 0 0 443 localhost.");
  await expectNoA11yViolations(page);
});

test("the setup paths mail programs ask for are served without a language redirect", async ({ request }) => {
  onlyIn("desktop");
  for (const path of ["/mail/config-v1.1.xml", "/.well-known/autoconfig/mail/config-v1.1.xml"]) {
    const response = await request.get(`${path}?emailaddress=kim@good.test`, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    expect(await response.text()).toContain('<incomingServer type="imap">');
  }
  const discovered = await request.post("/autodiscover/autodiscover.xml", {
    maxRedirects: 0,
    headers: { "content-type": "text/xml" },
    data: `<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006"><Request><EMailAddress>kim@good.test</EMailAddress><AcceptableResponseSchema>http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a</AcceptableResponseSchema></Request></Autodiscover>`,
  });
  expect(discovered.status()).toBe(200);
  expect(await discovered.text()).toContain("<Type>SMTP</Type>");
});
