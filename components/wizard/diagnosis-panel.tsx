"use client";
// The screen below the symptom line: the live check, then either the question the evidence left open or the
// result. The check starts as soon as the link has a symptom and an address (SPEC §1). While it runs a
// question it might settle waits (the check takes seconds; a question asked for nothing costs more); when
// it is done the one interpreter (lib/diagnose `diagnose`, the very function of the API's `result` event,
// fetched while the check runs: use-diagnose.ts) says whether the walk is settled, at its end, or still
// needs this question. Without a check, the page's server ran the interpreter and sends its diagnosis; a
// page rendered for a browser without scripts (`js=0`) gets the check the server ran
// (lib/wizard/server-check.ts) and that diagnosis, and renders the same.
import dynamic from "next/dynamic";
import { useEffect, useMemo, useSyncExternalStore, type ReactNode } from "react";
import { check as checkTexts } from "@/content/ui/check";
import type { DiagnoseRequest } from "@/lib/api/schema";
import type { CauseId } from "@/lib/causes";
import type { Diagnosis, MessageEvidence } from "@/lib/diagnose";
import type { Locale } from "@/lib/i18n/locales";
import type { LinkParams } from "@/lib/params";
import type { ChoiceAnswers } from "@/lib/wizard/answers";
import type { CauseText } from "@/lib/wizard/cause-texts";
import type { CheckOutcome } from "@/lib/wizard/check-outcome";
import type { PendingWords } from "@/lib/wizard/pending-checks";
import type { SupportContact } from "@/lib/wizard/support-contact";
import type { Step } from "@/lib/wizard/walk";
import type { SkippedQuestion } from "./known-facts";
import { LiveCheckView } from "./live-check-view";
import { useDiagnose } from "./use-diagnose";
import { useLiveCheck, type LiveCheck } from "./use-live-check";

// The result screen is its own chunk: question screens do not carry it in their first load. A page that
// shows a result on arrival still renders it on the server (and names its chunk in the HTML); elsewhere it
// is fetched once the page is interactive, so it is there when the live check ends.
const loadResultView = () => import("./result-view").then((m) => m.ResultView);
const ResultView = dynamic(loadResultView);
// What the check found, shown once it is done (or rendered on the server for a page without scripts).
const loadCheckSummary = () => import("./check-summary-view").then((m) => m.CheckSummaryView);
const CheckSummaryView = dynamic(loadCheckSummary);

type Props = {
  locale: Locale;
  request: DiagnoseRequest | null;
  /** The question screen the page's walk stands at (rendered by the page), if any. */
  question: ReactNode;
  /** That question, should the evidence settle it (a choice question), for "what we already know". */
  settleable: SkippedQuestion | null;
  link: LinkParams;
  answers: ChoiceAnswers;
  message: MessageEvidence | null;
  steps: Step[];
  causeTexts: Record<CauseId, CauseText>;
  contact: SupportContact;
  /** The check the server ran for a page without scripts; the browser then runs none. */
  serverCheck: CheckOutcome | null;
  /** The server's diagnosis when it had all the evidence (no live check, or `serverCheck`); else null. */
  diagnosis: Diagnosis | null;
  /** The progress view's words in the page's language. */
  pendingWords: PendingWords;
  /** The same page with the check run on the server, for a browser without scripts. */
  noScriptHref: string | null;
};

const fromServer = (outcome: CheckOutcome): LiveCheck => ({
  status: outcome.status,
  events: outcome.events,
  startedAt: 0,
  finishedAt: outcome.status === "done" ? outcome.ms : 0,
  ...(outcome.status === "error" ? { error: outcome.error } : {}),
});

const noSubscription = () => () => {};
/** False in the server's HTML, true once scripts run: a browser without them never sees a check "running". */
const useScripts = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

export function DiagnosisPanel(props: Props) {
  const scripts = useScripts();
  const { locale, request, link, answers, message } = props;
  const liveRequest = props.serverCheck || props.diagnosis ? null : request;
  const live = useLiveCheck(liveRequest, locale);
  const diagnose = useDiagnose(liveRequest !== null);
  useEffect(() => {
    void loadResultView();
    if (liveRequest) void loadCheckSummary();
  }, [liveRequest]);
  const check = props.serverCheck ? fromServer(props.serverCheck) : live.check;
  const target = request?.email ?? request?.domain ?? "";
  const domain = target.includes("@") ? target.slice(target.lastIndexOf("@") + 1) : target;
  const checkDone = !request || (check !== null && check.status !== "running");
  const events = check?.events ?? null;
  const fromBrowser = useMemo(
    () =>
      checkDone && diagnose && !props.diagnosis
        ? diagnose({ link, answers, message, events: events ?? [] })
        : null,
    [checkDone, diagnose, props.diagnosis, link, answers, message, events],
  );
  const diagnosis = props.diagnosis ?? fromBrowser;
  // Until the interpreter has read the finished check, the screen stays as it was while the check ran.
  const finished = checkDone && diagnosis !== null;
  // The interpreter's walk decides: at its end, or settled by the evidence (lib/diagnose/settled.ts).
  const tree = diagnosis?.tree;
  const showResult = tree?.status === "end" || tree?.status === "settled";
  const waiting = request !== null && !finished && props.settleable !== null;
  const checkFailed = check?.status === "error";

  return (
    <>
      {diagnosis && tree && showResult ? (
        <ResultView
          key={tree.nodeId}
          locale={locale}
          diagnosis={diagnosis}
          causeTexts={props.causeTexts}
          link={link}
          steps={props.steps}
          fields={message?.fields ?? null}
          events={request ? events : null}
          checkFailed={checkFailed}
          supportWhy={tree.status === "end" && tree.node.kind === "support" ? tree.node.why : undefined}
          skipped={tree.status === "settled" ? props.settleable : null}
          contact={props.contact}
          noScript={props.serverCheck !== null}
        />
      ) : (
        <div hidden={waiting} className="grid gap-6">
          {props.question}
        </div>
      )}
      {request && !(diagnosis && showResult) ? (
        !scripts && !props.serverCheck ? null : checkFailed || !finished ? (
          <LiveCheckView
            locale={locale}
            check={check}
            target={target}
            domain={domain}
            pendingWords={props.pendingWords}
            onRetry={live.retry}
            {...(props.serverCheck && props.noScriptHref ? { retryHref: props.noScriptHref } : {})}
            {...(waiting ? { note: checkTexts[locale].questionAfterCheck } : {})}
          />
        ) : diagnosis && events ? (
          <CheckSummaryView locale={locale} diagnosis={diagnosis} events={events} />
        ) : null
      ) : null}
      {request && !props.serverCheck && props.noScriptHref ? (
        <noscript>
          <p className="rounded-xl border border-amber-300 bg-amber-50 p-3">
            {checkTexts[locale].noScript}{" "}
            <a href={props.noScriptHref} className="font-semibold text-brand-700 underline">
              {checkTexts[locale].noScriptRun}
            </a>
          </p>
        </noscript>
      ) : null}
    </>
  );
}
