// /{locale}/diagnose – the wizard and its result. Every answer lives in the query string (SPEC §1), so
// the screen is a function of the link: back, forward, refresh and shared links all land in place.
import type { Metadata } from "next";
import Link from "next/link";
import { DecodedPanel } from "@/components/decoded-panel";
import { SymptomChoices } from "@/components/symptom-choices";
import { AddressQuestion } from "@/components/wizard/address-question";
import { ChoiceQuestion } from "@/components/wizard/choice-question";
import { DiagnosisPanel } from "@/components/wizard/diagnosis-panel";
import { PasteQuestion } from "@/components/wizard/paste-question";
import { SymptomLine, WizardSummary } from "@/components/wizard/wizard-summary";
import { decisionTree } from "@/content/tree";
import { uiMessages } from "@/content/ui";
import { readMessage } from "@/lib/diagnose/read-message";
import { fill, textsFor } from "@/lib/i18n/fill";
import { isLocale } from "@/lib/i18n/locales";
import { readLinkParams } from "@/lib/params";
import { readWizardAnswers } from "@/lib/wizard/answers";
import { causeTexts } from "@/lib/wizard/cause-texts";
import { checkRequestOf } from "@/lib/wizard/check-request";
import { inferAnswers, suggestAddress } from "@/lib/wizard/infer";
import { backQuery, walkTree } from "@/lib/wizard/walk";

export async function generateMetadata({ params }: PageProps<"/[locale]/diagnose">): Promise<Metadata> {
  const { locale } = await params;
  return { title: uiMessages.diagnose[isLocale(locale) ? locale : "ko"].title };
}

export default async function DiagnosePage({ params, searchParams }: PageProps<"/[locale]/diagnose">) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : "ko";
  const t = textsFor(uiMessages.diagnose, locale);
  const w = uiMessages.wizard[locale];
  const query = await searchParams;
  const { params: link, invalid } = readLinkParams(query);
  const { answers, invalid: invalidAnswers } = readWizardAnswers(query);
  const message = readMessage(link.error);
  const state = { link, answers };
  const walk = walkTree(decisionTree, state, inferAnswers(message));
  const back = backQuery(state, walk.steps);
  const skipped = [...invalid, ...invalidAnswers];

  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      {skipped.length > 0 ? (
        <p role="status" className="rounded-xl border border-amber-300 bg-amber-50 p-3 text-amber-900">
          {fill(t.invalidParams, { names: skipped.join(", ") })}
        </p>
      ) : null}
      {walk.status === "no-flow" ? (
        <>
          <p className="text-slate-700">{t.nothingChosen}</p>
          <SymptomChoices locale={locale} />
        </>
      ) : (
        <SymptomLine locale={locale} link={link} />
      )}
      {walk.status === "question" && walk.node.kind === "choice" ? (
        <ChoiceQuestion locale={locale} node={walk.node} state={state} steps={walk.steps} />
      ) : null}
      {walk.status === "question" && walk.node.kind === "input" && walk.node.param === "error" ? (
        <PasteQuestion locale={locale} node={walk.node} state={state} steps={walk.steps} />
      ) : null}
      {walk.status === "question" && walk.node.kind === "input" && walk.node.param === "address" ? (
        <AddressQuestion
          locale={locale}
          node={walk.node}
          link={link}
          answers={answers}
          steps={walk.steps}
          suggestion={suggestAddress(message)}
        />
      ) : null}
      {back !== null ? (
        <Link
          href={`/${locale}/diagnose${back}`}
          className="inline-flex min-h-11 items-center justify-self-start rounded-xl px-2 font-medium text-brand-700 underline underline-offset-4"
        >
          ← {w.back}
        </Link>
      ) : null}
      {/* What the pasted message says, under the question it did not answer (the paste screen has its own). */}
      {link.error && walk.status !== "end" ? <DecodedPanel locale={locale} text={link.error} /> : null}
      <WizardSummary locale={locale} link={link} steps={walk.steps} />
      <DiagnosisPanel
        locale={locale}
        request={checkRequestOf(link)}
        end={walk.status === "end" ? { id: walk.nodeId, node: walk.node } : null}
        link={link}
        answers={answers}
        message={message}
        steps={walk.steps}
        causeTexts={causeTexts}
      />
    </div>
  );
}
