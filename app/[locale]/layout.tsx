import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { headers } from "next/headers";
import { uiMessages } from "@/content/ui";
import { SiteHeader } from "@/components/site-header";
import { isLocale, locales } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/page-metadata";
import "../globals.css";

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1d5fd1" };

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : "ko";
  const t = uiMessages.common[locale];
  return {
    // Every page's preview (Open Graph, Twitter) unless the page says more; the pages do.
    ...(await pageMetadata(locale, `/${locale}`, { title: t.productName })),
    title: { default: t.productName, template: `%s · ${t.productName}` },
    alternates: { languages: Object.fromEntries(locales.map((l) => [l, `/${l}`])) },
    manifest: "/manifest.webmanifest",
    // Named here because app/icon.svg sits above the [locale] root layout, where Next does not add it; a page
    // without an icon link makes the browser ask for /favicon.ico, a 404 in every page's console.
    icons: { icon: [{ url: "/icon.svg", type: "image/svg+xml" }], apple: "/apple-touch-icon.png" },
    // Links hold the customer's address and message: other sites (and long same-site requests) get the origin only.
    referrer: "origin",
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
