// Says where the values in the pictures come from (the live check, or the domain's usual values), and
// the customer's current settings beside them; without an address, a small form to personalise them.
// A GET form to the same page: no JavaScript, and the result is a link that can be shared.
import { uiMessages } from "@/content/ui";
import type { FixValues } from "@/lib/fix/values";
import { fill, textsFor } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import { paramText, type LinkParams, type LinkParamName } from "@/lib/link-query";

export function ValuesNote({
  locale,
  values,
  link,
}: {
  locale: Locale;
  values: FixValues;
  link: LinkParams;
}) {
  const t = textsFor(uiMessages.fix, locale);
  const note = { check: t.valuesFromCheck, domain: t.valuesFromDomain, example: t.valuesExample }[
    values.source
  ];
  const current = [
    link.server ? fill(t.givenServer, { server: link.server }) : null,
    link.port ? fill(t.givenPort, { port: link.port }) : null,
    link.protocol ? fill(t.givenProtocol, { protocol: link.protocol.toUpperCase() }) : null,
    link.ssl === undefined ? null : link.ssl ? t.givenSslOn : t.givenSslOff,
  ].filter((v): v is string => v !== null);
  const keep = (Object.entries(link) as [LinkParamName, NonNullable<LinkParams[LinkParamName]>][]).filter(
    ([name]) => name !== "email" && name !== "domain",
  );
  return (
    <div className="grid gap-3 rounded-2xl border border-brand-100 bg-brand-50 p-4">
      <p className="text-slate-800" data-testid="values-source">
        {fill(note, { domain: values.domain })}
      </p>
      {current.length > 0 && (
        <p className="text-slate-800" data-testid="given-settings">
          {fill(t.given, { values: current.join(", ") })}
        </p>
      )}
      {!link.email && (
        <form method="get" className="grid gap-2 print:hidden">
          {keep.map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={paramText(name, value)} />
          ))}
          <label htmlFor="fix-email" className="text-sm font-semibold">
            {t.personalise}
          </label>
          <div className="flex flex-wrap gap-2">
            <input
              id="fix-email"
              name="email"
              type="email"
              autoComplete="email"
              inputMode="email"
              placeholder="you@example.com"
              className="min-h-11 min-w-0 flex-1 rounded-lg border border-slate-400 bg-white px-3"
            />
            <button
              type="submit"
              className="min-h-11 rounded-lg bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700"
            >
              {t.personaliseSubmit}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
