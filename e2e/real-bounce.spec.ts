// A real returned mail from the corpus (lib/parse/corpus/real), pasted as a customer copies it from a mail
// program: the decoded panel says who refused what and why in one sentence, pasted headers get the hop table,
// and the live check against the rig (e2e/rig) ends in the cause the bounce names.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { CORPUS_DIR, pastedView } from "../scripts/real-corpus";
import { expectNoA11yViolations, expectNoHorizontalScroll } from "./axe";
import { useOwnClientAddress } from "./client-address";

test.beforeEach(async ({ context }, testInfo) => useOwnClientAddress(context, testInfo));

// Amazon SES returning a message because the recipient's mailbox at the far end is full.
const bounceFile = join(CORPUS_DIR, "bounces", "amazonses-03.eml");
const headersFile = join(CORPUS_DIR, "headers", "gsuite-01-top.txt");
const remote = "na-mm-outgoing-6102-bacon.iad6.amazon.com";
const recipient = "kijitora@example.jp";

const pages = [
  {
    locale: "ko",
    label: "오류 메시지 붙여 넣기",
    sentence: `돌아온 메일: 받는 쪽 서버(${remote})가 ${recipient} 앞으로 보낸 메일을 거부했습니다. 이유: 받는 사람 메일함이 가득 참`,
    hops: /메일이 거쳐 온 서버 \d+곳/,
    cause: "받는 사람 메일함이 가득 참",
  },
  {
    locale: "en",
    label: "Paste the error message",
    sentence: `Returned mail: The receiving server ${remote} refused your message to ${recipient}: the recipient's mailbox is full.`,
    hops: /Servers the message passed: \d+/,
    cause: "The recipient's mailbox is full",
  },
] as const;

for (const p of pages)
  test.describe(`a real bounce, pasted (${p.locale})`, () => {
    test("the panel says who refused what and why, and pasted headers show the hops", async ({ page }) => {
      const pasted = await pastedView(readFileSync(bounceFile, "utf8"));
      await page.goto(`/${p.locale}`);
      const box = page.getByRole("textbox", { name: p.label });
      await box.fill(pasted);
      // Under the paste box one line names the cause; the whole reading unfolds from it.
      const decoded = page.getByTestId("decoded-compact");
      await decoded.getByTestId("decoded-line").click();
      await expect(decoded.getByText(p.sentence)).toBeVisible();
      await expectNoA11yViolations(page);
      await expectNoHorizontalScroll(page);

      await box.fill(readFileSync(headersFile, "utf8"));
      await expect(decoded.getByTestId("decoded-line")).not.toContainText(p.cause);
      const details = decoded.locator("details").first();
      if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
        await decoded.getByTestId("decoded-line").click();
      const hops = decoded.getByText(p.hops);
      await expect(hops).toBeVisible();
      await hops.click();
      await expect(page.getByRole("table")).toBeVisible();
      expect(await page.getByRole("table").getByRole("row").count()).toBeGreaterThan(3);
      await expectNoHorizontalScroll(page);
    });

    test("the live check ends in the cause the bounce names", async ({ page }) => {
      const pasted = await pastedView(readFileSync(bounceFile, "utf8"));
      await page.goto(
        `/${p.locale}/diagnose?symptom=error&client=other&domain=good.test&error=${encodeURIComponent(pasted)}`,
      );
      const top = page.getByTestId("top-cause");
      await expect(top).toBeVisible({ timeout: 20_000 });
      expect(await top.getAttribute("data-cause")).toBe("recipient-mailbox-full");
      await expect(page.getByTestId("result")).toContainText(p.cause);
      await expectNoA11yViolations(page);
    });
  });
