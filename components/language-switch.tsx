"use client";
// The language switch keeps the page and its whole query string, so a wizard step stays where it is.
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { uiMessages } from "@/content/ui";
import type { Locale } from "@/lib/i18n/locales";
import { switchedPath } from "@/lib/i18n/switched-path";

function otherLocale(locale: Locale): Locale {
  return locale === "ko" ? "en" : "ko";
}

const linkClass =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded-full border border-slate-300 px-4 text-sm font-medium text-slate-700 hover:bg-slate-100";

export function LanguageSwitch({ locale }: { locale: Locale }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const to = otherLocale(locale);
  return (
    <nav aria-label={uiMessages.common[locale].languageSwitch}>
      <Link href={switchedPath(pathname, search, to)} hrefLang={to} lang={to} className={linkClass}>
        {uiMessages.common[locale].otherLanguageLabel}
      </Link>
    </nav>
  );
}

export function LanguageSwitchFallback({ locale }: { locale: Locale }) {
  const to = otherLocale(locale);
  return (
    <nav aria-label={uiMessages.common[locale].languageSwitch}>
      <a href={`/${to}`} hrefLang={to} lang={to} className={linkClass}>
        {uiMessages.common[locale].otherLanguageLabel}
      </a>
    </nav>
  );
}
