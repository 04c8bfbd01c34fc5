import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { headers } from "next/headers";
import { uiMessages } from "@/content/ui";
import { SiteHeader } from "@/components/site-header";
import { isLocale, locales } from "@/lib/i18n/locales";
import "../globals.css";

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1d5fd1" };

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  const t = uiMessages.common[isLocale(locale) ? locale : "ko"];
  return {
    title: { default: t.productName, template: `%s · ${t.productName}` },
    description: t.tagline,
    alternates: { languages: Object.fromEntries(locales.map((l) => [l, `/${l}`])) },
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  // Reading the request makes every page render per request, which the CSP nonce needs.
  await headers();
  const t = uiMessages.common[locale];
  return (
    <html lang={locale}>
      <body className="min-h-dvh">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-3"
        >
          {t.skipToContent}
        </a>
        <SiteHeader locale={locale} />
        <main id="main" className="mx-auto w-full max-w-2xl px-4 pb-16 pt-6">
          {children}
        </main>
      </body>
    </html>
  );
}
