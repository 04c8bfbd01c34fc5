"use client";
// The staff link builder: a form (checked by the shared schema), then the link with a copy
// button, its QR code and a preview of what the customer will see.
import { useState } from "react";
import { clientNames } from "@/content/client-names";
import { address } from "@/content/ui/address";
import { diagnose } from "@/content/ui/diagnose";
import { staff } from "@/content/ui/staff";
import { symptomSchema } from "@/lib/api/schema";
import { clientIds } from "@/lib/clients";
import { locales, type Locale } from "@/lib/i18n/locales";
import {
  staffLinkSchema,
  type AddressErrorKey,
  type StaffLinkInput,
  type StaffLinkValues,
} from "@/lib/wizard/address-schema";
import { linkCarriesError, staffLink } from "@/lib/wizard/staff-link";
import { CopyButton } from "./copy-button";
import { FormField, inputClass } from "./form-field";
import { QrCode } from "./qr-code";
import { StaffLinkPreview } from "./staff-link-preview";
import { useSchemaForm } from "./use-schema-form";

// The whole label (at least 44 px high) is the touch target of its radio button, hence data-touch-exempt.
const choiceClass =
  "flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-slate-300 bg-white px-3 py-2 " +
  "has-checked:border-brand-600 has-checked:bg-brand-50 has-focus-visible:outline-3 has-focus-visible:outline-brand-600";

export function StaffLinkBuilder({ locale }: { locale: Locale }) {
  const t = staff[locale];
  const errorText = address[locale].errors;
  const [made, setMade] = useState<{ values: StaffLinkValues; link: string } | null>(null);
  const defaults: StaffLinkInput = { address: "", symptom: "send", client: "", language: locale, error: "" };
  const { register, onSubmit, errors } = useSchemaForm(staffLinkSchema, defaults, (values) =>
    setMade({ values, link: staffLink(window.location.origin, values) }),
  );
  const errorOf = (name: keyof StaffLinkInput) => {
    const key = errors[name];
    return key ? (errorText[key as AddressErrorKey] ?? key) : undefined;
  };

  return (
    <div className="flex flex-col gap-8">
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
        <FormField
          id="staff-address"
          label={t.addressLabel}
          hint={address[locale].hint}
          error={errorOf("address")}
        >
          {(describedBy) => (
            <input
              id="staff-address"
              type="text"
              inputMode="email"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              className={inputClass}
              aria-invalid={!!errors.address}
              aria-describedby={describedBy}
              {...register("address")}
            />
          )}
        </FormField>
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 font-semibold">{t.symptom}</legend>
          {symptomSchema.options.map((symptom) => (
            <label key={symptom} className={choiceClass} data-touch-exempt>
              <input type="radio" className="size-5 accent-brand-600" {...register("symptom", symptom)} />
              {diagnose[locale].symptoms[symptom]}
            </label>
          ))}
        </fieldset>
        <FormField id="staff-client" label={t.client}>
          {() => (
            <select id="staff-client" className={inputClass} {...register("client")}>
              <option value="">{t.clientUnknown}</option>
              {clientIds.map((id) => (
                <option key={id} value={id}>
                  {clientNames[id].name[locale]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 font-semibold">{t.language}</legend>
          <div className="grid grid-cols-2 gap-2">
            {locales.map((lang) => (
              <label key={lang} className={choiceClass} lang={lang} data-touch-exempt>
                <input type="radio" className="size-5 accent-brand-600" {...register("language", lang)} />
                {t.languages[lang]}
              </label>
            ))}
          </div>
        </fieldset>
        <FormField id="staff-error" label={t.error} hint={t.errorHint} error={errorOf("error")}>
          {(describedBy) => (
            <textarea
              id="staff-error"
              rows={4}
              className={inputClass}
              aria-invalid={!!errors.error}
              aria-describedby={describedBy}
              {...register("error")}
            />
          )}
        </FormField>
        <button
          type="submit"
          className="min-h-12 rounded-lg bg-brand-600 px-5 text-lg font-semibold text-white hover:bg-brand-700"
        >
          {t.submit}
        </button>
      </form>

      {made && (
        <section aria-labelledby="staff-result" className="flex flex-col gap-5">
          <h2 id="staff-result" className="text-xl font-bold">
            {t.resultTitle}
          </h2>
          {linkCarriesError(made.values) ? null : (
            <p role="status" className="rounded-xl border border-amber-300 bg-amber-50 p-3 text-amber-900">
              {t.errorLeftOut}
            </p>
          )}
          <FormField id="staff-link" label={t.linkLabel}>
            {() => (
              <input
                id="staff-link"
                readOnly
                value={made.link}
                className={inputClass}
                onFocus={(e) => e.currentTarget.select()}
              />
            )}
          </FormField>
          <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
            <CopyButton text={made.link} label={t.copy} done={t.copied} failed={t.copyFailed} />
            <a
              href={made.link}
              target="_blank"
              rel="noopener"
              className="inline-flex min-h-11 items-center justify-center rounded-lg border border-brand-600 px-4 font-semibold text-brand-700"
            >
              {t.open}
            </a>
          </div>
          <figure className="flex flex-col gap-2">
            <figcaption className="font-semibold">{t.qrTitle}</figcaption>
            <QrCode text={made.link} label={t.qrLabel} tooLong={t.qrTooLong} />
            <p className="text-sm text-slate-600">{t.qrLabel}</p>
          </figure>
          <StaffLinkPreview locale={locale} values={made.values} />
        </section>
      )}
    </div>
  );
}
