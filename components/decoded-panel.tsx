"use client";
// The "decoded" panel: decodes the pasted text right here in the browser as the customer types or pastes
// (lib/parse is pure, well under a millisecond), explains each recognised part and lists the likely causes.
// A returned mail gets one sentence (who refused what, and why); pasted headers get a folded hop table.
// A whole raw message (.eml) is read with its MIME structure: that reader loads only when one is pasted.
// useDeferredValue keeps typing responsive; one short polite live sentence tells screen readers the result.
import { useDeferredValue, useEffect, useId, useMemo, useState } from "react";
import { causeTitles } from "@/content/causes";
import { errorCatalog } from "@/content/errors";
import { decoded as decodedTexts } from "@/content/ui/decoded";
import { fill, textsFor } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import {
  decodeErrorText,
  type Decoded,
  type DecodedCause,
  type DecodedPart,
  type HeaderReport,
} from "@/lib/parse";
import { looksLikeRawMessage } from "@/lib/parse/raw-message";

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

type Strings = (typeof decodedTexts)[Locale];

function delayText(seconds: number | null, t: Strings): string {
  if (seconds === null) return t.unknown;
  if (seconds < 90) return t.seconds.replace("{n}", String(seconds));
  if (seconds < 5400) return t.minutes.replace("{n}", String(Math.round(seconds / 60)));
  return t.hours.replace("{n}", String(Math.round(seconds / 3600)));
}

/** The Received chain oldest first, folded by default so the panel stays short on a phone. */
function HopTable({ headers, t }: { headers: HeaderReport; t: Strings }) {
  const { hops, auth, spam } = headers;
  return (
    <div className="grid gap-2 text-sm text-slate-700">
      {hops.length > 1 ? (
        <details className="rounded-lg border border-slate-200">
          <summary className="flex min-h-11 cursor-pointer items-center px-3 font-semibold text-slate-900">
            {t.hopsSummary.replace("{count}", String(hops.length))}
          </summary>
          <div className="overflow-x-auto px-3 pb-3">
            <table className="w-full text-left">
              <thead>
                <tr>
                  <th scope="col" className="py-1 pr-2 font-medium">
                    {t.hopBy}
                  </th>
                  <th scope="col" className="py-1 pr-2 font-medium">
                    {t.hopFrom}
                  </th>
                  <th scope="col" className="py-1 pr-2 font-medium">
                    {t.hopDelay}
                  </th>
                  <th scope="col" className="py-1 font-medium">
                    {t.hopTls}
                  </th>
                </tr>
              </thead>
              <tbody>
                {hops.map((hop, i) => (
                  <tr key={`${i}-${hop.by ?? ""}`} className="border-t border-slate-100 align-top">
                    <td className="py-1 pr-2 break-all">{hop.by ?? t.unknown}</td>
                    <td className="py-1 pr-2 break-all">{hop.from ?? t.unknown}</td>
                    <td className="py-1 pr-2 whitespace-nowrap">
                      {i === 0 ? "" : delayText(hop.delaySeconds, t)}
                    </td>
                    <td className="py-1">{hop.tls === null ? t.unknown : hop.tls ? t.tlsYes : t.tlsNo}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}
      {auth.length > 0 || spam.length > 0 ? (
        <p>
          <span className="font-medium text-slate-900">{t.authTitle}: </span>
          {[
            ...auth.map((a) => `${a.method.toUpperCase()} ${a.result}`),
            ...spam.map((v) => `${v.header}: ${v.spam ? t.spamFlagged : t.spamClean}`),
          ].join(" · ")}
        </p>
      ) : null}
    </div>
  );
}

/** Pasted text decodes at once; a raw .eml first goes through the MIME reader, loaded only then. */
function useDecoded(text: string): Decoded | null {
  const raw = looksLikeRawMessage(text);
  const quick = useMemo(() => (text.trim() === "" ? null : decodeErrorText(text)), [text]);
  const [read, setRead] = useState<{ text: string; decoded: Decoded } | null>(null);
  useEffect(() => {
    if (!raw) return;
    let current = true;
    void import("@/lib/parse/message").then(async ({ decodeMessage }) => {
      const decoded = await decodeMessage(text);
      if (current) setRead({ text, decoded });
    });
    return () => {
      current = false;
    };
  }, [raw, text]);
  return raw && read?.text === text ? read.decoded : quick;
}

export function DecodedPanel({ locale, text }: { locale: Locale; text: string }) {
  const t = textsFor(decodedTexts, locale);
  const headingId = useId();
  const deferred = useDeferredValue(text);
  const decoded = useDecoded(deferred);
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
      {decoded?.bounce ? (
        <p className="rounded-lg bg-amber-50 p-3 leading-relaxed text-slate-900">
          <span className="font-semibold">{t.bounceLabel}: </span>
          {decoded.bounce.sentence[locale]}
        </p>
      ) : null}
      {decoded?.headers ? <HopTable headers={decoded.headers} t={t} /> : null}
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
