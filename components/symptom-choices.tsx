import { uiMessages } from "@/content/ui";
import type { Locale } from "@/lib/i18n/locales";
import { toQueryString } from "@/lib/link-query";

const symptoms = ["send", "receive", "error"] as const;

const icons: Record<(typeof symptoms)[number], string> = {
  send: "M3 11.5 21 3l-8.5 18-2-7.5L3 11.5Zm7.6 1.9 1.3 4.8L17.6 6 10.6 13.4Zm-.9-.9L17 5.3 5.9 10.4l3.8 2.1Z",
  receive:
    "M4 4h16a1 1 0 0 1 1 1v14a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1Zm1 10v4h14v-4h-4a3 3 0 0 1-6 0H5Zm0-2h5.7l.3.8a1 1 0 0 0 2 0l.3-.8H19V6H5v6Zm7-4.5 3 3h-2V11h-2V9.5H9l3-3Z",
  error: "M12 2 1 21h22L12 2Zm0 4 7.5 13h-15L12 6Zm-1 4v5h2v-5h-2Zm0 6v2h2v-2h-2Z",
};

export function SymptomChoices({ locale }: { locale: Locale }) {
  const t = uiMessages.start[locale];
  return (
    <ul className="grid gap-2">
      {symptoms.map((symptom) => (
        <li key={symptom}>
          <a
            href={`/${locale}/diagnose${toQueryString({ symptom })}`}
            className="flex min-h-16 items-center gap-4 rounded-2xl border border-slate-200 bg-white px-4 py-3 shadow-sm transition hover:border-brand-600 hover:bg-brand-50"
          >
            <svg aria-hidden="true" viewBox="0 0 24 24" className="size-8 shrink-0 text-brand-600">
              <path fill="currentColor" fillRule="evenodd" d={icons[symptom]} />
            </svg>
            <span className="flex flex-col">
              <span className="text-lg font-semibold text-slate-900">{t.choices[symptom].label}</span>
              <span className="text-sm text-slate-600">{t.choices[symptom].hint}</span>
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
