"use client";
// "Still not working": the hosting company's own contact (when configured), the report to send them — with
// the date and time, program names in words, the pasted message and the check's headline — and a way back
// to the result.
import type { Ref } from "react";
import { result as resultTexts } from "@/content/ui/result";
import type { Locale } from "@/lib/i18n/locales";
import { hasContact, telHref, type SupportContact } from "@/lib/wizard/support-contact";
import { CopyButton } from "../copy-button";

type Props = {
  locale: Locale;
  why: string;
  report: string;
  contact: SupportContact;
  headingRef: Ref<HTMLHeadingElement>;
  /** Back to the result; absent where the tree itself ends in "contact support". */
  onBack?: () => void;
};

const linkClass =
  "flex min-h-11 items-center gap-2 rounded-xl border border-brand-600 bg-white px-4 font-semibold text-brand-700 break-words";

export function SupportBox({ locale, why, report, contact, headingRef, onBack }: Props) {
  const t = resultTexts[locale];
  return (
    <div className="grid gap-3 rounded-2xl border border-slate-300 bg-white p-4" data-testid="support">
      <h3 ref={headingRef} tabIndex={-1} className="text-lg font-bold">
        {t.supportTitle}
      </h3>
      <p>{why}</p>
      {hasContact(contact) ? (
        <div className="grid gap-2" data-testid="support-contact">
          <h4 className="font-semibold">{t.contactTitle}</h4>
          <ul className="grid gap-2">
            {contact.phone ? (
              <li>
                <a href={telHref(contact.phone)} className={linkClass}>
                  <span className="font-normal text-slate-700">{t.contactPhone}</span> {contact.phone}
                </a>
              </li>
            ) : null}
            {contact.email ? (
              <li>
                <a
                  href={`mailto:${contact.email}?subject=${encodeURIComponent(t.emailSubject)}`}
                  className={linkClass}
                >
                  <span className="font-normal text-slate-700">{t.contactEmail}</span> {contact.email}
                </a>
              </li>
            ) : null}
            {contact.url ? (
              <li>
                <a href={contact.url} className={linkClass} rel="noopener" target="_blank">
                  {t.contactWeb}
                </a>
              </li>
            ) : null}
          </ul>
          <p className="text-sm text-slate-700">{t.contactHow}</p>
        </div>
      ) : (
        <p className="text-slate-700">{t.noContact}</p>
      )}
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
      {onBack ? (
        <button
          type="button"
          onClick={onBack}
          className="min-h-12 rounded-xl border border-slate-400 bg-white px-4 text-base font-semibold"
        >
          ← {t.backToResult}
        </button>
      ) : null}
    </div>
  );
}
