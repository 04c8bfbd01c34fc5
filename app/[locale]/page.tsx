import { uiMessages } from "@/content/ui";
import { PasteBox } from "@/components/paste-box";
import { SymptomChoices } from "@/components/symptom-choices";
import { isLocale } from "@/lib/i18n/locales";

export default async function StartPage({ params }: PageProps<"/[locale]">) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : "ko";
  const common = uiMessages.common[locale];
  const t = uiMessages.start[locale];
  return (
    <div className="grid gap-8">
      <section aria-labelledby="product-name" className="grid gap-2">
        <p id="product-name" className="text-sm font-semibold uppercase tracking-wide text-brand-700">
          {common.productName}
        </p>
        <p className="text-base text-slate-700">{common.tagline}</p>
      </section>
      <section aria-labelledby="start-title" className="grid gap-3">
        <h1 id="start-title" className="text-2xl font-bold">
          {t.title}
        </h1>
        <p className="text-slate-700">{t.intro}</p>
        <SymptomChoices locale={locale} />
      </section>
      <section
        aria-labelledby="paste-title"
        className="grid gap-3 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm"
      >
        <h2 id="paste-title" className="text-xl font-bold">
          {t.pasteTitle}
        </h2>
        <PasteBox locale={locale} />
      </section>
    </div>
  );
}
