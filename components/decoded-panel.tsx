"use client";
// The "decoded" panel: decodes the pasted text right here in the browser as the customer types or pastes
// (lib/parse is pure, well under a millisecond), explains each recognised part and lists the likely causes.
// useDeferredValue keeps typing responsive; one short polite live sentence tells screen readers the result.
import { useDeferredValue, useId, useMemo } from "react";
import { causeTitles } from "@/content/causes";
import { errorCatalog } from "@/content/errors";
import { uiMessages } from "@/content/ui";
import { fill, textsFor } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import { decodeErrorText, type DecodedCause, type DecodedPart } from "@/lib/parse";

const MAX_CAUSES_SHOWN = 3;

function partLabel(part: DecodedPart, locale: Locale): string {
  return part.kind === "phrase"
    ? `“${part.raw}”`
    : `${errorCatalog.partKinds[part.kind][locale]} ${part.raw}`;
}

function likelihood(cause: DecodedCause): "high" | "medium" | "low" {
  return cause.confidence >= 0.7 ? "high" : cause.confidence >= 0.4 ? "medium" : "low";
}

const badge = {
  high: "bg-red-100 text-red-800",
  medium: "bg-amber-100 text-amber-900",
  low: "bg-slate-100 text-slate-700",
};

export function DecodedPanel({ locale, text }: { locale: Locale; text: string }) {
  const t = textsFor(uiMessages.decoded, locale);
  const headingId = useId();
  const deferred = useDeferredValue(text);
  const decoded = useMemo(() => (deferred.trim() === "" ? null : decodeErrorText(deferred)), [deferred]);
  const top = decoded?.causes[0];
  const causes = decoded?.causes.slice(0, MAX_CAUSES_SHOWN) ?? [];
  const parts = decoded?.parts.length ?? 0;
  const summary = !decoded
    ? ""
    : !decoded.recognised
      ? t.summaryUnknown
      : top
        ? fill(t.summaryWithCause, { parts, cause: causeTitles[top.id][locale] })
        : fill(t.summary, { parts });

  return (
    <section
      aria-labelledby={decoded ? headingId : undefined}
      className={
        decoded ? "grid gap-4 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm" : undefined
      }
    >
      {decoded ? (
        <h2 id={headingId} className="text-lg font-semibold text-slate-900">
          {decoded.recognised ? t.title : t.unknownTitle}
        </h2>
      ) : null}
      {/* Always mounted, so screen readers notice when the sentence changes. */}
      <p aria-live="polite" className={decoded?.recognised ? "font-medium text-slate-800" : "sr-only"}>
        {summary}
      </p>
      {decoded && !decoded.recognised ? (
        <div className="grid gap-2 text-slate-800">
          <p>{t.unknownIntro}</p>
          <ul className="grid list-disc gap-2 pl-5">
            <li>{t.unknownTips.whole}</li>
            <li>{t.unknownTips.bounce}</li>
            <li>{t.unknownTips.symptom}</li>
          </ul>
        </div>
      ) : null}
      {decoded?.recognised ? (
        <>
          <div className="grid gap-2">
            <h3 className="font-semibold text-slate-900">{t.partsTitle}</h3>
            <ul className="grid gap-2">
              {decoded.parts.map((part) => (
                <li key={part.kind + part.raw} className="rounded-lg bg-slate-50 p-3 leading-relaxed">
                  <span className="font-mono text-sm font-semibold break-all text-brand-900">
                    {partLabel(part, locale)}
                  </span>
                  <span className="text-slate-600"> = </span>
                  <span className="text-slate-800">{part.meaning[locale]}</span>
                </li>
              ))}
            </ul>
          </div>
          <div className="grid gap-2">
            <h3 className="font-semibold text-slate-900">{t.causesTitle}</h3>
            {causes.length === 0 ? <p className="text-slate-700">{t.noCauses}</p> : null}
            <ol className="grid gap-3">
              {causes.map((cause) => (
                <li key={cause.id} className="grid gap-2 rounded-lg border border-slate-200 p-3">
                  <p className="flex flex-wrap items-center gap-2">
                    <span className="font-semibold text-slate-900">{causeTitles[cause.id][locale]}</span>
                    <span
                      className={`rounded-full px-2 py-0.5 text-sm font-medium ${badge[likelihood(cause)]}`}
                    >
                      {t.likelihood[likelihood(cause)]}
                    </span>
                  </p>
                  <p className="text-sm font-medium text-slate-700">{t.evidence}</p>
                  <ul className="grid list-disc gap-1 pl-5 text-sm text-slate-700">
                    {cause.evidence.map((item) => (
                      <li key={item.en}>{item[locale]}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          </div>
        </>
      ) : null}
    </section>
  );
}
