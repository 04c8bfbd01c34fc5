"use client";
// The "paste your error message" box. It is a plain GET form to /diagnose, so it works before the page's
// scripts load; with scripts it also checks for an empty or oversized message before leaving the page.
import { useId, useState, type FormEvent } from "react";
import { uiMessages } from "@/content/ui";
import { MAX_TEXT_CHARS } from "@/lib/api/limits";
import { DecodedPanel } from "./decoded-panel";
import type { Locale } from "@/lib/i18n/locales";

export function PasteBox({ locale }: { locale: Locale }) {
  const t = uiMessages.start[locale];
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const trimmed = text.trim();
    if (trimmed === "") setProblem(t.pasteEmpty);
    else if (trimmed.length > MAX_TEXT_CHARS) setProblem(t.pasteTooLong);
    else return;
    event.preventDefault();
  }

  return (
    <form action={`/${locale}/diagnose`} method="get" onSubmit={onSubmit} noValidate className="grid gap-3">
      <input type="hidden" name="symptom" value="error" />
      <label htmlFor={`${id}-text`} className="font-semibold">
        {t.pasteLabel}
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        {t.pasteHint}
      </p>
      <textarea
        id={`${id}-text`}
        name="error"
        rows={5}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setProblem(null);
        }}
        placeholder={t.pastePlaceholder}
        aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ""}`}
        aria-invalid={problem ? true : undefined}
        className="w-full rounded-xl border border-slate-300 bg-white p-3 text-base leading-relaxed shadow-inner placeholder:text-slate-500"
      />
      <DecodedPanel locale={locale} text={text} />
      {problem ? (
        <p id={`${id}-problem`} role="alert" className="text-sm font-medium text-red-700">
          {problem}
        </p>
      ) : null}
      <button
        type="submit"
        className="min-h-12 rounded-xl bg-brand-600 px-5 text-base font-semibold text-white shadow hover:bg-brand-700"
      >
        {t.pasteSubmit}
      </button>
    </form>
  );
}
