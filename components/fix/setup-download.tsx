"use client";
// The setup file's download link. Without JavaScript it is a plain link. With it, the profile is asked
// for first, so that when the check finds nothing to set up (server down, too many tries) the customer
// reads why here instead of an error document; only then does the browser navigate to the download,
// which the check cache answers at once and which iOS needs in order to offer the install.
import { useState, type MouseEvent } from "react";
import { errorBodySchema } from "@/lib/api/schema";

type State = { kind: "idle" } | { kind: "checking" } | { kind: "failed"; message: string };

export function SetupDownload(props: {
  href: string;
  label: string;
  checking: string;
  failed: string;
  className: string;
}) {
  const [state, setState] = useState<State>({ kind: "idle" });
  const onClick = async (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    if (state.kind === "checking") return;
    setState({ kind: "checking" });
    try {
      const response = await fetch(props.href, { headers: { accept: "application/json" } });
      if (response.ok) {
        setState({ kind: "idle" });
        window.location.assign(props.href);
        return;
      }
      const body = errorBodySchema.safeParse(await response.json().catch(() => null));
      setState({ kind: "failed", message: body.success ? body.data.error.message : props.failed });
    } catch {
      setState({ kind: "failed", message: props.failed });
    }
  };
  return (
    <div className="grid gap-2">
      <a
        href={props.href}
        onClick={onClick}
        aria-disabled={state.kind === "checking"}
        className={props.className}
        data-testid="setup-download"
      >
        {props.label}
      </a>
      <p role="status" className="text-sm text-slate-700 empty:hidden">
        {state.kind === "checking" ? props.checking : ""}
      </p>
      {state.kind === "failed" && (
        <p role="alert" className="rounded-xl bg-amber-50 p-3 text-amber-900">
          {state.message}
        </p>
      )}
    </div>
  );
}
