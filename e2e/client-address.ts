// Each test its own client address for the live check's per-client limits (SPEC §6: one check at a time,
// ten a minute). The app under test trusts X-Forwarded-For (MAILDOC_TRUST_PROXY=1 in playwright.config.ts).
import { createHash } from "node:crypto";
import type { BrowserContext, TestInfo } from "@playwright/test";

export async function useOwnClientAddress(context: BrowserContext, testInfo: TestInfo) {
  const [a = 0, b = 0, c = 0] = createHash("sha256").update(`${testInfo.testId}:${testInfo.retry}`).digest();
  await context.setExtraHTTPHeaders({ "x-forwarded-for": `10.${a}.${b}.${(c % 254) + 1}` });
}
