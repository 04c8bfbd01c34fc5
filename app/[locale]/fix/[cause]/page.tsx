// /{locale}/fix/{cause-id}?client=…&domain=…|email=… — one fix guide on its own, a link staff can send.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FixGuide } from "@/components/fix/fix-guide";
import { ProgramSwitcher } from "@/components/fix/program-switcher";
import { ValuesNote } from "@/components/fix/values-note";
import { causeTitles } from "@/content/causes";
import { causeGuides } from "@/content/fixes";
import { pageMetadata } from "@/lib/page-metadata";
import { uiMessages } from "@/content/ui";
import { isCauseId } from "@/lib/causes";
import { buildFixGuide } from "@/lib/fix/guide";
import { deriveFixValues } from "@/lib/fix/values";
import { fill, textsFor } from "@/lib/i18n/fill";
import { isLocale } from "@/lib/i18n/locales";
import { toQueryString } from "@/lib/link-query";
import { readLinkParams } from "@/lib/params";

export async function generateMetadata({ params }: PageProps<"/[locale]/fix/[cause]">): Promise<Metadata> {
  const { locale: raw, cause } = await params;
  const locale = isLocale(raw) ? raw : "ko";
  if (!isCauseId(cause)) return {};
  // The preview says the cause and what it means, so a link sent by chat already tells what to fix.
  return pageMetadata(locale, `/${locale}/fix/${cause}`, {
    title: causeTitles[cause][locale],
    description: causeGuides[cause].meaning[locale],
  });
}

export default async function FixPage({ params, searchParams }: PageProps<"/[locale]/fix/[cause]">) {
  const { locale: raw, cause } = await params;
  const locale = isLocale(raw) ? raw : "ko";
  if (!isCauseId(cause)) notFound();
  const t = textsFor(uiMessages.fix, locale);
  const { params: link, invalid } = readLinkParams(await searchParams);
  const values = deriveFixValues({ params: link, locale });
  const view = buildFixGuide({ cause, client: link.client, values, locale });
  return (
    <article className="grid gap-6">
      <header className="grid gap-1">
        <p className="text-sm font-semibold text-brand-700">{t.eyebrow}</p>
        <h1 className="text-2xl font-bold">{view.title}</h1>
      </header>
      {invalid.length > 0 && (
        <p role="status" className="rounded-xl border border-amber-300 bg-amber-50 p-3 text-amber-900">
          {fill(t.invalidParams, { names: invalid.join(", ") })}
        </p>
      )}
      {view.program && (
        <>
          <ProgramSwitcher
            locale={locale}
            cause={cause}
            link={link}
            client={link.client}
            protocol={values.incoming.protocol}
          />
          {!link.client && <p className="text-slate-700">{t.chooseProgram}</p>}
          <ValuesNote locale={locale} values={values} link={link} />
        </>
      )}
      <FixGuide view={view} values={values} locale={locale} setupEmail={link.email} />
      <p className="print:hidden">
        <Link
          href={`/${locale}/diagnose${toQueryString(link)}`}
          className="inline-flex min-h-11 items-center font-medium text-brand-700 underline underline-offset-2"
        >
          {t.diagnose}
        </Link>
      </p>
    </article>
  );
}
