// The live check run by the page itself, for a browser without JavaScript (`js=0`, docs/decisions/0014-pages-without-javascript.md):
// the very path of POST /api/diagnose — the same request (lib/wizard/check-request.ts), prepareCheck's
// guard, the same per-client limits and the same NDJSON stream with its 10 s budget — read to its end here
// instead of in the browser.
import "server-only";
import { diagnoseEventSchema, type DiagnoseEvent, type DiagnoseRequest } from "@/lib/api/schema";
import { serverEnv } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { clientKey, diagnoseStream, prepareCheck, probeService } from "@/lib/probe";
import type { CheckOutcome } from "./check-outcome";

async function readEvents(stream: ReadableStream<Uint8Array>): Promise<DiagnoseEvent[]> {
  const text = await new Response(stream).text();
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => diagnoseEventSchema.safeParse(JSON.parse(line)))
    .filter((e) => e.success)
    .map((e) => e.data);
}

export async function checkOnServer(
  request: DiagnoseRequest,
  headers: Headers,
  locale: Locale,
): Promise<CheckOutcome> {
  const started = Date.now();
  const env = serverEnv();
  const prepared = prepareCheck(request);
  if (!prepared.ok)
    return {
      status: "error",
      events: [],
      error: { code: prepared.refused.reason === "empty" ? "invalid_request" : "target_not_allowed" },
    };
  const service = probeService(env);
  const admission = await service.limits.admit(clientKey(headers, env.trustProxy));
  if (!admission.ok)
    return {
      status: "error",
      events: [],
      error: { code: "rate_limited", retryAfter: admission.retryAfterSeconds },
    };
  try {
    const events = await readEvents(diagnoseStream(request, prepared, locale, service, admission.release));
    return { status: "done", events, ms: Date.now() - started };
  } catch (error) {
    console.error("live check on the page failed:", error);
    return { status: "error", events: [], error: { code: "internal" } };
  }
}
