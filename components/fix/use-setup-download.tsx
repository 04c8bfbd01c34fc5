"use client";
// Asks for the setup file before the browser navigates to it: when the check finds nothing to set up
// (server down, too many tries) the customer reads why on the page instead of an error document. The
// navigation that follows is answered from the check cache at once, and iOS needs it to offer the install.
import { useState } from "react";
import { errorBodySchema } from "@/lib/api/schema";

export type DownloadState = { kind: "idle" } | { kind: "checking" } | { kind: "failed"; message: string };

export function useSetupDownload(failed: string) {
  const [state, setState] = useState<DownloadState>({ kind: "idle" });
  const start = async (href: string) => {
    if (state.kind === "checking") return;
    setState({ kind: "checking" });
    try {
      const response = await fetch(href, { headers: { accept: "application/json" } });
      if (response.ok) {
        setState({ kind: "idle" });
        window.location.assign(href);
        return;
      }
      const body = errorBodySchema.safeParse(await response.json().catch(() => null));
      setState({ kind: "failed", message: body.success ? body.data.error.message : failed });
    } catch {
      setState({ kind: "failed", message: failed });
    }
  };
  return { state, start };
}

/** What the download is doing: a polite status while the check runs, an alert when it failed. */
export function DownloadStatus({ state, checking }: { state: DownloadState; checking: string }) {
  return (
    <>
      <p role="status" className="text-sm text-slate-700 empty:hidden">
        {state.kind === "checking" ? checking : ""}
      </p>
      {state.kind === "failed" && (
        <p role="alert" className="rounded-xl bg-amber-50 p-3 text-amber-900">
          {state.message}
        </p>
      )}
    </>
  );
}
