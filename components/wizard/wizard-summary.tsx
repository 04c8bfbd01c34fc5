// "What you told us": the symptom, the pasted message (what it decoded to in one line, the text folded
// away) and every answer on the path walked so far.
import { causeTitles } from "@/content/causes";
import { clientNames } from "@/content/client-names";
import { decisionTree } from "@/content/tree";
import { uiMessages } from "@/content/ui";
import type { MessageEvidence } from "@/lib/diagnose";
import type { Locale } from "@/lib/i18n/locales";
import type { LinkParams } from "@/lib/params";
import type { Step } from "@/lib/wizard/walk";

function answerLabel(step: Step, locale: Locale): string {
  const node = decisionTree.nodes[step.nodeId];
  if (node?.kind === "choice") {
    const answer = node.answers.find((a) => a.value === step.value);
    if (step.param === "client" && step.value in clientNames)
      return clientNames[step.value as keyof typeof clientNames].name[locale];
    return answer?.label[locale] ?? step.value;
  }
  return step.value;
}

/** The symptom in one line, at the top of every screen. */
export function SymptomLine({ locale, link }: { locale: Locale; link: LinkParams }) {
  const t = uiMessages.diagnose[locale];
  return (
    <p className="text-slate-700">
      {t.symptom}:{" "}
      <strong className="font-semibold text-slate-900" data-testid="chosen-symptom">
        {link.symptom ? t.symptoms[link.symptom] : ""}
      </strong>
    </p>
  );
}

/** Everything answered so far, folded away below the question so the question stays on top. */
type SummaryProps = { locale: Locale; link: LinkParams; steps: Step[]; message: MessageEvidence | null };

export function WizardSummary({ locale, link, steps, message }: SummaryProps) {
  const t = uiMessages.diagnose[locale];
  const w = uiMessages.wizard[locale];
  const shown = steps.filter((s) => s.param !== "error");
  if (shown.length === 0 && !link.error) return null;
  return (
    <details className="rounded-2xl border border-slate-200 bg-white p-4">
      <summary className="flex min-h-11 cursor-pointer items-center font-semibold">
        {t.chosen} ({shown.length + (link.error ? 1 : 0)})
      </summary>
      <dl className="grid gap-2 pt-2">
        {link.error ? (
          <>
            <dt className="text-sm text-slate-600">{t.pastedMessage}</dt>
            <dd className="grid gap-1">
              {message?.causes[0] ? (
                <p className="font-medium" data-testid="chosen-error-cause">
                  {uiMessages.decoded[locale].title}: {causeTitles[message.causes[0].id][locale]}
                </p>
              ) : null}
              <pre
                tabIndex={0}
                className="max-h-40 overflow-auto whitespace-pre-wrap break-words rounded-lg bg-slate-100 p-3 text-sm"
                data-testid="chosen-error"
              >
                {link.error}
              </pre>
            </dd>
          </>
        ) : null}
        {shown.map((step) => {
          const node = decisionTree.nodes[step.nodeId];
          const question = node?.kind === "choice" ? node.question[locale] : w.address;
          return (
            <div key={step.nodeId} className="contents">
              <dt className="text-sm text-slate-600">{question}</dt>
              <dd className="font-medium">
                {answerLabel(step, locale)}
                {step.source === "message" ? (
                  <span className="ml-2 text-sm font-normal text-slate-600">({w.fromMessage})</span>
                ) : null}
              </dd>
            </div>
          );
        })}
      </dl>
    </details>
  );
}
