"use client";
// The result: the top cause in one kind sentence, why we think so, the fix guide, "did this fix it?"
// (yes → done, no → the next cause, still stuck → a report for support), the other causes, the raw checks.
import Link from "next/link";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { uiMessages } from "@/content/ui";
import type { DiagnoseEvent, ParsedFields } from "@/lib/api/schema";
import type { CauseId } from "@/lib/causes";
import { isClientId } from "@/lib/clients";
import type { Diagnosis } from "@/lib/diagnose";
import type { Bilingual } from "@/lib/i18n/bilingual";
import { fill, textsFor } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { LinkParams } from "@/lib/params";
import { fixHref } from "@/lib/wizard/fix-link";
import { supportReport } from "@/lib/wizard/support-report";
import type { CauseText } from "@/lib/wizard/cause-texts";
import type { Step } from "@/lib/wizard/walk";
import { RawChecks } from "./raw-checks";
import { SupportBox } from "./support-box";

type Props = {
  locale: Locale;
  diagnosis: Diagnosis;
  causeTexts: Record<CauseId, CauseText>;
  link: LinkParams;
  steps: Step[];
  fields: ParsedFields | null;
  events: readonly DiagnoseEvent[] | null;
  checkFailed: boolean;
  /** Set when the decision tree itself ends in "contact support". */
  supportWhy?: Bilingual;
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
  const t = textsFor(uiMessages.result, locale);
  const [index, setIndex] = useState(0);
  const [outcome, setOutcome] = useState<"asking" | "solved" | "support">("asking");
  const heading = useRef<HTMLHeadingElement>(null);
  const url = useReportUrl();
  const current = diagnosis.causes[index];
  const support = outcome === "support" || !current || props.supportWhy !== undefined;

  // Moving to the next cause (or to support) is announced by moving focus to its heading.
  useEffect(() => {
    if (index > 0 || outcome === "support") heading.current?.focus();
  }, [index, outcome]);

  const report = supportReport({
    locale,
    words: {
      report: uiMessages.report[locale],
      symptoms: uiMessages.diagnose[locale].symptoms,
    },
    titles,
    link,
    steps: props.steps,
    fields: props.fields,
    events: props.events,
    causes: diagnosis.causes,
    tried: diagnosis.causes.slice(0, outcome === "support" ? index + 1 : index).map((c) => c.id),
    url,
  });

  return (
    <section aria-labelledby="result-title" className="grid gap-4" data-testid="result">
      <h2 id="result-title" className="text-xl font-bold">
        {t.title}
      </h2>
      {props.checkFailed ? (
        <p className="rounded-xl bg-amber-50 p-3 text-amber-900">{t.checkFailed}</p>
      ) : null}

      {!support && current ? (
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
          <p className="text-sm text-slate-600">
            {fill(t.confidence, { percent: Math.round(current.confidence * 100) })}
          </p>
          <h4 className="font-semibold">{t.because}</h4>
          <ul className="grid list-disc gap-1 pl-5" data-testid="top-cause-evidence">
            {current.evidence.length > 0 ? (
              current.evidence.map((e, i) => <li key={i}>{e[locale]}</li>)
            ) : (
              <li>{t.noEvidence}</li>
            )}
          </ul>
          <Link
            href={fixHref(locale, current.id, fix)}
            className={`${buttonClass} inline-flex items-center justify-center bg-brand-600 text-white hover:bg-brand-700`}
          >
            {t.fixLink}
          </Link>
          {outcome === "solved" ? (
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

      {support ? (
        <SupportBox
          locale={locale}
          why={props.supportWhy ? props.supportWhy[locale] : current ? t.supportIntro : t.noCause}
          report={report}
          headingRef={heading}
        />
      ) : null}

      {diagnosis.causes.length > 1 && !support ? (
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
                    <span className="shrink-0 text-sm text-slate-600">{Math.round(c.confidence * 100)}%</span>
                  </Link>
                </li>
              ))}
          </ul>
        </div>
      ) : null}

      <RawChecks locale={locale} events={props.events ?? []} findings={diagnosis.findings} />
    </section>
  );
}

const noSubscription = () => () => {};

/**
 * The page's link without the pasted text (the report lists what was decoded instead). Read after
 * hydration (the server has no window), so the server's HTML and the first client render agree.
 */
function useReportUrl(): string | undefined {
  return useSyncExternalStore(
    noSubscription,
    () => {
      const url = new URL(window.location.href);
      url.searchParams.delete("error");
      return url.toString();
    },
    () => undefined,
  );
}
