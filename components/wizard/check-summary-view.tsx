// The finished check at a glance (lib/wizard/check-summary.ts): a headline that says whose side the trouble
// is on, one coloured line per role with the values that work, and every single check folded away under
// "Details". Colours always come with a word and a sign, never alone.
import { checkSentences } from "@/content/diagnose/sentences";
import { check as checkTexts } from "@/content/ui/check";
import type { DiagnoseEvent } from "@/lib/api/schema";
import type { Diagnosis } from "@/lib/diagnose";
import { fill, textsFor } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import { summarizeCheck, type Headline, type RoleLine, type RoleState } from "@/lib/wizard/check-summary";
import { describeEvent, type LineState } from "@/lib/wizard/check-words";

const lineLook: Record<RoleState, { box: string; sign: string; signClass: string }> = {
  ok: { box: "border-green-300 bg-green-50", sign: "✓", signClass: "bg-green-700 text-white" },
  warn: { box: "border-amber-300 bg-amber-50", sign: "!", signClass: "bg-amber-600 text-white" },
  fail: { box: "border-red-300 bg-red-50", sign: "✕", signClass: "bg-red-700 text-white" },
  neutral: { box: "border-slate-200 bg-slate-50", sign: "–", signClass: "bg-slate-400 text-white" },
};

const headlineLook: Record<Headline, string> = {
  fine: "border-green-600 bg-green-50 text-green-950",
  down: "border-red-600 bg-red-50 text-red-950",
  dns: "border-red-600 bg-red-50 text-red-950",
  certificate: "border-amber-500 bg-amber-50 text-amber-950",
  partial: "border-amber-500 bg-amber-50 text-amber-950",
  "not-checked": "border-slate-400 bg-slate-50 text-slate-900",
};

const rawSign: Record<LineState, { sign: string; className: string }> = {
  ok: { sign: "✓", className: "text-green-700" },
  fail: { sign: "!", className: "text-amber-700" },
  neutral: { sign: "–", className: "text-slate-500" },
};

export function CheckHeadline({ locale, headline }: { locale: Locale; headline: Headline }) {
  return (
    <p
      className={`rounded-2xl border-2 p-4 text-lg font-bold leading-snug ${headlineLook[headline]}`}
      data-testid="check-headline"
      data-headline={headline}
    >
      {checkTexts[locale].headlines[headline]}
    </p>
  );
}

function valueText(line: RoleLine, locale: Locale): string | null {
  const t = textsFor(checkTexts, locale);
  if (line.hosts) return fill(t.mxHosts, { hosts: line.hosts.join(", ") });
  const v = line.value;
  if (!v || v.port === undefined || !v.security) return null;
  const security = checkSentences[locale].words.security[v.security];
  return v.protocol
    ? fill(t.valueIncoming, { protocol: v.protocol.toUpperCase(), host: v.host, port: v.port, security })
    : fill(t.value, { host: v.host, port: v.port, security });
}

type Props = {
  locale: Locale;
  diagnosis: Diagnosis;
  events: readonly DiagnoseEvent[];
  failed?: boolean;
  /** The result folds the single checks away; a question screen may show only the headline and lines. */
  headingLevel?: 2 | 3;
  /** The result shows the headline on its own, above the cause. */
  showHeadline?: boolean;
};

export function CheckSummaryView({
  locale,
  diagnosis,
  events,
  failed = false,
  headingLevel = 2,
  showHeadline = true,
}: Props) {
  const t = textsFor(checkTexts, locale);
  const summary = summarizeCheck(diagnosis, events, failed);
  const raw = events.map((e) => describeEvent(e, locale)).filter((l) => l !== null);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="check-summary" className="grid gap-3" data-testid="check-summary">
      <Heading id="check-summary" className="text-sm font-semibold uppercase tracking-wide text-slate-600">
        {t.summaryTitle}
      </Heading>
      {showHeadline ? <CheckHeadline locale={locale} headline={summary.headline} /> : null}
      {summary.headline === "not-checked" ? null : (
        <ul className="grid gap-2">
          {summary.lines.map((line) => {
            const look = lineLook[line.state];
            const value = valueText(line, locale);
            return (
              <li
                key={line.role}
                className={`flex items-start gap-3 rounded-xl border p-3 ${look.box}`}
                data-testid="check-role"
                data-role={line.role}
                data-state={line.state}
              >
                <span
                  aria-hidden="true"
                  className={`mt-0.5 grid size-6 shrink-0 place-items-center rounded-full text-sm font-bold ${look.signClass}`}
                >
                  {look.sign}
                </span>
                <span className="grid min-w-0 gap-0.5">
                  <span className="font-semibold text-slate-900">
                    {t.roles[line.role]}
                    <span className="font-normal text-slate-700"> — {t.roleNotes[line.note]}</span>
                    <span className="sr-only"> ({t.states[line.state]})</span>
                  </span>
                  {value ? <span className="break-words text-sm text-slate-800">{value}</span> : null}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {raw.length > 0 ? (
        <details className="rounded-xl border border-slate-200 bg-white px-3" data-testid="check-details">
          <summary className="flex min-h-11 cursor-pointer items-center font-semibold">{t.details}</summary>
          <ul className="grid gap-1 pb-3 text-sm" data-testid="check-lines">
            {raw.map((l, i) => (
              <li key={i} className="flex gap-2" data-state={l.state}>
                <span aria-hidden="true" className={rawSign[l.state].className}>
                  {rawSign[l.state].sign}
                </span>
                <span className="min-w-0 break-words">{l.line}</span>
              </li>
            ))}
          </ul>
          {diagnosis.findings.length > 0 ? (
            <div className="grid gap-1 pb-3">
              <h4 className="font-semibold">{t.findings}</h4>
              <ul className="grid list-disc gap-1 pl-5 text-sm">
                {diagnosis.findings.map((f, i) => (
                  <li key={i} data-finding={f.id}>
                    {f.message[locale]}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </details>
      ) : null}
    </section>
  );
}
