import type { Locale } from "@/lib/i18n/locales";

/**
 * Windows shows access keys as "(O)" after Korean labels; English builds underline a letter, hidden
 * until Alt is pressed, so the English drawings show the plain label.
 */
export function accelerator(locale: Locale) {
  return (label: string, key: string) => (locale === "ko" ? `${label}(${key})` : label);
}
