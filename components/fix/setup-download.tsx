"use client";
// The setup file's download: a plain link, or, when the link names no address, a plain GET form for it.
// Both work without JavaScript; with it, the file is asked for first (use-setup-download.tsx).
import type { FormEvent, MouseEvent } from "react";
import { inputClass } from "@/components/form-field";
import { appleProfileHref, appleProfilePath } from "@/lib/setup/links";
import type { IncomingProtocol } from "@/lib/setup/account";
import type { Locale } from "@/lib/i18n/locales";
import { DownloadStatus, useSetupDownload } from "./use-setup-download";

type Words = {
  checking: string;
  failed: string;
  download: string;
  addressLabel: string;
  addressHint: string;
};

export function SetupDownload(props: {
  id: string;
  locale: Locale;
  protocol: IncomingProtocol;
  /** The address from the link; without one the customer types it. */
  email?: string;
  label: string;
  words: Words;
  className: string;
}) {
  const { state, start } = useSetupDownload(props.words.failed);
  const { id, locale, protocol, words } = props;
  if (props.email) {
    const href = appleProfileHref(props.email, locale, protocol);
    const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
      event.preventDefault();
      void start(href);
    };
    return (
      <div className="grid gap-2">
        <a href={href} onClick={onClick} className={props.className} data-testid="setup-download">
          {props.label}
        </a>
        <DownloadStatus state={state} checking={words.checking} />
      </div>
    );
  }
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const email = new FormData(event.currentTarget).get("email");
    if (typeof email !== "string" || !event.currentTarget.checkValidity()) return;
    event.preventDefault();
    void start(appleProfileHref(email.trim(), locale, protocol));
  };
  return (
    <form method="get" action={appleProfilePath} onSubmit={onSubmit} className="grid gap-2">
      <label htmlFor={`${id}-email`} className="font-semibold">
        {words.addressLabel}
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        {words.addressHint}
      </p>
      <input
        id={`${id}-email`}
        name="email"
        type="email"
        required
        autoComplete="email"
        autoCapitalize="none"
        spellCheck={false}
        aria-describedby={`${id}-hint`}
        className={inputClass}
      />
      <input type="hidden" name="lang" value={locale} />
      {protocol === "pop3" && <input type="hidden" name="protocol" value="pop3" />}
      <button type="submit" className={props.className} data-testid="setup-download">
        {words.download}
      </button>
      <DownloadStatus state={state} checking={words.checking} />
    </form>
  );
}
