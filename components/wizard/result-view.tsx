"use client";
// The result at a glance: the check's headline (whose side the trouble is on), the top cause in one kind
// sentence with the fix guide, "did this fix it?" (yes → done, no → the next cause, still not working → the
// hosting company's contact and a report), what we already know, the other causes, and the check's lines.
import Link from "next/link";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { check as checkTexts } from "@/content/ui/check";
import { diagnose as diagnoseTexts } from "@/content/ui/diagnose";
import { report as reportTexts } from "@/content/ui/report";
import { result as resultTexts } from "@/content/ui/result";
import type { DiagnoseEvent, ParsedFields } from "@/lib/api/schema";
import type { CauseId } from "@/lib/causes";
import { isClientId } from "@/lib/clients";
import type { Diagnosis } from "@/lib/diagnose";
import type { Bilingual } from "@/lib/i18n/bilingual";
import { fill, textsFor } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { LinkParams } from "@/lib/params";
import type { CauseText } from "@/lib/wizard/cause-texts";
import { summarizeCheck } from "@/lib/wizard/check-summary";
import { fixHref } from "@/lib/wizard/fix-link";
import type { SupportContact } from "@/lib/wizard/support-contact";
import { supportReport } from "@/lib/wizard/support-report";
import type { Step } from "@/lib/wizard/walk";
import { CheckHeadline, CheckSummaryView } from "./check-summary-view";
import { KnownFacts, type SkippedQuestion } from "./known-facts";
import { SupportBox } from "./support-box";

type Props = {
  locale: Locale;
  diagnosis: Diagnosis;
  causeTexts: Record<CauseId, CauseText>;
  link: LinkParams;
  steps: Step[];
  fields: ParsedFields | null;
  /** The check's events; null when no check ran (no address). */
  events: readonly DiagnoseEvent[] | null;
  checkFailed: boolean;
  /** Set when the decision tree itself ends in "contact support". */
  supportWhy?: Bilingual;
  /** The question the evidence settled, still answerable. */
  skipped: SkippedQuestion | null;
  contact: SupportContact;
  /** Rendered for a browser without scripts: no buttons that need them, the support part open to unfold. */
  noScript: boolean;
};

const buttonClass = "min-h-12 rounded-xl px-4 text-base font-semibold";

export function ResultView(props: Props) {
  const { locale, diagnosis, causeTexts } = props;
  // The program may come from the pasted message rather than the link; the fix guide needs it either way.
  const chosen = props.link.client ?? props.steps.find((s) => s.param === "client")?.value;
  const client = isClientId(chosen) ? chosen : diagnosis.client;
  const link = { ...props.link, client };
  const fix = { link, client, settings: diagnosis.settings, current: diagnosis.current };
  const titles = Object.fromEntries(
    Object.entries(causeTexts).map(([id, text]) => [id, text.title]),
  ) as Record<CauseId, Bilingual>;
  const t = textsFor(resultTexts, locale);
  const checkWords = textsFor(checkTexts, locale);
  const [index, setIndex] = useState(0);
  const [outcome, setOutcome] = useState<"asking" | "solved" | "support">("asking");
  const heading = useRef<HTMLHeadingElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const [returned, setReturned] = useState(false);
  const url = useReportUrl();
  const now = useClientNow();
  const current = diagnosis.causes[index];
  const support = outcome === "support" || !current || props.supportWhy !== undefined;
  const summary = props.events ? summarizeCheck(diagnosis, props.events, props.checkFailed) : null;

  // Moving to the next cause (or to support, or back) is announced by moving focus to its heading.
  useEffect(() => {
    if (index > 0 || outcome === "support") heading.current?.focus();
  }, [index, outcome]);
  useEffect(() => {
    if (returned) resultHeading.current?.focus();
  }, [returned]);

  const report = supportReport({
    locale,
    words: { report: reportTexts[locale], symptoms: diagnoseTexts[locale].symptoms },
    titles,
    link,
    steps: props.steps,
    fields: props.fields,
    events: props.events,
    causes: diagnosis.causes,
    tried: diagnosis.causes.slice(0, outcome === "support" ? index + 1 : index).map((c) => c.id),
    url,
    ...(now ? { when: now } : {}),
    ...(summary ? { headline: checkWords.headlines[summary.headline] } : {}),
  });
  const supportBox = (onBack?: () => void) => (
    <SupportBox
      locale={locale}
      why={props.supportWhy ? props.supportWhy[locale] : current ? t.supportIntro : t.noCause}
      report={report}
      contact={props.contact}
      headingRef={heading}
      {...(onBack ? { onBack } : {})}
    />
  );

  return (
    <section aria-labelledby="result-title" className="grid gap-4" data-testid="result">
      <h2 id="result-title" ref={resultHeading} tabIndex={-1} className="text-xl font-bold">
        {t.title}
      </h2>
      {props.checkFailed ? (
        <p className="rounded-xl bg-amber-50 p-3 text-amber-900">{t.checkFailed}</p>
      ) : null}

      {support && !props.noScript ? (
        supportBox(
          current && props.supportWhy === undefined
            ? () => {
                setOutcome("asking");
                setReturned(true);
              }
            : undefined,
        )
      ) : (
        <>
          {summary ? <CheckHeadline locale={locale} headline={summary.headline} /> : null}
          {current ? (
            <div className="grid gap-3 rounded-2xl border-2 border-brand-600 bg-white p-4">
              <p className="text-sm font-semibold text-brand-700">{index === 0 ? t.topCause : t.nextCause}</p>
              <h3
                ref={heading}
                tabIndex={-1}
                className="text-xl font-bold"
                data-testid="top-cause"
                data-cause={current.id}
                data-confidence={current.confidence}
              >
                {titles[current.id][locale]}
              </h3>
              <p className="text-lg" data-testid="top-cause-meaning">
                {causeTexts[current.id].meaning[locale]}
              </p>
              <Link
                href={fixHref(locale, current.id, fix)}
                className={`${buttonClass} inline-flex items-center justify-center bg-brand-600 text-white hover:bg-brand-700`}
                data-testid="fix-link"
              >
                {t.fixLink}
              </Link>
              <details className="rounded-xl bg-slate-50 px-3">
                <summary className="flex min-h-11 cursor-pointer items-center font-semibold">
                  {t.because} · {fill(t.confidence, { percent: Math.round(current.confidence * 100) })}
                </summary>
                <ul className="grid list-disc gap-1 pb-3 pl-5" data-testid="top-cause-evidence">
                  {current.evidence.length > 0 ? (
                    current.evidence.map((e, i) => <li key={i}>{e[locale]}</li>)
                  ) : (
                    <li>{t.noEvidence}</li>
                  )}
                </ul>
              </details>
              {props.noScript ? null : outcome === "solved" ? (
                <p role="status" className="rounded-xl bg-green-50 p-3 font-medium text-green-900">
                  {t.solved}
                </p>
              ) : (
                <fieldset className="grid gap-2">
                  <legend className="mb-1 font-semibold">{t.didItWork}</legend>
                  <button
                    type="button"
                    onClick={() => setOutcome("solved")}
                    className={`${buttonClass} border border-green-700 bg-white text-green-800`}
                  >
                    {t.yes}
                  </button>
                  {diagnosis.causes[index + 1] ? (
                    <button
                      type="button"
                      onClick={() => setIndex(index + 1)}
                      className={`${buttonClass} border border-slate-400 bg-white`}
                    >
                      {t.no}
                    </button>
                  ) : null}
                  <button
                    type="button"
                    onClick={() => setOutcome("support")}
                    className={`${buttonClass} border border-slate-400 bg-white`}
                  >
                    {t.stuck}
                  </button>
                </fieldset>
              )}
            </div>
          ) : null}

          {summary && props.events ? (
            <CheckSummaryView
              locale={locale}
              diagnosis={diagnosis}
              events={props.events}
              failed={props.checkFailed}
              headingLevel={3}
              showHeadline={false}
            />
          ) : null}

          {props.skipped ? <KnownFacts locale={locale} skipped={props.skipped} /> : null}

          {diagnosis.causes.length > 1 ? (
            <div className="grid gap-2">
              <h3 className="text-lg font-semibold">{t.others}</h3>
              <ul className="grid gap-2">
                {diagnosis.causes
                  .filter((_, i) => i !== index)
                  .slice(0, 5)
                  .map((c) => (
                    <li key={c.id} data-testid="other-cause" data-cause={c.id} data-confidence={c.confidence}>
                      <Link
                        href={fixHref(locale, c.id, fix)}
                        className="flex min-h-11 items-center justify-between gap-3 rounded-xl border border-slate-200 bg-white px-4 py-2 hover:border-brand-600"
                      >
                        <span>{titles[c.id][locale]}</span>
                        <span className="shrink-0 text-sm text-slate-600">
                          {Math.round(c.confidence * 100)}%
                        </span>
                      </Link>
                    </li>
                  ))}
              </ul>
            </div>
          ) : null}

          {/* Without scripts "still not working" cannot be a button: it unfolds in place. */}
          {props.noScript ? (
            <details className="rounded-2xl border border-slate-300 bg-white px-3" open={!current}>
              <summary className="flex min-h-12 cursor-pointer items-center font-semibold">{t.stuck}</summary>
              <div className="pb-3">{supportBox()}</div>
            </details>
          ) : null}
        </>
      )}
    </section>
  );
}

const noSubscription = () => () => {};

/**
 * The page's link without the pasted text (the report carries the message itself) and without the page's
 * own flags. Read after hydration (the server has no window), so the server's HTML and the first client
 * render agree.
 */
function useReportUrl(): string | undefined {
  return useSyncExternalStore(
    noSubscription,
    () => {
      const url = new URL(window.location.href);
      for (const name of ["error", "js"]) url.searchParams.delete(name);
      return url.toString();
    },
    () => undefined,
  );
}

let hydratedAt: Date | undefined;
/** The customer's clock, for the report's date; read after hydration so server and browser agree. */
function useClientNow(): Date | undefined {
  return useSyncExternalStore(
    noSubscription,
    () => (hydratedAt ??= new Date()),
    () => undefined,
  );
}
