// Test helper: draws a picture to HTML and reads back what one field shows.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { MockDialog } from "@/components/mock-dialogs";
import type { Highlight } from "@/lib/dialogs/field-state";
import type { DialogId } from "@/lib/dialogs/registry";
import type { Locale } from "@/lib/i18n/locales";
import type { FixValues } from "@/lib/fix/values";

export function drawPicture(
  dialog: DialogId,
  values: FixValues,
  locale: Locale,
  highlights: Highlight[] = [],
) {
  return renderToStaticMarkup(createElement(MockDialog, { dialog, values, locale, highlights }));
}

/** The markup of the element carrying data-field="<field>" (fields are drawn as <span>s), or null. */
export function fieldMarkup(html: string, field: string): string | null {
  const start = html.indexOf(`data-field="${field}"`);
  if (start < 0) return null;
  const open = html.lastIndexOf("<span", start);
  let depth = 0;
  const tag = /<span\b|<\/span>/g;
  tag.lastIndex = open;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    depth += m[0] === "</span>" ? -1 : 1;
    if (depth === 0) return html.slice(open, m.index + m[0].length);
  }
  return null;
}

/** The text a field shows (tags stripped, entities of the few characters React escapes decoded). */
export function fieldText(html: string, field: string): string | null {
  const markup = fieldMarkup(html, field);
  if (markup === null) return null;
  return markup
    .replace(/<span data-badge[^>]*>\d+<\/span>/g, "")
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'");
}
