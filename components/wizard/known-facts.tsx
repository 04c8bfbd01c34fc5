// "What we already know": the question the evidence settled (lib/diagnose/settled.ts), still answerable —
// each answer is a plain link to the same screen with it added, so the walk goes on from there.
import Link from "next/link";
import { result as resultTexts } from "@/content/ui/result";
import type { Locale } from "@/lib/i18n/locales";

export type SkippedQuestion = {
  nodeId: string;
  question: string;
  answers: { value: string; label: string; href: string }[];
};

export function KnownFacts({ locale, skipped }: { locale: Locale; skipped: SkippedQuestion }) {
  const t = resultTexts[locale];
  return (
    <section aria-labelledby="known-title" className="grid gap-2" data-testid="known">
      <h3 id="known-title" className="text-lg font-semibold">
        {t.knownTitle}
      </h3>
      <p className="text-sm text-slate-700">{t.knownIntro}</p>
      <details className="rounded-xl border border-slate-200 bg-white px-3" data-skipped={skipped.nodeId}>
        <summary className="flex min-h-11 cursor-pointer items-center font-medium">
          {skipped.question}
        </summary>
        <ul className="flex flex-wrap gap-2 pb-3">
          {skipped.answers.map((a) => (
            <li key={a.value}>
              <Link
                href={a.href}
                className="inline-flex min-h-11 items-center rounded-xl border border-slate-300 bg-white px-3 text-sm hover:border-brand-600 hover:bg-brand-50"
              >
                {a.label}
              </Link>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
