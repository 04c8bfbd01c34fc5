import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Fails on any serious or critical axe-core violation (WCAG 2.x A/AA rules) on the current page. */
export async function expectNoA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const bad = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(bad, "serious or critical accessibility violations").toEqual([]);
}

/** The page does not scroll sideways. */
export async function expectNoHorizontalScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, "page is wider than the viewport").toBeLessThanOrEqual(client);
}

/** Every visible link and button is at least 44×44 CSS pixels (WCAG 2.5.5). */
export async function expectTouchTargets(page: Page) {
  const small = await page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        "a[href], button, [role=button], summary, select, input:not([type=hidden])",
      ),
    ]
      .filter((el) => el.offsetParent !== null && !el.closest("[data-touch-exempt]"))
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      // Visually hidden elements (1×1 px, e.g. a skip link until focused) are not targets.
      .filter(({ box }) => box.width > 1 && (box.width < 44 || box.height < 44))
      .map(
        ({ el, box }) =>
          `${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
      ),
  );
  expect(small, "touch targets smaller than 44 px").toEqual([]);
}
