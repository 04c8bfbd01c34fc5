// /{locale}/diagnose – the wizard and its result. Every answer lives in the query string (SPEC §1), so
// the screen is a function of the link: back, forward, refresh and shared links all land in place. A long
// pasted message is held by id (`msg`); a page reached without scripts (`js=0`) runs the check right here.
import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SymptomChoices } from "@/components/symptom-choices";
import { AddressQuestion } from "@/components/wizard/address-question";
import { ChoiceQuestion } from "@/components/wizard/choice-question";
import { DiagnosisPanel } from "@/components/wizard/diagnosis-panel";
import { HeldMessageRecovery } from "@/components/wizard/held-message-recovery";
import type { SkippedQuestion } from "@/components/wizard/known-facts";
import { PasteQuestion } from "@/components/wizard/paste-question";
import { SymptomLine, WizardSummary } from "@/components/wizard/wizard-summary";
import { clientNames } from "@/content/client-names";
import { decisionTree } from "@/content/tree";
import { uiMessages } from "@/content/ui";
import { isClientId } from "@/lib/clients";
import type { ChoiceNode } from "@/lib/content/tree-schema";
import { diagnose } from "@/lib/diagnose";
import { readMessage } from "@/lib/diagnose/read-message";
import { serverEnv } from "@/lib/env";
import { fill, textsFor } from "@/lib/i18n/fill";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { readLinkParams } from "@/lib/params";
import { linkWithAddress, readAddressForm } from "@/lib/wizard/address-answer";
import { readWizardAnswers } from "@/lib/wizard/answers";
import { causeTexts } from "@/lib/wizard/cause-texts";
import { checkRequestOf } from "@/lib/wizard/check-request";
import { pendingWords } from "@/lib/wizard/check-words";
import { inferAnswers, suggestAddress } from "@/lib/wizard/infer";
import { messageStore } from "@/lib/wizard/message-store";
import { readPageFlags } from "@/lib/wizard/page-params";
import { pageMetadata } from "@/lib/page-metadata";
import { checkOnServer } from "@/lib/wizard/server-check";
import { backQuery, walkTree, wizardQuery, type Step, type WizardState } from "@/lib/wizard/walk";

export async function generateMetadata({
  params,
  searchParams,
}: PageProps<"/[locale]/diagnose">): Promise<Metadata> {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : "ko";
  const query = await searchParams;
  const { params: link } = readLinkParams(query);
  const walk = walkTree(decisionTree, { link, answers: readWizardAnswers(query).answers });
  const step = walk.status === "question" ? walk.node.question[locale] : undefined;
  return pageMetadata(locale, `/${locale}/diagnose`, {
    title: uiMessages.diagnose[locale].title,
    description: step ?? (link.symptom ? uiMessages.diagnose[locale].symptoms[link.symptom] : undefined),
  });
}

/** The question a settled walk did not ask, still answerable from "what we already know". */
function skippedQuestion(
  locale: Locale,
  nodeId: string,
  node: ChoiceNode,
  state: WizardState,
  steps: Step[],
): SkippedQuestion {
  return {
    nodeId,
    question: node.question[locale],
    answers: node.answers.map((a) => ({
      value: a.value,
      label:
        node.param === "client" && isClientId(a.value) ? clientNames[a.value].name[locale] : a.label[locale],
      href: `/${locale}/diagnose${wizardQuery(state, steps, { [node.param]: a.value })}`,
    })),
  };
}

export default async function DiagnosePage({ params, searchParams }: PageProps<"/[locale]/diagnose">) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : "ko";
  const t = textsFor(uiMessages.diagnose, locale);
  const w = uiMessages.wizard[locale];
  const query = await searchParams;
  const { params: fromUrl, invalid } = readLinkParams(query);
  const { answers, invalid: invalidAnswers } = readWizardAnswers(query);
  const flags = readPageFlags(query);
  const heldText = flags.held ? messageStore().get(flags.held) : undefined;
  const link = heldText ? { ...fromUrl, error: heldText } : fromUrl;
  const state: WizardState = {
    link,
    answers,
    ...(heldText ? { held: flags.held } : {}),
    ...(flags.noScript ? { noScript: true } : {}),
  };
  const message = readMessage(link.error);
  const request = checkRequestOf(link);
  const serverCheck =
    request && flags.noScript ? await checkOnServer(request, await headers(), locale) : null;
  // With a check still to come in the browser, the link's own walk; otherwise the interpreter's, which
  // may settle a question on the evidence at hand (lib/diagnose/settled.ts), and its diagnosis is the
  // panel's (the browser then needs no interpreter of its own).
  const diagnosis =
    request && !serverCheck ? null : diagnose({ link, answers, message, events: serverCheck?.events ?? [] });
  const walk = diagnosis?.tree ?? walkTree(decisionTree, state, inferAnswers(message));

  // The address form sent without scripts: read it like the scripted one, then go to the clean link.
  const sentAddress = readAddressForm(query);
  if (walk.status === "question" && walk.node.kind === "input" && walk.node.param === "address") {
    if (sentAddress.submitted && sentAddress.ok) {
      const next = linkWithAddress(link, sentAddress.values, walk.node.settings);
      redirect(`/${locale}/diagnose${wizardQuery({ ...state, link: next }, walk.steps)}`);
    }
  }

  const back = backQuery(state, walk.steps);
  const skipped = [...invalid, ...invalidAnswers];
  const question =
    walk.status !== "question" ? null : walk.node.kind === "choice" ? (
      <ChoiceQuestion locale={locale} node={walk.node} state={state} steps={walk.steps} />
    ) : walk.node.param === "error" ? (
      <PasteQuestion locale={locale} node={walk.node} state={state} steps={walk.steps} />
    ) : (
      <>
        {walk.settledAt ? (
          <p className="rounded-xl bg-brand-50 p-3 text-brand-900">{w.settledAddress}</p>
        ) : null}
        <AddressQuestion
          locale={locale}
          node={walk.node}
          state={state}
          steps={walk.steps}
          suggestion={suggestAddress(message)}
          {...(sentAddress.submitted && !sentAddress.ok
            ? { sent: { input: sentAddress.input, errors: sentAddress.errors } }
            : {})}
        />
      </>
    );
  const settleable =
    walk.status === "question" && walk.node.kind === "choice"
      ? skippedQuestion(locale, walk.nodeId, walk.node, state, walk.steps)
      : walk.status === "settled"
        ? skippedQuestion(locale, walk.nodeId, walk.node, state, walk.steps)
        : null;
  const noScriptHref = request
    ? `/${locale}/diagnose${wizardQuery({ ...state, noScript: true }, walk.steps)}`
    : null;

  return (
    <div className="grid gap-6">
      <h1 className="sr-only">{t.title}</h1>
      {skipped.length > 0 ? (
        <p role="status" className="rounded-xl border border-amber-300 bg-amber-50 p-3 text-amber-900">
          {fill(t.invalidParams, { names: skipped.join(", ") })}
        </p>
      ) : null}
      {flags.held && !heldText ? (
        <HeldMessageRecovery
          locale={locale}
          id={flags.held}
          carried={[...new URLSearchParams(wizardQuery(state, walk.steps).slice(1))]}
        />
      ) : null}
      {walk.status === "no-flow" ? (
        <>
          <p className="text-slate-700">{t.nothingChosen}</p>
          <SymptomChoices locale={locale} />
        </>
      ) : (
        <SymptomLine locale={locale} link={link} />
      )}
      {walk.status === "no-flow" ? null : (
        <DiagnosisPanel
          locale={locale}
          request={request}
          question={question}
          settleable={settleable}
          link={link}
          answers={answers}
          message={message}
          steps={walk.steps}
          causeTexts={causeTexts}
          contact={serverEnv().support}
          serverCheck={serverCheck}
          diagnosis={diagnosis}
          pendingWords={pendingWords(locale)}
          noScriptHref={noScriptHref}
        />
      )}
      {back !== null ? (
        <Link
          href={`/${locale}/diagnose${back}`}
          className="inline-flex min-h-11 items-center justify-self-start rounded-xl px-2 font-medium text-brand-700 underline underline-offset-4"
        >
          ← {w.back}
        </Link>
      ) : null}
      <WizardSummary locale={locale} link={link} steps={walk.steps} message={message} />
    </div>
  );
}
