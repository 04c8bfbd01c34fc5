"use client";
// A page whose held message (lib/wizard/message-store.ts) the server no longer has — restarted, another
// instance, or more than an hour old: the browser kept a copy in sessionStorage, so it sends it again
// (the same multipart post as the paste form) and the page comes back with the message. Without a copy
// it says so kindly; the paste screen is right below.
import { useEffect, useRef, useState } from "react";
import { wizard as wizardTexts } from "@/content/ui/wizard";
import type { Locale } from "@/lib/i18n/locales";
import { heldStorageKey } from "@/lib/wizard/held-storage";

type Props = { locale: Locale; id: string; carried: [string, string][] };

export function HeldMessageRecovery({ locale, id, carried }: Props) {
  const t = wizardTexts[locale];
  const form = useRef<HTMLFormElement>(null);
  const text = useRef<HTMLTextAreaElement>(null);
  const [gone, setGone] = useState(false);
  useEffect(() => {
    let kept: string | null = null;
    try {
      kept = sessionStorage.getItem(heldStorageKey(id));
    } catch {}
    if (kept && form.current && text.current) {
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
