"use client";
// A page whose held message (lib/wizard/message-store.ts) the server no longer has — restarted, another
// instance, or more than an hour old: the browser kept a copy in sessionStorage, so it sends it again
// (the same multipart post as the paste form) and the page comes back with the message. Without a copy
// it says so kindly; the paste screen is right below.
import { useEffect, useRef, useState } from "react";
import { wizard as wizardTexts } from "@/content/ui/wizard";
import type { Locale } from "@/lib/i18n/locales";
import { heldResentKey, heldStorageKey } from "@/lib/wizard/held-storage";

/** A page that finds its message gone again within this time after sending it does not send it a third time. */
const resendPauseMs = 60_000;

type Props = { locale: Locale; id: string; carried: [string, string][] };

export function HeldMessageRecovery({ locale, id, carried }: Props) {
  const t = wizardTexts[locale];
  const form = useRef<HTMLFormElement>(null);
  const text = useRef<HTMLTextAreaElement>(null);
  const [gone, setGone] = useState(false);
  useEffect(() => {
    let kept: string | null = null;
    let sentAgain = false;
    try {
      kept = sessionStorage.getItem(heldStorageKey(id));
      // Sent again a moment ago and still not held (the server keeps refusing it): once is enough, no loop.
      const last = Number(sessionStorage.getItem(heldResentKey(id)) ?? "0");
      sentAgain = Date.now() - last < resendPauseMs;
      sessionStorage.setItem(heldResentKey(id), String(Date.now()));
    } catch {}
    if (kept && !sentAgain && form.current && text.current) {
      text.current.value = kept;
      form.current.submit();
    } else setGone(true);
  }, [id]);
  return (
    <>
      <form
        ref={form}
        action={`/${locale}/diagnose/message`}
        method="post"
        encType="multipart/form-data"
        hidden
      >
        {carried.map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="msgid" value={id} />
        <textarea ref={text} name="error" defaultValue="" />
      </form>
      <p role="status" className="rounded-xl border border-amber-300 bg-amber-50 p-3 text-amber-900">
        {gone ? t.heldGone : t.heldReloading}
      </p>
    </>
  );
}
