"use client";
// Copies a text and says so in words (a polite live region), with a plain fallback when the browser
// refuses (the Clipboard API needs a secure context).
import { useState } from "react";

type Props = { text: string; label: string; done: string; failed: string };

export function CopyButton({ text, label, done, failed }: Props) {
  const [status, setStatus] = useState<"idle" | "done" | "failed">("idle");
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("done");
    } catch {
      setStatus("failed");
    }
  }
  return (
    <div className="flex flex-col gap-1">
      <button
        type="button"
        onClick={copy}
        className="min-h-11 rounded-lg bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700"
      >
        {label}
      </button>
      <p aria-live="polite" className="min-h-6 text-sm text-slate-700">
        {status === "done" ? done : status === "failed" ? failed : ""}
      </p>
    </div>
  );
}
