"use client";
// The language switch keeps the page and its whole query string, so a wizard step stays where it is.
// Its two words come from the server header as props, so the page's scripts carry no UI strings for it.
import { usePathname, useSearchParams } from "next/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { switchedPath } from "@/lib/i18n/switched-path";

function otherLocale(locale: Locale): Locale {
  return locale === "ko" ? "en" : "ko";
}

const linkClass =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded-full border border-slate-300 px-4 text-sm font-medium text-slate-700 hover:bg-slate-100";

type Props = {
  locale: Locale;
  /** The navigation's name, in the page's language. */
  label: string;
  /** The other language's name, in that language. */
  otherLabel: string;
};

export function LanguageSwitch({ locale, label, otherLabel }: Props) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const to = otherLocale(locale);
  return (
    <nav aria-label={label}>
      <a href={switchedPath(pathname, search, to)} hrefLang={to} lang={to} className={linkClass}>
        {otherLabel}
      </a>
    </nav>
  );
}

export function LanguageSwitchFallback({ locale, label, otherLabel }: Props) {
  const to = otherLocale(locale);
  return (
    <nav aria-label={label}>
      <a href={`/${to}`} hrefLang={to} lang={to} className={linkClass}>
        {otherLabel}
      </a>
    </nav>
  );
}
