"use client";
// The decoded panel kept short: the message's most likely cause in one line, every part of the decoding
// (components/decoded-panel.tsx) folded away under it. The decoder, its words and the panel load only once
// there is text to read (components/decoded-reading.ts), so a page that shows a paste box carries none of
// them before anyone types or pastes; see docs/decisions/0011-page-weight.md.
import { lazy, Suspense, useDeferredValue, useEffect, useState } from "react";
import type { Locale } from "@/lib/i18n/locales";
import type { Reading } from "./decoded-reading";

// React's own lazy (not next/dynamic, whose loader would ship with every paste box): the panel renders only
// after a reading exists, which is never during the server render.
const DecodedPanel = lazy(() => import("./decoded-panel").then((m) => ({ default: m.DecodedPanel })));

function useReading(text: string, locale: Locale): Reading | null {
  const [reading, setReading] = useState<{ text: string; value: Reading } | null>(null);
  useEffect(() => {
    if (text.trim() === "") return;
    let current = true;
    void import("./decoded-reading").then(({ readMessage }) => {
      if (current) setReading({ text, value: readMessage(text, locale) });
    });
    return () => {
      current = false;
    };
  }, [text, locale]);
  return text.trim() !== "" && reading?.text === text ? reading.value : null;
}

export function DecodedCompact({ locale, text }: { locale: Locale; text: string }) {
  const deferred = useDeferredValue(text);
  const reading = useReading(deferred, locale);
  return (
    <div data-testid="decoded-compact">
      {/* Always there, so screen readers hear when the line changes. */}
      <p aria-live="polite" className="sr-only">
        {reading?.announcement ?? ""}
      </p>
      {reading ? (
        <details className="rounded-2xl border border-slate-200 bg-white px-4 shadow-sm">
          <summary className="flex min-h-12 cursor-pointer items-center gap-2 py-2">
            <span className="font-semibold text-slate-900">{reading.title}:</span>
            <span className="min-w-0 text-slate-800" data-testid="decoded-line">
              {reading.headline}
            </span>
          </summary>
          <div className="pb-4">
            <Suspense fallback={null}>
              <DecodedPanel locale={locale} text={deferred} />
            </Suspense>
          </div>
        </details>
      ) : null}
    </div>
  );
}
