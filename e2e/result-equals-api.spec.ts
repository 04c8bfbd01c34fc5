// The result page and POST /api/diagnose never disagree (SPEC §2): the page is rendered for a link, and an
// API client sends the same facts (domain, symptom, program, pasted text, answers); the causes the page
// shows, in order and with their confidence, are the API's, and so are the top cause's reasons.
import { expect, test } from "@playwright/test";
import { diagnoseEventSchema, type DiagnoseEvent } from "../lib/api/schema";
import { errorQuery, supportMessages as m, supportWalks as w } from "../lib/testing/support-messages";
import { useOwnClientAddress } from "./client-address";

test.beforeEach(async ({ context }, testInfo) => useOwnClientAddress(context, testInfo));

const cases = [
  { name: "1. POP3 110 refused", locale: "ko", query: errorQuery(m.pop3Refused, "good.test") },
  { name: "6. relaying denied", locale: "en", query: errorQuery(m.relay, "relay.test") },
  { name: "7. antivirus 127.0.0.1", locale: "ko", query: errorQuery(m.localhost, "good.test") },
  { name: "10c. silent server", locale: "en", query: `${w.receiveWebmailEmpty}&domain=silent.test` },
] as const;

for (const c of cases) {
  test(`${c.name}: the page shows the API's result`, async ({ page, request }, testInfo) => {
    await page.goto(`/${c.locale}/diagnose?${c.query}`);
    const top = page.getByTestId("top-cause");
    await expect(top).toBeVisible({ timeout: 20_000 });
    const shown = [
      {
        id: await top.getAttribute("data-cause"),
        confidence: Number(await top.getAttribute("data-confidence")),
      },
      ...(await Promise.all(
        (await page.getByTestId("other-cause").all()).map(async (li) => ({
          id: await li.getAttribute("data-cause"),
          confidence: Number(await li.getAttribute("data-confidence")),
        })),
      )),
    ];
    const reasons = await page.getByTestId("top-cause-evidence").locator("li").allTextContents();

    const q = new URLSearchParams(c.query);
    const answers = Object.fromEntries(
      ["message", "sent", "receives", "before", "webmail", "sudden", "internet", "direction"].flatMap((k) =>
        q.get(k) ? [[k, q.get(k)!]] : [],
      ),
    );
    const response = await request.post("/api/diagnose", {
      headers: {
        "accept-language": c.locale,
        "x-forwarded-for": `10.250.${testInfo.workerIndex}.${cases.indexOf(c) + 1}`,
      },
      data: {
        domain: q.get("domain"),
        symptom: q.get("symptom"),
        ...(q.get("client") ? { client: q.get("client") } : {}),
        ...(q.get("error") ? { text: q.get("error") } : {}),
        answers,
      },
    });
    expect(response.status()).toBe(200);
    const events = (await response.text())
      .split("\n")
      .filter(Boolean)
      .map((line) => diagnoseEventSchema.parse(JSON.parse(line)));
    const result = events.at(-1) as Extract<DiagnoseEvent, { type: "result" }>;
    // The page lists the top cause and at most five others.
    expect(shown).toEqual(result.causes.slice(0, 6).map(({ id, confidence }) => ({ id, confidence })));
    expect(reasons).toEqual(result.causes[0]?.evidence);
  });
}
