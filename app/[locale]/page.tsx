// /{locale} – the start: the three symptoms and the paste box, both on a phone's first screen (360×740).
import type { Metadata } from "next";
import { uiMessages } from "@/content/ui";
import { PasteBox } from "@/components/paste-box";
import { SymptomChoices } from "@/components/symptom-choices";
import { isLocale } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/page-metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : "ko";
  const t = uiMessages.start[locale];
  return {
    ...(await pageMetadata(locale, `/${locale}`, { title: t.title, description: t.intro })),
    title: { absolute: `${uiMessages.common[locale].productName} · ${t.title}` },
  };
}

export default async function StartPage({ params }: PageProps<"/[locale]">) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : "ko";
  const t = uiMessages.start[locale];
  return (
    <div className="grid gap-4">
      <section aria-labelledby="start-title" className="grid gap-3">
        <h1 id="start-title" className="text-2xl font-bold">
          {t.title}
        </h1>
        <SymptomChoices locale={locale} />
      </section>
      <section
        aria-labelledby="paste-title"
        className="grid gap-2 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm"
      >
        <PasteBox locale={locale} />
      </section>
    </div>
  );
}
