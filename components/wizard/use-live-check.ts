"use client";
// Runs the live check (POST /api/diagnose, NDJSON) once per request and shares its events with every
// component that asks for the same request, so answering the remaining questions (a new URL, maybe a
// remounted page) never starts the check again.
import { useCallback, useState, useSyncExternalStore } from "react";
import {
  diagnoseEventSchema,
  errorBodySchema,
  type DiagnoseEvent,
  type DiagnoseRequest,
  type ErrorCode,
} from "@/lib/api/schema";
import type { Locale } from "@/lib/i18n/locales";

export type LiveCheck = {
  status: "running" | "done" | "error";
  events: DiagnoseEvent[];
  startedAt: number;
  finishedAt?: number;
  error?: { code: ErrorCode | "network"; retryAfter?: number };
};

type Run = { state: LiveCheck; listeners: Set<() => void> };
const runs = new Map<string, Run>();

async function stream(
  request: DiagnoseRequest,
  locale: Locale,
  update: (patch: Partial<LiveCheck>) => void,
  push: (e: DiagnoseEvent) => void,
) {
  const response = await fetch("/api/diagnose", {
    method: "POST",
    // The check's own findings come back in the page's language, not the browser's.
    headers: { "content-type": "application/json", "accept-language": locale },
    body: JSON.stringify(request),
  });
  if (!response.ok || !response.body) {
    const body = errorBodySchema.safeParse(await response.json().catch(() => null));
    const retryAfter = Number(response.headers.get("retry-after")) || undefined;
    update({ status: "error", error: { code: body.success ? body.data.error.code : "network", retryAfter } });
    return;
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += value;
    for (let nl = buffer.indexOf("\n"); nl >= 0; nl = buffer.indexOf("\n")) {
      const line = buffer.slice(0, nl).trim();
      buffer = buffer.slice(nl + 1);
      if (!line) continue;
      // A line we cannot read is skipped rather than fatal: the other checks still count.
      const event = diagnoseEventSchema.safeParse(JSON.parse(line));
      if (event.success) push(event.data);
    }
  }
  update({ status: "done", finishedAt: Date.now() });
}

function start(key: string, request: DiagnoseRequest, locale: Locale): Run {
  const run: Run = { state: { status: "running", events: [], startedAt: Date.now() }, listeners: new Set() };
  runs.set(key, run);
  const update = (patch: Partial<LiveCheck>) => {
    run.state = { ...run.state, ...patch };
    run.listeners.forEach((listener) => listener());
  };
  stream(request, locale, update, (event) => update({ events: [...run.state.events, event] })).catch(() =>
    update({ status: "error", error: { code: "network" }, finishedAt: Date.now() }),
  );
  return run;
}

export function useLiveCheck(
  request: DiagnoseRequest | null,
  locale: Locale,
): { check: LiveCheck | null; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const key = request ? `${attempt}:${locale}:${JSON.stringify(request)}` : "";
  const subscribe = useCallback(
    (listener: () => void) => {
      if (!request) return () => {};
      // "Check again" asks for a fresh check: no cached check, no probe result from before it (SPEC §2).
      const run = runs.get(key) ?? start(key, attempt > 0 ? { ...request, fresh: true } : request, locale);
      run.listeners.add(listener);
      return () => run.listeners.delete(listener);
    },
    // The key stands for the request's content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );
  const check = useSyncExternalStore(
    subscribe,
    () => runs.get(key)?.state ?? null,
    () => null,
  );
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { check, retry };
}
