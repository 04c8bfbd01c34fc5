import type { Metadata } from "next";
import { uiMessages } from "@/content/ui";
import { isLocale } from "@/lib/i18n/locales";
import { readLinkParams } from "@/lib/params";

export async function generateMetadata({ params }: PageProps<"/[locale]/diagnose">): Promise<Metadata> {
  const { locale } = await params;
  return { title: uiMessages.diagnose[isLocale(locale) ? locale : "ko"].title };
}

export default async function DiagnosePage({ params, searchParams }: PageProps<"/[locale]/diagnose">) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : "ko";
  const t = uiMessages.diagnose[locale];
  const { params: link, invalid } = readLinkParams(await searchParams);
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      {invalid.length > 0 ? (
        <p role="status" className="rounded-xl border border-amber-300 bg-amber-50 p-3 text-amber-900">
          {t.invalidParams.replace("{names}", invalid.join(", "))}
        </p>
      ) : null}
      {link.symptom ? (
        <section
          aria-labelledby="chosen"
          className="grid gap-3 rounded-2xl border border-slate-200 bg-white p-4"
        >
          <h2 id="chosen" className="text-lg font-semibold">
            {t.chosen}
          </h2>
          <dl className="grid gap-2">
            <dt className="text-sm text-slate-600">{t.symptom}</dt>
            <dd className="font-medium" data-testid="chosen-symptom">
              {t.symptoms[link.symptom]}
            </dd>
            {link.error ? (
              <>
                <dt className="text-sm text-slate-600">{t.pastedMessage}</dt>
                <dd>
                  <pre
                    className="whitespace-pre-wrap break-words rounded-lg bg-slate-100 p-3 text-sm"
                    data-testid="chosen-error"
                  >
                    {link.error}
                  </pre>
                </dd>
              </>
            ) : null}
          </dl>
        </section>
      ) : (
        <p className="text-slate-700">{t.nothingChosen}</p>
      )}
    </div>
  );
}
