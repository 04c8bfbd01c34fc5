// The "paste the error message" screen: a plain GET form that carries the answers so far, so the
// message joins the link like every other answer.
import { uiMessages } from "@/content/ui";
import type { InputNode } from "@/lib/content/tree-schema";
import type { Locale } from "@/lib/i18n/locales";
import { wizardQuery, type Step, type WizardState } from "@/lib/wizard/walk";
import { PasteField } from "./paste-field";

type Props = { locale: Locale; node: InputNode; state: WizardState; steps: Step[] };

export function PasteQuestion({ locale, node, state, steps }: Props) {
  const w = uiMessages.wizard[locale];
  const carried = [...new URLSearchParams(wizardQuery(state, steps).slice(1))].filter(
    ([name]) => name !== "error",
  );
  return (
    <section aria-labelledby="question" className="grid gap-3">
      <h2 id="question" className="text-xl font-bold">
        <label htmlFor="paste-error">{node.question[locale]}</label>
      </h2>
      <form action={`/${locale}/diagnose`} method="get" className="grid gap-3">
        {carried.map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {node.help ? (
          <p id="paste-help" className="text-sm text-slate-600">
            {node.help[locale]}
          </p>
        ) : null}
        <PasteField locale={locale} id="paste-error" describedBy={node.help ? "paste-help" : undefined} />
        <button
          type="submit"
          className="min-h-12 rounded-xl bg-brand-600 px-5 text-base font-semibold text-white shadow hover:bg-brand-700"
        >
          {w.next}
        </button>
      </form>
    </section>
  );
}
