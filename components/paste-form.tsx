"use client";
// The "paste your error message" form of the start page and the wizard: a plain multipart POST to
// /{locale}/diagnose/message (it works before and without scripts, and a 20 000-character message never
// goes into a URL; SPEC §1, docs/decisions/0013-long-pastes.md). With scripts it first checks for an empty
// message, keeps a long one in sessionStorage under the id the server will hold it by (so a page whose
// server has forgotten it can send it again), and drops the `js=0` field that only a script-less post sends.
import { useId, useRef, useState, useSyncExternalStore, type FormEvent } from "react";
import { MAX_TEXT_CHARS } from "@/lib/api/limits";
import type { Locale } from "@/lib/i18n/locales";
import { fitsInLink, pageParams } from "@/lib/wizard/page-params";
import { heldStorageKey } from "@/lib/wizard/held-storage";
import { DecodedCompact } from "./decoded-compact";

type Props = {
  locale: Locale;
  /** Hidden fields: the answers so far (each a link parameter). */
  carried: [string, string][];
  label: string;
  hint?: string;
  placeholder?: string;
  submit: string;
  empty: string;
  /** The label is also the heading of its screen or section, with this id. */
  headingId?: string;
  rows?: number;
  initial?: string;
};

const noSubscription = () => () => {};

export function PasteForm(props: Props) {
  const { locale } = props;
  // Without scripts the browser's own check of `required` stops an empty message; with them, our words do.
  const scripts = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const id = useId();
  const [text, setText] = useState(props.initial ?? "");
  const [problem, setProblem] = useState<string | null>(null);
  const heldId = useRef<HTMLInputElement>(null);
  const noScript = useRef<HTMLInputElement>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const trimmed = text.trim();
    if (trimmed === "") {
      event.preventDefault();
      setProblem(props.empty);
      return;
    }
    if (noScript.current) noScript.current.disabled = true;
    if (!fitsInLink(trimmed) && heldId.current) {
      // 128 random bits as hex (getRandomValues works on plain http too, randomUUID does not).
      const wanted = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
        b.toString(16).padStart(2, "0"),
      ).join("");
      heldId.current.value = wanted;
      try {
        sessionStorage.setItem(heldStorageKey(wanted), trimmed);
      } catch {
        // Private modes may refuse storage; the server still holds the message.
      }
    }
  }

  const label = <label htmlFor={`${id}-text`}>{props.label}</label>;
  return (
    <form
      action={`/${locale}/diagnose/message`}
      method="post"
      encType="multipart/form-data"
      onSubmit={onSubmit}
      noValidate={scripts}
      className="grid gap-3"
    >
      {props.carried.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input ref={heldId} type="hidden" name="msgid" defaultValue="" />
      <input ref={noScript} type="hidden" name={pageParams.noScript} value="0" />
      {props.headingId ? (
        <h2 id={props.headingId} className="text-xl font-bold">
          {label}
        </h2>
      ) : (
        <span className="font-semibold">{label}</span>
      )}
      {props.hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {props.hint}
        </p>
      ) : null}
      <textarea
        id={`${id}-text`}
        name="error"
        rows={props.rows ?? 4}
        required
        maxLength={MAX_TEXT_CHARS}
        value={text}
        // Fetch the decoder as the customer gets ready to paste, so the first paste is read at once.
        onFocus={() => void import("./decoded-reading")}
        onChange={(event) => {
          setText(event.target.value);
          setProblem(null);
        }}
        placeholder={props.placeholder}
        aria-describedby={
          [props.hint ? `${id}-hint` : "", problem ? `${id}-problem` : ""].join(" ").trim() || undefined
        }
        aria-invalid={problem ? true : undefined}
        className="w-full rounded-xl border border-slate-300 bg-white p-3 text-base leading-relaxed shadow-inner placeholder:text-slate-500"
      />
      {problem ? (
        <p id={`${id}-problem`} role="alert" className="text-sm font-medium text-red-700">
          {problem}
        </p>
      ) : null}
      <button
        type="submit"
        className="min-h-12 rounded-xl bg-brand-600 px-5 text-base font-semibold text-white shadow hover:bg-brand-700"
      >
        {props.submit}
      </button>
      <DecodedCompact locale={locale} text={text} />
    </form>
  );
}
