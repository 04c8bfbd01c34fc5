// The start page's "paste your error message" box: the paste form, opening the "I see an error" flow.
import { uiMessages } from "@/content/ui";
import type { Locale } from "@/lib/i18n/locales";
import { PasteForm } from "./paste-form";

export function PasteBox({ locale }: { locale: Locale }) {
  const t = uiMessages.start[locale];
  return (
    <PasteForm
      locale={locale}
      carried={[["symptom", "error"]]}
      label={t.pasteLabel}
      headingId="paste-title"
      hint={t.pasteHint}
      placeholder={t.pastePlaceholder}
      submit={t.pasteSubmit}
      empty={t.pasteEmpty}
      rows={3}
    />
  );
}
