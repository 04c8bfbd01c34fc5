// Long pasted messages (SPEC §1): 20 000 Korean characters reach the result without going into a URL, and
// no link the wizard builds is answered 431 — a 2 000-character `error`, and every link of its page.
import { expect, test } from "@playwright/test";
import { supportMessages as m } from "../lib/testing/support-messages";
import { useOwnClientAddress } from "./client-address";

test.beforeEach(async ({ context }, testInfo) => useOwnClientAddress(context, testInfo));

/** The antivirus message inside 20 000 characters of a Korean mail program's log around it. */
function longKoreanPaste(): string {
  const filler = "메일 프로그램 기록: 받은 편지함을 확인하는 중입니다. 연결을 다시 시도합니다. ";
  const head = filler.repeat(Math.ceil(12_000 / filler.length)).slice(0, 12_000);
  const tail = filler.repeat(Math.ceil(8_000 / filler.length));
  return `${head}\n${m.port1110}\n${tail}`.slice(0, 20_000);
}

test("a 20 000-character Korean paste reaches the result, and the links stay short", async ({ page }) => {
  const text = longKoreanPaste();
  expect(text).toHaveLength(20_000);
  const statuses: number[] = [];
  page.on("response", (r) => statuses.push(r.status()));
  await page.goto("/ko");
  await page.getByRole("textbox", { name: "오류 메시지 붙여 넣기" }).fill(text);
  await page.getByRole("button", { name: "이 메시지로 확인하기" }).click();
  await expect(page).toHaveURL(/\/ko\/diagnose\?symptom=error&msg=[0-9a-f]{32}/);
  expect(page.url().length).toBeLessThan(200);
  // The message was read on the server: the program and the direction are not asked.
  await page.getByRole("textbox", { name: "메일 주소나 도메인" }).fill("good.test");
  await page.getByRole("button", { name: "확인 시작" }).click();
  const top = page.getByTestId("top-cause");
  await expect(top).toHaveAttribute("data-cause", "antivirus-interference", { timeout: 20_000 });
  for (const href of await page
    .locator("a[href]")
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)))
    expect(href.length, href.slice(0, 80)).toBeLessThan(2_000);
  expect(statuses.filter((s) => s === 431 || s === 413)).toEqual([]);
});

test("a link with 2 000 Korean characters of error opens, and so do the links it builds", async ({
  page,
  request,
}) => {
  const error = `${m.port1110} ${"가".repeat(2_000)}`.slice(0, 2_000);
  const statuses: number[] = [];
  page.on("response", (r) => statuses.push(r.status()));
  const response = await page.goto(`/ko/diagnose?symptom=send&error=${encodeURIComponent(error)}`);
  expect(response?.status()).toBe(200);
  // The message settles "what happened to the mail you sent?": the address is asked next.
  await page.getByRole("textbox", { name: "메일 주소나 도메인" }).fill("good.test");
  await page.getByRole("button", { name: "확인 시작" }).click();
  await expect(page).toHaveURL(/domain=good\.test/);
  expect(new URL(page.url()).searchParams.get("error")).toBe(error);
  await expect(page.getByTestId("top-cause")).toHaveAttribute("data-cause", "antivirus-interference", {
    timeout: 20_000,
  });
  // Every link of the result page that carries the message opens too (the language switch, the fix).
  const carrying = await page
    .locator("a[href*='error=']")
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(carrying.length).toBeGreaterThan(0);
  for (const href of carrying) expect((await request.get(href)).status(), href.slice(0, 80)).toBe(200);
  expect(statuses.filter((s) => s === 431 || s === 413)).toEqual([]);
});

test("when the server has forgotten a long message, the browser's copy brings it back", async ({ page }) => {
  const text = longKoreanPaste();
  await page.goto("/en");
  await page.getByRole("textbox", { name: "Paste the error message" }).fill(text);
  await page.getByRole("button", { name: "Check this message" }).click();
  await expect(page).toHaveURL(/msg=([0-9a-f]{32})/);
  const id = new URL(page.url()).searchParams.get("msg")!;
  // The copy under that id is what a restarted server would be sent; a new id plays the restart.
  const gone = "f".repeat(32);
  await page.evaluate(
    ([from, to]) =>
      sessionStorage.setItem(`maildoc:message:${to}`, sessionStorage.getItem(`maildoc:message:${from}`)!),
    [id, gone],
  );
  await page.goto(`/en/diagnose?symptom=error&msg=${gone}`);
  await expect(page).toHaveURL(new RegExp(`msg=${gone}`));
  await expect(page.getByRole("heading", { name: "What is your e-mail address or domain?" })).toBeVisible();
  // The message is back: read (the cause it names) and shown whole under what was chosen.
  const cause = page.getByTestId("chosen-error-cause");
  await page.locator("details", { has: cause }).locator("summary").click();
  await expect(cause).toBeVisible();
  await expect(page.getByTestId("chosen-error")).toContainText("포트: 1110");
});
