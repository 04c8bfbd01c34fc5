"use client";
// The live check while it runs: what it is doing now (looking up the domain, connecting, waiting for a slow
// server) and a bar that moves with the real phases and the 10 s budget (lib/wizard/check-progress.ts);
// or, when it could not run, why, with a way to try again.
import { useEffect, useState } from "react";
import { check as checkTexts } from "@/content/ui/check";
import { fill, textsFor } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import { checkProgress } from "@/lib/wizard/check-progress";
import { pendingChecksIn, type PendingWords } from "@/lib/wizard/pending-checks";
import type { LiveCheck } from "./use-live-check";

const retryClass =
  "inline-flex min-h-11 items-center justify-self-start rounded-xl border border-brand-600 bg-white px-4 font-semibold text-brand-700";

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
  /** The words of what is still being checked, in the page's language (from the server). */
  pendingWords: PendingWords;
  onRetry: () => void;
  /** Shown under the bar while a question waits for the check. */
  note?: string;
  /** A page without scripts retries by loading itself again. */
  retryHref?: string;
};

export function LiveCheckView(props: Props) {
  const { locale, check, target, domain, onRetry, note, retryHref } = props;
  const w = textsFor(checkTexts, locale);
  const running = !check || check.status === "running";
  const now = useNow(running);
  const events = check?.events ?? [];
  const elapsed = check ? (check.finishedAt ?? now) - check.startedAt : 0;
  const progress = checkProgress(events, elapsed);
  const pending = running && check ? pendingChecksIn(props.pendingWords, events, domain).slice(0, 2) : [];

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
        {retryHref ? (
          <a href={retryHref} className={retryClass}>
            {w.retry}
          </a>
        ) : (
          <button type="button" onClick={onRetry} className={retryClass}>
            {w.retry}
          </button>
        )}
      </section>
    );
  }

  const phase =
    progress.phase === "waiting"
      ? fill(w.phases.waiting, { seconds: progress.secondsLeft })
      : w.phases[progress.phase];
  return (
    <section
      aria-labelledby="live-check"
      className="grid gap-3 rounded-2xl border border-slate-200 bg-white p-4"
      data-testid="live-check"
    >
      <h2 id="live-check" className="text-lg font-semibold">
        {w.title}
      </h2>
      <p role="status" className="text-slate-800">
        {fill(w.running, { target })}
      </p>
      <div
        role="progressbar"
        aria-label={w.progressLabel}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress.percent}
        aria-valuetext={phase}
        className="h-3 overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className="h-full rounded-full bg-brand-600 transition-[width] duration-300"
          style={{ width: `${progress.percent}%` }}
        />
      </div>
      <p className="text-sm text-slate-700" data-testid="check-phase">
        {phase}
      </p>
      {pending.length > 0 ? (
        <ul className="grid gap-1 text-sm text-slate-600">
          {pending.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      {note ? <p className="rounded-xl bg-brand-50 p-3 text-brand-900">{note}</p> : null}
    </section>
  );
}
