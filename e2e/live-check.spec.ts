// The live check of a host with one private and one public address (SPEC §6), from the link to the page:
// the private address is reported and never connected to, the public one is checked, and the result does
// not blame the domain's DNS or a dead server.
import { expect, test } from "@playwright/test";
import { useOwnClientAddress } from "./client-address";

test.beforeEach(async ({ context }, testInfo) => useOwnClientAddress(context, testInfo));

test("mixed.test: 10.1.2.3 is not checked, 127.0.0.2 answers, and the result says so", async ({ page }) => {
  await page.goto("/en/diagnose?symptom=receive&webmail=no&domain=mixed.test");
  const top = page.getByTestId("top-cause");
  await expect(top).toBeVisible({ timeout: 20_000 });
  expect(["server-down", "domain-dns-broken"]).not.toContain(await top.getAttribute("data-cause"));
  // The lines the check saw, folded under the check's summary.
  await page.getByTestId("check-details").getByText("Details").click();
  const checks = page.getByTestId("check-lines");
  await expect(checks).toContainText("IP address of mx.mixed.test: 127.0.0.2, 10.1.2.3");
  await expect(checks).toContainText("The incoming mail server mx.mixed.test, port 993: answers");
  await expect(checks).toContainText(
    "The incoming mail server mx.mixed.test, port 993: not checked (address not allowed)",
  );
  await expect(checks).not.toContainText("mixed.test, port 993: no answer");
});
