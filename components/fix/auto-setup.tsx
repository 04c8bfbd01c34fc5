// "Set up automatically": the setup file's download (on the device itself), its QR code on a computer
// screen (iPhone/iPad), or an address form when the link names none; then how installing it looks.
import type { ReactNode } from "react";
import { setup as setupWords } from "@/content/ui/setup";
import type { SetupView } from "@/lib/fix/guide";
import type { FixValues } from "@/lib/fix/values";
import type { Locale } from "@/lib/i18n/locales";
import { appleProfileHref } from "@/lib/setup/links";
import { fill, textsFor } from "@/lib/i18n/fill";
import { SetupDownload } from "./setup-download";
import { SetupQr } from "./setup-qr";

const buttonClass =
  "inline-flex min-h-12 items-center justify-center rounded-xl bg-brand-600 px-5 text-base font-semibold text-white hover:bg-brand-700";

export function AutoSetup({
  setup,
  values,
  locale,
  email,
  id,
  children,
}: {
  setup: SetupView;
  values: FixValues;
  locale: Locale;
  /** The address from the link; without it the customer types one. */
  email?: string;
  id: string;
  /** The install screens, drawn as numbered steps. */
  children: ReactNode;
}) {
  const t = textsFor(setupWords, locale).guide;
  const protocol = values.incoming.protocol;
  return (
    <div className="grid gap-4 rounded-2xl border-2 border-brand-600 bg-white p-4" data-setup={setup.kind}>
      <div className="flex flex-col gap-4 md:flex-row md:items-start md:justify-between">
        <SetupDownload
          id={id}
          locale={locale}
          protocol={protocol}
          email={email}
          label={fill(t.downloadFor, { email: email ?? "" })}
          words={t}
          className={buttonClass}
        />
        {email && setup.kind === "ios-profile" && (
          <SetupQr
            href={appleProfileHref(email, locale, protocol)}
            title={t.qrTitle}
            hint={t.qrHint}
            label={t.qrLabel}
            tooLong={t.qrTooLong}
          />
        )}
      </div>
      <details className="group" open>
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-brand-700">
          {t.install}
        </summary>
        <div className="mt-2">{children}</div>
      </details>
    </div>
  );
}
