// Links to the same guide for each mail program (and POP3/IMAP), keeping every other link parameter.
// Plain links: works without JavaScript, and a staff member can copy any of them. Not prefetched: a
// customer opens one of the twelve at most, and fetching them all while the guide loads kept a phone's
// main thread busy (and spent its data) for pages it never shows.
import Link from "next/link";
import { uiMessages } from "@/content/ui";
import type { CauseId } from "@/lib/causes";
import { clientIds, type ClientId } from "@/lib/clients";
import type { IncomingProtocol } from "@/lib/fix/values";
import type { Locale } from "@/lib/i18n/locales";
import { toQueryString, type LinkParams } from "@/lib/link-query";

const chip =
  "flex min-h-11 items-center rounded-full border px-4 py-2 text-sm font-medium focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-600";
const current = "border-brand-600 bg-brand-600 text-white";
const other = "border-slate-300 bg-white text-slate-800 hover:border-brand-600 hover:bg-brand-50";

export function ProgramSwitcher({
  locale,
  cause,
  link,
  client,
  protocol,
}: {
  locale: Locale;
  cause: CauseId;
  link: LinkParams;
  client: ClientId | undefined;
  protocol: IncomingProtocol;
}) {
  const t = uiMessages.fix[locale];
  const href = (change: Partial<LinkParams>) =>
    `/${locale}/fix/${cause}${toQueryString({ ...link, ...change })}`;
  return (
    <div className="grid gap-4 print:hidden">
      <nav aria-labelledby="program-switcher">
        <h2 id="program-switcher" className="mb-2 text-base font-semibold">
          {t.switcher}
        </h2>
        <ul className="flex flex-wrap gap-2">
          {clientIds.map((id) => (
            <li key={id}>
              <Link
                href={href({ client: id })}
                prefetch={false}
                aria-current={id === client ? "page" : undefined}
                className={`${chip} ${id === client ? current : other}`}
              >
                {t.programs[id]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-labelledby="protocol-switcher">
        <h2 id="protocol-switcher" className="mb-2 text-base font-semibold">
          {t.protocolSwitcher}
        </h2>
        <ul className="flex gap-2">
          {(["imap", "pop3"] as const).map((p) => (
            <li key={p}>
              <Link
                href={href({ protocol: p })}
                prefetch={false}
                aria-current={p === protocol ? "true" : undefined}
                className={`${chip} ${p === protocol ? current : other}`}
              >
                {p.toUpperCase()}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
