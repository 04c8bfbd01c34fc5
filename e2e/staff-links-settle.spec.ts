// The six staff links of issue 10, against the loopback rig (e2e/rig/README.md), on phone and desktop in
// both languages: each lands on the result with the right first fix link, and no question the evidence had
// settled is ever shown. Screenshots of each result headline kind and of the folded check go into the report.
import { expect, test, type Page } from "@playwright/test";
import { supportMessages as m } from "../lib/testing/support-messages";
import { expectNoA11yViolations, expectNoHorizontalScroll } from "./axe";
import { useOwnClientAddress } from "./client-address";

test.beforeEach(async ({ context }, testInfo) => useOwnClientAddress(context, testInfo));

const link = (params: Record<string, string>) => new URLSearchParams(params).toString();

const cases = [
  {
    name: "can't receive, the server is down",
    query: link({ symptom: "receive", domain: "down.test", client: "thunderbird" }),
    cause: "server-down",
    settled: "recv-webmail",
    headline: "down",
  },
  {
    name: "can't send, port 25 refused while 465 works",
    query: link({
      symptom: "send",
      domain: "port25blocked.test",
      client: "outlook-legacy",
      error: m.smtp25Refused,
    }),
    cause: "port25-blocked",
    settled: "send-sent",
    headline: "fine",
  },
  {
    name: "an error message: relaying denied",
    query: link({ symptom: "error", domain: "relay.test", error: m.relay }),
    cause: "smtp-auth-required",
    // The message answers every question of the error flow: the walk reaches its end.
    settled: null,
    headline: "fine",
  },
  {
    name: "can't receive, secure password authentication (SPA)",
    query: link({ symptom: "receive", domain: "good.test", error: m.spa }),
    cause: "auth-method-mismatch",
    settled: "recv-webmail",
    headline: "fine",
  },
  {
    name: "can't receive, the antivirus port 1110",
    query: link({ symptom: "receive", domain: "good.test", client: "outlook-legacy", error: m.port1110 }),
    cause: "antivirus-interference",
    settled: "recv-webmail",
    headline: "fine",
  },
  {
    name: "can't send, the server name has a typo",
    query: link({ symptom: "send", domain: "mxonly.test", error: m.smtpNotFound }),
    cause: "server-not-found",
    settled: "send-sent",
    headline: "fine",
  },
] as const;

/** Every question heading that becomes visible while the page settles is recorded. */
async function watchQuestions(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.exposeFunction("__questionSeen", (text: string) => seen.push(text));
  await page.addInitScript(() => {
    const report = () => {
      const q = document.getElementById("question");
      if (q && q.offsetParent !== null)
        (window as unknown as { __questionSeen: (t: string) => void }).__questionSeen(q.textContent ?? "");
    };
    new MutationObserver(report).observe(document, { subtree: true, childList: true, attributes: true });
    document.addEventListener("DOMContentLoaded", report);
  });
  return seen;
}

for (const locale of ["ko", "en"] as const) {
  test.describe(`staff links the evidence decides (${locale})`, () => {
    for (const c of cases) {
      test(`${c.name}: the result at once, ${c.cause} first`, async ({ page }, testInfo) => {
        const questions = await watchQuestions(page);
        await page.goto(`/${locale}/diagnose?${c.query}`);
        const top = page.getByTestId("top-cause");
        await expect(top).toBeVisible({ timeout: 20_000 });
        await expect(top).toHaveAttribute("data-cause", c.cause);
        await expect(page.getByTestId("fix-link")).toHaveAttribute(
          "href",
          new RegExp(`^/${locale}/fix/${c.cause}\\?`),
        );
        await expect(page.getByTestId("check-headline")).toHaveAttribute("data-headline", c.headline);
        expect(questions, "questions shown although the evidence had settled them").toEqual([]);
        // The settled question is still there to answer, under "what we already know".
        if (c.settled)
          await expect(page.getByTestId("known").locator(`[data-skipped="${c.settled}"]`)).toBeVisible();
        await expectNoHorizontalScroll(page);
        if (testInfo.project.name === "desktop" && locale === "ko") {
          await expectNoA11yViolations(page);
          await testInfo.attach(`result-${c.headline}-${c.cause}`, {
            body: await page.getByTestId("result").screenshot(),
            contentType: "image/png",
          });
        }
      });
    }
  });
}
