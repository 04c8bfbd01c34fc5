"use client";
// The live check and, once the walk has reached its end, the result. The check starts as soon as the
// link has a symptom and a domain or address (SPEC §1), even while questions remain.
import { uiMessages } from "@/content/ui";
import type { DiagnoseRequest } from "@/lib/api/schema";
import type { Locale } from "@/lib/i18n/locales";
import { LiveCheckView } from "./live-check-view";
import { useLiveCheck } from "./use-live-check";

type Props = {
  locale: Locale;
  request: DiagnoseRequest | null;
  atEnd: boolean;
};

export function DiagnosisPanel({ locale, request, atEnd }: Props) {
  const { check, retry } = useLiveCheck(request);
  const target = request?.email ?? request?.domain ?? "";
  const domain = target.includes("@") ? target.slice(target.lastIndexOf("@") + 1) : target;
  return (
    <>
      {request ? (
        <LiveCheckView locale={locale} check={check} target={target} domain={domain} onRetry={retry} />
      ) : null}
      {check?.status === "done" && !atEnd ? (
        <p className="rounded-xl bg-brand-50 p-3 text-brand-900">{uiMessages.check[locale].waitForAnswers}</p>
      ) : null}
    </>
  );
}
