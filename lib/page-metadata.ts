// Link previews (Open Graph, Twitter cards) for every page: what KakaoTalk, SMS apps and mail programs
// show when a customer is sent a link — the page's title, the cause or the step in the description, and
// the preview image from public/. The image needs an absolute URL: the request's own origin.
import "server-only";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { common } from "@/content/ui/common";
import { serverEnv } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";

/** public/og.png, 1200×630 (the size every preview reader takes). */
export const previewImage = { url: "/og.png", width: 1200, height: 630 } as const;

const ogLocale: Record<Locale, string> = { ko: "ko_KR", en: "en_US" };

async function requestOrigin(): Promise<URL | undefined> {
  const h = await headers();
  const trust = serverEnv().trustProxy;
  const host = (trust ? h.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined) || h.get("host");
  const proto = (trust ? h.get("x-forwarded-proto")?.split(",")[0]?.trim() : undefined) || "http";
  try {
    return host ? new URL(`${proto === "https" ? "https" : "http"}://${host}`) : undefined;
  } catch {
    return undefined;
  }
}

export async function pageMetadata(
  locale: Locale,
  path: string,
  page: { title: string; description?: string | undefined },
): Promise<Metadata> {
  const t = common[locale];
  const description = page.description ? `${page.description} — ${t.tagline}` : t.tagline;
  const title = `${page.title} · ${t.productName}`;
  const image = { ...previewImage, alt: t.previewAlt };
  const base = await requestOrigin();
  return {
    ...(base ? { metadataBase: base } : {}),
    title: page.title,
    description,
    openGraph: {
      type: "website",
      siteName: t.productName,
      locale: ogLocale[locale],
      url: path,
      title,
      description,
      images: [image],
    },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
}
