"use client";
// The live check while it runs: a progress bar that keeps moving, each check in plain words as it
// streams in, and what is still being checked, so it never looks frozen.
import { useEffect, useState } from "react";
import { uiMessages } from "@/content/ui";
import { fill, textsFor } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import { describeEvent, expectedChecks, pendingChecks } from "@/lib/wizard/check-words";
import type { LiveCheck } from "./use-live-check";

// SPEC §6: a whole check takes at most 10 s, so time alone can carry the bar.
const budgetMs = 10_000;

function useNow(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [running]);
  return now;
}

type Props = {
  locale: Locale;
  check: LiveCheck | null;
  target: string;
  domain?: string;
  onRetry: () => void;
};

export function LiveCheckView({ locale, check, target, domain, onRetry }: Props) {
  const w = textsFor(uiMessages.check, locale);
  const running = !check || check.status === "running";
  const now = useNow(running);
  const events = check?.events ?? [];
  const lines = events.map((e) => describeEvent(e, locale)).filter((l) => l !== null);
  const elapsed = check ? (check.finishedAt ?? now) - check.startedAt : 0;
  const byCount = lines.length / expectedChecks(events);
  const percent = running ? Math.round(95 * Math.min(1, Math.max(elapsed / budgetMs, byCount))) : 100;
  const pending = running ? pendingChecks(events, domain, locale).slice(0, 2) : [];

  if (check?.status === "error") {
    const code = check.error?.code;
    const text =
      code === "rate_limited"
        ? fill(w.rateLimited, { seconds: check.error?.retryAfter ?? 60 })
        : code === "target_not_allowed" || code === "invalid_request"
          ? w.notAllowed
          : w.failed;
    return (
      <section
        aria-labelledby="live-check"
        className="grid gap-3 rounded-2xl border border-amber-300 bg-amber-50 p-4"
      >
        <h2 id="live-check" className="text-lg font-semibold">
          {w.title}
        </h2>
        <p role="alert">{text}</p>
        <button
          type="button"
          onClick={onRetry}
          className="min-h-11 justify-self-start rounded-xl border border-brand-600 bg-white px-4 font-semibold text-brand-700"
        >
          {w.retry}
        </button>
      </section>
    );
  }

  return (
    <section
      aria-labelledby="live-check"
      className="grid gap-3 rounded-2xl border border-slate-200 bg-white p-4"
    >
      <h2 id="live-check" className="text-lg font-semibold">
        {w.title}
      </h2>
      <p role="status" className="text-slate-800">
        {running ? fill(w.running, { target }) : fill(w.done, { seconds: (elapsed / 1000).toFixed(1) })}
      </p>
      <div
        role="progressbar"
        aria-label={w.progressLabel}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="h-3 overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className="h-full rounded-full bg-brand-600 transition-[width] duration-300"
          style={{ width: `${percent}%` }}
        />
      </div>
      <ol className="grid gap-1 text-sm" data-testid="check-lines">
        {lines.map((l, i) => (
          <li key={i} className="flex gap-2">
            <span aria-hidden="true" className={l.ok ? "text-green-700" : "text-amber-700"}>
              {l.ok ? "✓" : "!"}
            </span>
            <span>{l.line}</span>
          </li>
        ))}
        {pending.map((p) => (
          <li key={p} className="flex gap-2 text-slate-600">
            <span aria-hidden="true" className="animate-pulse">
              …
            </span>
            <span>{p}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
