// POST /api/diagnose – the live check of a domain's DNS and mail ports, streamed as NDJSON (SPEC §2, §6)
import { checkSentences } from "@/content/diagnose/sentences";
import { errorResponse, otherMethods, readApiPost } from "@/lib/api/respond";
import { diagnoseRequestSchema } from "@/lib/api/schema";
import { serverEnv } from "@/lib/env";
import { localeFromAcceptLanguage } from "@/lib/i18n/locales";
import { clientKey, diagnoseStream, prepareCheck, probeService } from "@/lib/probe";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const locale = localeFromAcceptLanguage(request.headers.get("accept-language"));
  const texts = checkSentences[locale];
  try {
    const body = await readApiPost(request, serverEnv());
    if (!body.ok) return body.response;
    const parsed = diagnoseRequestSchema.safeParse(body.value);
    if (!parsed.success) return errorResponse("invalid_request", texts.errors.invalid);

    const prepared = prepareCheck(parsed.data);
    if (!prepared.ok) {
      const { reason } = prepared.refused;
      return errorResponse(
        reason === "empty" ? "invalid_request" : "target_not_allowed",
        texts.refusals[reason],
      );
    }

    const env = serverEnv();
    const service = probeService(env);
    const admission = await service.limits.admit(clientKey(request.headers, env.trustProxy));
    if (!admission.ok)
      return errorResponse("rate_limited", texts.errors.rateLimited, {
        "Retry-After": String(admission.retryAfterSeconds),
      });

    return new Response(diagnoseStream(parsed.data, prepared, locale, service, admission.release), {
      headers: {
        "Content-Type": "application/x-ndjson; charset=utf-8",
        "Cache-Control": "no-store",
        "X-Accel-Buffering": "no",
      },
    });
  } catch (error) {
    console.error("POST /api/diagnose failed:", error);
    return errorResponse("internal", texts.errors.internal);
  }
}

export const { GET, PUT, DELETE, PATCH, OPTIONS } = otherMethods(["POST"]);
