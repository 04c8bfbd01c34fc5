// One picture in a fix guide: the drawing scaled to the screen's width (CSS zoom in container-query steps,
// no JavaScript), a tap-to-enlarge switch for small screens, and the caption that is the picture's text
// equivalent: each numbered field with the value to type.
import { uiMessages } from "@/content/ui";
import type { PictureView } from "@/lib/fix/guide";
import type { FixValues } from "@/lib/fix/values";
import { fill, textsFor } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import { MockDialog } from ".";
import { cx } from "./primitives/cx";
import { dialogSpec } from "@/lib/dialogs/registry";

// Zoom factor for each container width, in disjoint ranges so their order in the CSS doesn't matter.
// Desktop drawings are 480 px wide (+24 px padding), phone drawings 300 px.
const fitDesktop = cx(
  "@min-[480px]:@max-[504px]:[zoom:.95] @min-[456px]:@max-[480px]:[zoom:.9] @min-[432px]:@max-[456px]:[zoom:.85]",
  "@min-[408px]:@max-[432px]:[zoom:.8] @min-[384px]:@max-[408px]:[zoom:.75] @min-[360px]:@max-[384px]:[zoom:.7]",
  "@min-[336px]:@max-[360px]:[zoom:.65] @min-[312px]:@max-[336px]:[zoom:.6] @min-[288px]:@max-[312px]:[zoom:.55]",
  "@max-[288px]:[zoom:.5]",
);
const fitPhone = "@min-[300px]:@max-[324px]:[zoom:.92] @max-[300px]:[zoom:.85]";
const phoneClients = new Set(["ios-mail", "android-gmail", "samsung-email"]);

/**
 * A value to type, allowed to wrap only where a reader would: after the dots, @ and colons of a name
 * (`mail.good.` / `mdlab.kr`), never inside a label of it (`mail.good.mdla` / `b.kr`, `mail-` / `support.`).
 */
function BreakableValue({ value }: { value: string }) {
  const parts = value.split(/(?<=[.@:/])/);
  return (
    <strong className="font-semibold [overflow-wrap:normal] [word-break:normal]" data-value>
      {parts.map((part, i) => (
        // An inline block moves to the next line whole (no break at the hyphen of `mail-support.`), and
        // breaks inside only when one label is longer than the whole line.
        <span key={i} className="inline-block max-w-full [overflow-wrap:anywhere]">
          {i > 0 ? <wbr /> : null}
          {part}
        </span>
      ))}
    </strong>
  );
}

export function FixPicture({
  id,
  view,
  values,
  locale,
}: {
  id: string;
  view: PictureView;
  values: FixValues;
  locale: Locale;
}) {
  const t = textsFor(uiMessages.fix, locale);
  const phone = phoneClients.has(dialogSpec(view.dialog).client ?? "");
  const captionId = `${id}-caption`;
  return (
    <figure className="@container -mx-4 mt-2 break-inside-avoid sm:mx-0">
      <details
        className={cx("peer group px-2 print:hidden", phone ? "@min-[324px]:hidden" : "@min-[504px]:hidden")}
      >
        <summary className="inline-flex min-h-11 cursor-pointer items-center gap-1 rounded-md px-2 text-sm font-medium text-blue-800 underline underline-offset-2 hover:bg-blue-50 focus-visible:outline-2 focus-visible:outline-blue-700">
          <span className="group-open:hidden">{t.enlarge}</span>
          <span className="hidden group-open:inline">{t.fit}</span>
        </summary>
      </details>
      <div className="overflow-x-auto bg-slate-100 p-3 sm:rounded-lg peer-open:*:[zoom:1] print:overflow-visible print:bg-transparent">
        <div
          role="img"
          aria-label={fill(t.pictureOf, { name: view.name })}
          aria-describedby={captionId}
          data-dialog={view.dialog}
          className={cx("mx-auto w-max", phone ? fitPhone : fitDesktop)}
        >
          <MockDialog dialog={view.dialog} locale={locale} values={values} highlights={view.highlights} />
        </div>
      </div>
      <figcaption id={captionId} className="mt-2 px-4 sm:px-0">
        <ol className="space-y-1 text-[15px]">
          {view.caption.map((item) => (
            <li key={item.n} className="flex items-start gap-2">
              <span
                aria-hidden="true"
                className="mt-0.5 grid size-5 shrink-0 place-items-center rounded-full bg-rose-700 text-xs font-bold text-white"
              >
                {item.n}
              </span>
              <span>
                {item.label}: <BreakableValue value={item.value} />
              </span>
            </li>
          ))}
        </ol>
      </figcaption>
    </figure>
  );
}
