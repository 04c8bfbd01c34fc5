"use client";
// The message box of the paste screen, with the decoded panel appearing under it as the customer pastes.
import { useState } from "react";
import { MAX_TEXT_CHARS } from "@/lib/api/limits";
import type { Locale } from "@/lib/i18n/locales";
import { DecodedPanel } from "../decoded-panel";

export function PasteField({
  locale,
  id,
  describedBy,
}: {
  locale: Locale;
  id: string;
  describedBy?: string;
}) {
  const [text, setText] = useState("");
  return (
    <>
      <textarea
        id={id}
        name="error"
        rows={6}
        required
        maxLength={MAX_TEXT_CHARS}
        value={text}
        onChange={(event) => setText(event.target.value)}
        aria-describedby={describedBy}
        className="w-full rounded-xl border border-slate-300 bg-white p-3 text-base leading-relaxed shadow-inner"
      />
      <DecodedPanel locale={locale} text={text} />
    </>
  );
}
