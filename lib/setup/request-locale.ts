// The language of a setup answer: `lang` in the link (the page's language), else Accept-Language.
import { isLocale, localeFromAcceptLanguage, type Locale } from "@/lib/i18n/locales";

export function requestLocale(request: Request, url: URL = new URL(request.url)): Locale {
  const lang = url.searchParams.get("lang");
  return isLocale(lang) ? lang : localeFromAcceptLanguage(request.headers.get("accept-language"));
}
