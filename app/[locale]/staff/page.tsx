// /{locale}/staff – the link builder for hosting staff (SPEC §1): fill in, copy the link, show the QR code.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SetupDnsRecords } from "@/components/setup-dns-records";
import { StaffLinkBuilder } from "@/components/staff-link-builder";
import { uiMessages } from "@/content/ui";
import { isLocale } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/page-metadata";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  // A tool for staff: keep it out of search results.
  const t = uiMessages.staff[locale];
  return {
    ...(await pageMetadata(locale, `/${locale}/staff`, { title: t.title, description: t.intro })),
    robots: { index: false },
  };
}

export default async function StaffPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = uiMessages.staff[locale];
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="text-slate-700">{t.intro}</p>
      <StaffLinkBuilder locale={locale} />
      <SetupDnsRecords locale={locale} />
    </div>
  );
}
