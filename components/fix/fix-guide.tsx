// A fix guide: what the cause means, the program's numbered steps with pictures, general steps, whom to tell.
// Used by /{locale}/fix/{cause} and usable inside the wizard's result (pass the live check's values).
import { FixPicture } from "@/components/mock-dialogs/picture";
import { uiMessages } from "@/content/ui";
import type { FixGuideView, StepView } from "@/lib/fix/guide";
import type { FixValues } from "@/lib/fix/values";
import { fill, textsFor } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import { AutoSetup } from "./auto-setup";
import { AutoconfigNote } from "./autoconfig-note";

function Steps({
  steps,
  values,
  locale,
  idPrefix,
  setupEmail,
}: {
  steps: StepView[];
  values: FixValues;
  locale: Locale;
  idPrefix: string;
  setupEmail?: string;
}) {
  return (
    <ol className="grid gap-6">
      {steps.map((s, i) => (
        <li key={i} className="grid gap-1">
          <div className="flex gap-3">
            <span
              aria-hidden="true"
              className="grid size-8 shrink-0 place-items-center rounded-full bg-brand-600 font-bold text-white print:border print:border-slate-900 print:bg-white print:text-slate-900"
            >
              {i + 1}
            </span>
            <p className="min-w-0 flex-1 pt-1 text-base leading-relaxed">{s.text}</p>
          </div>
          {/* The picture takes the whole width (edge to edge on phones) so it can be drawn as large as possible. */}
          {s.picture && (
            <FixPicture id={`${idPrefix}-${i + 1}`} view={s.picture} values={values} locale={locale} />
          )}
          {s.setup && (
            <AutoSetup
              setup={s.setup}
              values={values}
              locale={locale}
              email={setupEmail}
              id={`${idPrefix}-${i + 1}`}
            >
              <Steps
                steps={s.setup.steps}
                values={values}
                locale={locale}
                idPrefix={`${idPrefix}-${i + 1}-install`}
              />
            </AutoSetup>
          )}
        </li>
      ))}
    </ol>
  );
}

export function FixGuide({
  view,
  values,
  locale,
  setupEmail,
}: {
  view: FixGuideView;
  values: FixValues;
  locale: Locale;
  /** The customer's address, for the automatic-setup download (iPhone and Mac guides). */
  setupEmail?: string;
}) {
  const t = textsFor(uiMessages.fix, locale);
  const hasProgram = view.program !== null && view.programSteps.length > 0;
  return (
    <div className="grid gap-8">
      <section aria-labelledby="fix-meaning" className="grid gap-2">
        <h2 id="fix-meaning" className="text-lg font-semibold">
          {t.meaning}
        </h2>
        <p className="text-slate-800">{view.meaning}</p>
      </section>
      {hasProgram && view.program && (
        <section aria-labelledby="fix-program-steps" className="grid gap-4">
          <h2 id="fix-program-steps" className="text-xl font-bold">
            {fill(t.stepsIn, { program: t.programs[view.program] })}
          </h2>
          <Steps
            steps={view.programSteps}
            values={values}
            locale={locale}
            idPrefix="program-step"
            setupEmail={setupEmail}
          />
          {view.program === "thunderbird" && <AutoconfigNote values={values} locale={locale} />}
        </section>
      )}
      {view.steps.length > 0 && (
        <section aria-labelledby="fix-steps" className="grid gap-4">
          <h2 id="fix-steps" className="text-lg font-semibold">
            {hasProgram ? t.stillFailing : t.steps}
          </h2>
          <Steps steps={view.steps} values={values} locale={locale} idPrefix="step" />
        </section>
      )}
      {view.tell && (
        <section
          aria-labelledby="fix-tell"
          className="grid gap-2 rounded-2xl border border-slate-200 bg-white p-4"
        >
          <h2 id="fix-tell" className="text-lg font-semibold">
            {t.tell}
          </h2>
          <p className="text-slate-800">{view.tell}</p>
        </section>
      )}
    </div>
  );
}
