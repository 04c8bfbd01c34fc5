import { Suspense } from "react";
import { uiMessages } from "@/content/ui";
import type { Locale } from "@/lib/i18n/locales";
import { LanguageSwitch, LanguageSwitchFallback } from "./language-switch";

export function SiteHeader({ locale }: { locale: Locale }) {
  const t = uiMessages.common[locale];
  const words = { locale, label: t.languageSwitch, otherLabel: t.otherLanguageLabel };
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex w-full max-w-2xl items-center justify-between gap-3 px-4 py-2">
        <a
          href={`/${locale}`}
          className="flex min-h-11 items-center gap-2 rounded-md font-bold text-brand-900"
        >
          <svg aria-hidden="true" viewBox="0 0 24 24" className="size-7 shrink-0 text-brand-600">
            <path
              fill="currentColor"
              d="M3 5h18a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1Zm.8 2 8.2 6 8.2-6H3.8ZM20 8.3l-8 5.9-8-5.9V17h16V8.3Z"
            />
            <path
              fill="#fff"
              stroke="currentColor"
              strokeWidth="1.2"
              d="M17 13.5h2.5V16H22v2.5h-2.5V21H17v-2.5h-2.5V16H17z"
            />
          </svg>
          <span className="text-lg">{t.productName}</span>
        </a>
        <Suspense fallback={<LanguageSwitchFallback {...words} />}>
          <LanguageSwitch {...words} />
        </Suspense>
      </div>
    </header>
  );
}
