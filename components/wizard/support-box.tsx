"use client";
// "Contact support": why, and the plain-text report to copy (no password, no pasted text).
import type { Ref } from "react";
import { uiMessages } from "@/content/ui";
import type { Locale } from "@/lib/i18n/locales";
import { CopyButton } from "../copy-button";

type Props = { locale: Locale; why: string; report: string; headingRef: Ref<HTMLHeadingElement> };

export function SupportBox({ locale, why, report, headingRef }: Props) {
  const t = uiMessages.result[locale];
  return (
    <div className="grid gap-3 rounded-2xl border border-slate-300 bg-white p-4">
      <h3 ref={headingRef} tabIndex={-1} className="text-lg font-bold">
        {t.supportTitle}
      </h3>
      <p>{why}</p>
      <label htmlFor="support-report" className="font-semibold">
        {t.reportLabel}
      </label>
      <textarea
        id="support-report"
        readOnly
        rows={12}
        value={report}
        className="w-full rounded-xl border border-slate-300 bg-slate-50 p-3 text-sm leading-relaxed"
      />
      <CopyButton text={report} label={t.copyReport} done={t.copied} failed={t.copyFailed} />
    </div>
  );
}
