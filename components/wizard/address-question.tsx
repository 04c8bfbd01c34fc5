"use client";
// The address screen: the e-mail address or domain, and optionally the settings the program uses now.
// A plain form checked by the same schema as the staff builder; errors in plain words next to the field.
// Without scripts it is a plain GET form carrying every earlier answer (and `js=0`, so the next page runs
// the check on the server); the page reads it with lib/wizard/address-answer.ts and shows its errors.
import { useRouter } from "next/navigation";
import { address as addressTexts } from "@/content/ui/address";
import type { InputNode } from "@/lib/content/tree-schema";
import type { Locale } from "@/lib/i18n/locales";
import type { LinkParams } from "@/lib/params";
import { linkWithAddress } from "@/lib/wizard/address-answer";
import {
  addressFormSchema,
  type AddressErrorKey,
  type AddressFormInput,
  type AddressFormValues,
} from "@/lib/wizard/address-schema";
import { pageParams } from "@/lib/wizard/page-params";
import { wizardQuery, type Step, type WizardState } from "@/lib/wizard/walk";
import { FormField, inputClass } from "../form-field";
import { useSchemaForm } from "../use-schema-form";

type Props = {
  locale: Locale;
  node: InputNode;
  state: WizardState;
  steps: Step[];
  suggestion?: string;
  /** What a form sent without scripts held, and what was wrong with it (read on the server). */
  sent?: { input: AddressFormInput; errors: Partial<Record<"address" | "server" | "port", AddressErrorKey>> };
};

/** Every earlier answer, as hidden fields; the fields this form has are left to the form. */
function carriedFields(state: WizardState, steps: Step[], withSettings: boolean): [string, string][] {
  const link: LinkParams = { ...state.link };
  delete link.email;
  delete link.domain;
  if (withSettings) for (const name of ["server", "port", "protocol", "ssl"] as const) delete link[name];
  return [...new URLSearchParams(wizardQuery({ ...state, link, noScript: false }, steps).slice(1))];
}

export function AddressQuestion({ locale, node, state, steps, suggestion, sent }: Props) {
  const t = addressTexts[locale];
  const router = useRouter();
  const { link } = state;
  const outgoing = node.settings === "outgoing";
  function onValid(values: AddressFormValues) {
    const next = linkWithAddress(link, values, node.settings);
    router.push(`/${locale}/diagnose${wizardQuery({ ...state, link: next }, steps)}`);
  }
  const defaults: AddressFormInput = sent?.input ?? {
    address: suggestion ?? "",
    server: link.server ?? "",
    port: link.port !== undefined ? String(link.port) : "",
    protocol: outgoing ? "smtp" : (link.protocol ?? "pop3"),
    ssl: link.ssl ?? false,
  };
  const { register, onSubmit, errors, submitCount } = useSchemaForm(addressFormSchema, defaults, onValid);
  // Until the customer sends the form again, the server's reading of the last one stands (no scripts).
  const touched = submitCount > 0;
  const invalid = (name: "address" | "server" | "port") =>
    !!errors[name] || (!touched && !!sent?.errors[name]);
  const errorOf = (name: "address" | "server" | "port") => {
    const key = errors[name] ?? (touched ? undefined : sent?.errors[name]);
    return key ? (t.errors[key as AddressErrorKey] ?? key) : undefined;
  };

  return (
    <section aria-labelledby="question" className="grid gap-3">
      <h2 id="question" className="text-xl font-bold">
        {node.question[locale]}
      </h2>
      {node.help ? <p className="text-slate-700">{node.help[locale]}</p> : null}
      <form action={`/${locale}/diagnose`} method="get" onSubmit={onSubmit} noValidate className="grid gap-4">
        {carriedFields(state, steps, node.settings !== undefined).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {/* Sent only by a form that went without scripts: the next page then runs the check itself. */}
        <input type="hidden" name={pageParams.noScript} value="0" />
        <FormField id="address" label={t.label} hint={t.hint} error={errorOf("address")}>
          {(describedBy) => (
            <input
              id="address"
              type="text"
              inputMode="email"
              autoComplete="email"
              autoCapitalize="none"
              spellCheck={false}
              className={inputClass}
              aria-invalid={invalid("address")}
              aria-describedby={describedBy}
              {...register("address")}
            />
          )}
        </FormField>
        {node.settings ? (
          <details
            className="rounded-xl border border-slate-200 bg-white p-3"
            open={!!(link.server || link.port)}
          >
            <summary className="flex min-h-11 cursor-pointer items-center font-semibold">
              {t.settingsTitle}
            </summary>
            <div className="grid gap-4 pt-2">
              <p className="text-sm text-slate-600">{t.settingsHint}</p>
              <FormField id="server" label={t.server} hint={t.serverHint} error={errorOf("server")}>
                {(describedBy) => (
                  <input
                    id="server"
                    type="text"
                    autoCapitalize="none"
                    spellCheck={false}
                    className={inputClass}
                    aria-invalid={invalid("server")}
                    aria-describedby={describedBy}
                    {...register("server")}
                  />
                )}
              </FormField>
              <FormField id="port" label={t.port} hint={t.portHint} error={errorOf("port")}>
                {(describedBy) => (
                  <input
                    id="port"
                    type="text"
                    inputMode="numeric"
                    className={inputClass}
                    aria-invalid={invalid("port")}
                    aria-describedby={describedBy}
                    {...register("port")}
                  />
                )}
              </FormField>
              {/* The outgoing server is always SMTP; a form sent without scripts must still say so. */}
              {outgoing ? (
                <input type="hidden" name="protocol" value="smtp" />
              ) : (
                <fieldset className="grid gap-2">
                  <legend className="mb-1 font-semibold">{t.protocol}</legend>
                  <div className="grid grid-cols-2 gap-2">
                    {(["pop3", "imap"] as const).map((p) => (
                      <label
                        key={p}
                        data-touch-exempt
                        className="flex min-h-11 items-center gap-3 rounded-lg border border-slate-300 bg-white px-3 has-checked:border-brand-600 has-checked:bg-brand-50"
                      >
                        <input
                          type="radio"
                          className="size-5 accent-brand-600"
                          {...register("protocol", p)}
                        />
                        {t.protocols[p]}
                      </label>
                    ))}
                  </div>
                </fieldset>
              )}
              <label className="flex min-h-11 items-center gap-3" data-touch-exempt>
                <input type="checkbox" className="size-5 accent-brand-600" {...register("ssl")} />
                {t.ssl}
              </label>
            </div>
          </details>
        ) : null}
        <button
          type="submit"
          className="min-h-12 rounded-xl bg-brand-600 px-5 text-base font-semibold text-white shadow hover:bg-brand-700"
        >
          {t.submit}
        </button>
      </form>
    </section>
  );
}
