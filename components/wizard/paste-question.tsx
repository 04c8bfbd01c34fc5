// The "paste the error message" screen: the paste form (components/paste-form.tsx) carrying the answers so
// far, so the message joins the link like every other answer (or is held by id when it is too long).
import { uiMessages } from "@/content/ui";
import type { InputNode } from "@/lib/content/tree-schema";
import type { Locale } from "@/lib/i18n/locales";
import { pageParams } from "@/lib/wizard/page-params";
import { wizardQuery, type Step, type WizardState } from "@/lib/wizard/walk";
import { PasteForm } from "../paste-form";

type Props = { locale: Locale; node: InputNode; state: WizardState; steps: Step[] };

export function PasteQuestion({ locale, node, state, steps }: Props) {
  const w = uiMessages.wizard[locale];
  const carried = [
    ...new URLSearchParams(wizardQuery({ ...state, held: undefined, noScript: false }, steps).slice(1)),
  ].filter(([name]) => name !== "error" && name !== pageParams.held);
  return (
    <section aria-labelledby="question" className="grid gap-3">
      <PasteForm
        locale={locale}
        carried={carried}
        label={node.question[locale]}
        headingId="question"
        {...(node.help ? { hint: node.help[locale] } : {})}
        submit={w.next}
        empty={uiMessages.start[locale].pasteEmpty}
        rows={6}
      />
    </section>
  );
}
