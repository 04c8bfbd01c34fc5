"use client";
// The decoded panel kept short: the message's most likely cause in one line, every part of the decoding
// (components/decoded-panel.tsx) folded away under it. The decoder and the panel load only once there is
// text to read, so a page that shows a paste box does not carry lib/parse before anyone pastes.
import dynamic from "next/dynamic";
import { useDeferredValue, useEffect, useState } from "react";
import { causeTitles } from "@/content/causes";
import { decoded as decodedTexts } from "@/content/ui/decoded";
import { fill, textsFor } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Decoded } from "@/lib/parse";

const DecodedPanel = dynamic(() => import("./decoded-panel").then((m) => m.DecodedPanel), { ssr: false });

function useDecoded(text: string): Decoded | null {
  const [decoded, setDecoded] = useState<{ text: string; value: Decoded } | null>(null);
  useEffect(() => {
    if (text.trim() === "") return;
    let current = true;
    void import("@/lib/parse").then(({ decodeErrorText }) => {
      if (current) setDecoded({ text, value: decodeErrorText(text) });
    });
    return () => {
      current = false;
    };
  }, [text]);
  return text.trim() !== "" && decoded?.text === text ? decoded.value : null;
}

export function DecodedCompact({ locale, text }: { locale: Locale; text: string }) {
  const t = textsFor(decodedTexts, locale);
  const deferred = useDeferredValue(text);
  const decoded = useDecoded(deferred);
  const top = decoded?.causes[0];
  const line = !decoded
    ? ""
    : !decoded.recognised
      ? t.summaryUnknown
      : top
        ? fill(t.oneLine, { cause: causeTitles[top.id][locale] })
        : fill(t.summary, { parts: decoded.parts.length });
  return (
    <div data-testid="decoded-compact">
      {/* Always there, so screen readers hear when the line changes. */}
      <p aria-live="polite" className="sr-only">
        {line}
      </p>
      {decoded ? (
        <details className="rounded-2xl border border-slate-200 bg-white px-4 shadow-sm">
          <summary className="flex min-h-12 cursor-pointer items-center gap-2 py-2">
            <span className="font-semibold text-slate-900">{t.title}:</span>
            <span className="min-w-0 text-slate-800" data-testid="decoded-line">
              {decoded.recognised && top ? causeTitles[top.id][locale] : line}
            </span>
          </summary>
          <div className="pb-4">
            <DecodedPanel locale={locale} text={deferred} />
          </div>
        </details>
      ) : null}
    </div>
  );
}
