"use client";
// The live check and, once the walk has reached its end, the result. The check starts as soon as the
// link has a symptom and a domain or address (SPEC §1), even while questions remain. The result is
// lib/diagnose's `diagnose` — the very function that writes the API's `result` event — run here on the
// streamed events and the answers as they are now, so it follows every answer without a round trip.
import { useMemo } from "react";
import { uiMessages } from "@/content/ui";
import type { DiagnoseRequest } from "@/lib/api/schema";
import type { CauseId } from "@/lib/causes";
import type { EndNode } from "@/lib/content/tree-schema";
import { diagnose, type MessageEvidence } from "@/lib/diagnose";
import type { Locale } from "@/lib/i18n/locales";
import type { LinkParams } from "@/lib/params";
import type { ChoiceAnswers } from "@/lib/wizard/answers";
import type { CauseText } from "@/lib/wizard/cause-texts";
import type { Step } from "@/lib/wizard/walk";
import { LiveCheckView } from "./live-check-view";
import { ResultView } from "./result-view";
import { useLiveCheck } from "./use-live-check";

type Props = {
  locale: Locale;
  request: DiagnoseRequest | null;
  end: { id: string; node: EndNode } | null;
  link: LinkParams;
  answers: ChoiceAnswers;
  message: MessageEvidence | null;
  steps: Step[];
  causeTexts: Record<CauseId, CauseText>;
};

export function DiagnosisPanel({ locale, request, end, link, answers, message, steps, causeTexts }: Props) {
  const { check, retry } = useLiveCheck(request, locale);
  const target = request?.email ?? request?.domain ?? "";
  const domain = target.includes("@") ? target.slice(target.lastIndexOf("@") + 1) : target;
  const finished = !request || (check !== null && check.status !== "running");
  const events = check?.events ?? null;
  const diagnosis = useMemo(
    () => (end && finished ? diagnose({ link, answers, message, events: events ?? [] }) : null),
    [end, finished, link, answers, message, events],
  );

  return (
    <>
      {/* Once the result is up, it carries the checks itself (folded away); a failed check stays to offer a retry. */}
      {request && !(diagnosis && check?.status === "done") ? (
        <LiveCheckView locale={locale} check={check} target={target} domain={domain} onRetry={retry} />
      ) : null}
      {check?.status === "done" && !end ? (
        <p className="rounded-xl bg-brand-50 p-3 text-brand-900">{uiMessages.check[locale].waitForAnswers}</p>
      ) : null}
      {end && diagnosis ? (
        <ResultView
          key={end.id}
          locale={locale}
          diagnosis={diagnosis}
          causeTexts={causeTexts}
          link={link}
          steps={steps}
          fields={message?.fields ?? null}
          events={events}
          checkFailed={check?.status === "error"}
          supportWhy={end.node.kind === "support" ? end.node.why : undefined}
        />
      ) : null}
    </>
  );
}
