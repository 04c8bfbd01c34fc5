// Under Thunderbird's steps: what the hosting company gains by publishing autoconfig (SPEC §8).
import { autoconfigNote } from "@/content/fixes/auto-setup";
import { fillTemplate } from "@/lib/fix/template";
import type { FixValues } from "@/lib/fix/values";
import type { Locale } from "@/lib/i18n/locales";

export function AutoconfigNote({ values, locale }: { values: FixValues; locale: Locale }) {
  return (
    <p
      className="rounded-xl border border-slate-200 bg-slate-50 p-3 text-slate-800"
      data-testid="autoconfig-note"
    >
      {fillTemplate(autoconfigNote[locale], values, locale)}
    </p>
  );
}
