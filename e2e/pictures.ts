// Reading the fix guides' pictures (components/mock-dialogs): the value a screen shows in one field.
import type { Page } from "@playwright/test";

/** One field of the first picture of `dialog` on the page. */
export const pictureField = (page: Page, dialog: string, id: string) =>
  page.locator(`[role="img"][data-dialog="${dialog}"]`).first().locator(`[data-field="${id}"]`);

/** What the field shows, without its numbered callout badge. */
export async function shown(page: Page, dialog: string, id: string): Promise<string> {
  return pictureField(page, dialog, id).evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll("[data-badge]").forEach((badge) => badge.remove());
    return copy.textContent?.trim() ?? "";
  });
}
