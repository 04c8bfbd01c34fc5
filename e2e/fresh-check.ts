// Identical checks are answered from memory for 5 minutes (SPEC §6), and a replayed check ends at once,
// with no progress to show. A test that watches a check run therefore names a server of its own for each
// project (the check's key is the domain and its servers), so it never replays another test's check.
import type { TestInfo } from "@playwright/test";

const hostOfProject: Record<string, string> = { desktop: "mail", pixel: "mx", iphone: "" };

/** `domain=…&server=…` for a check no other project of the run asks for. */
export function freshCheck(domain: string, testInfo: TestInfo): string {
  const prefix = hostOfProject[testInfo.project.name] ?? "";
  return `domain=${domain}&server=${prefix ? `${prefix}.` : ""}${domain}`;
}
