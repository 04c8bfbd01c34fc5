// One question, big answer buttons. Each answer is a link to the next screen's URL, so it works before
// (and without) scripts, and back, forward and refresh behave like any page.
import Link from "next/link";
import type { ChoiceNode } from "@/lib/content/tree-schema";
import type { Locale } from "@/lib/i18n/locales";
import { wizardQuery, type Step, type WizardState } from "@/lib/wizard/walk";

type Props = { locale: Locale; node: ChoiceNode; state: WizardState; steps: Step[] };

export function ChoiceQuestion({ locale, node, state, steps }: Props) {
  return (
    <section aria-labelledby="question" className="grid gap-3">
      <h2 id="question" className="text-xl font-bold">
        {node.question[locale]}
      </h2>
      {node.help ? <p className="text-slate-700">{node.help[locale]}</p> : null}
      <ul className="grid gap-3">
        {node.answers.map((answer) => (
          <li key={answer.value}>
            <Link
              href={`/${locale}/diagnose${wizardQuery(state, steps, { [node.param]: answer.value })}`}
              className="flex min-h-14 flex-col justify-center rounded-2xl border border-slate-300 bg-white px-4 py-3 shadow-sm transition hover:border-brand-600 hover:bg-brand-50"
            >
              <span className="text-lg font-semibold text-slate-900">{answer.label[locale]}</span>
              {answer.hint ? <span className="text-sm text-slate-600">{answer.hint[locale]}</span> : null}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
