"use client";
// lib/diagnose in the browser, fetched once the page has a live check to interpret: it weighs the check's
// events with the answers, and again with every answer given after the check (the page's own links), so
// the browser needs it, but not before the check ends, seconds after the page is interactive. A page
// whose evidence is all on the server (no check, or the check run there for a page without scripts) gets
// the server's diagnosis instead (app/[locale]/diagnose/page.tsx) and never loads it.
import { useEffect, useSyncExternalStore } from "react";
import type { diagnose } from "@/lib/diagnose";

type Diagnose = typeof diagnose;

let loaded: Diagnose | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

/** A phone on a weak network may lose the fetch: it is tried again after 1, 2 and 4 s, then on a later page. */
function load(attempt = 0) {
  loading ??= import("@/lib/diagnose").then(
    (m) => {
      loaded = m.diagnose;
      listeners.forEach((listener) => listener());
    },
    () => {
      loading = null;
      if (attempt < 3) setTimeout(() => load(attempt + 1), 1_000 * 2 ** attempt);
    },
  );
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

/** The interpreter once it is here (null before, and in the server's HTML); `wanted` starts fetching it. */
export function useDiagnose(wanted: boolean): Diagnose | null {
  useEffect(() => {
    if (wanted) load();
  }, [wanted]);
  return useSyncExternalStore(
    subscribe,
    () => loaded,
    () => null,
  );
}
