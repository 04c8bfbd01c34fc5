// Every check of the live check in plain words, and the diagnosis's findings, folded away under the result.
import { uiMessages } from "@/content/ui";
import type { DiagnoseEvent } from "@/lib/api/schema";
import type { DiagnosedFinding } from "@/lib/diagnose";
import type { Locale } from "@/lib/i18n/locales";
import { describeEvent } from "@/lib/wizard/check-words";

type Props = { locale: Locale; events: readonly DiagnoseEvent[]; findings: readonly DiagnosedFinding[] };

export function RawChecks({ locale, events, findings }: Props) {
  const t = uiMessages.result[locale];
  const lines = events.map((e) => describeEvent(e, locale)).filter((l) => l !== null);
  if (lines.length === 0) return null;
  return (
    <details className="rounded-2xl border border-slate-200 bg-white p-4">
      <summary className="flex min-h-11 cursor-pointer items-center font-semibold">{t.rawTitle}</summary>
      <ul className="grid gap-1 pt-2 text-sm">
        {lines.map((l, i) => (
          <li key={i}>{l.line}</li>
        ))}
      </ul>
      {findings.length > 0 ? (
        <>
          <h4 className="pt-3 font-semibold">{t.findings}</h4>
          <ul className="grid list-disc gap-1 pl-5 text-sm">
            {findings.map((f, i) => (
              <li key={i} data-finding={f.id}>
                {f.message[locale]}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </details>
  );
}
