// POST /api/parse – decode a pasted mail error message (SPEC §2; no network use)
import { apiErrors } from "@/content/ui/api-errors";
import { errorResponse, otherMethods, readApiPost } from "@/lib/api/respond";
import { MAX_TEXT_CHARS, parseRequestSchema, type ParseResponse } from "@/lib/api/schema";
import { serverEnv } from "@/lib/env";
import { localeFromAcceptLanguage } from "@/lib/i18n/locales";
import { parseMessage } from "@/lib/parse/parse-message";

export const runtime = "nodejs";

export async function POST(request: Request): Promise<Response> {
  const locale = localeFromAcceptLanguage(request.headers.get("accept-language"));
  const t = apiErrors[locale];
  const body = await readApiPost(request, serverEnv());
  if (!body.ok) return body.response;
  const parsed = parseRequestSchema.safeParse(body.value);
  if (!parsed.success) return errorResponse("invalid_request", t.textMissing);
  const text = parsed.data.text.trim();
  if (text === "") return errorResponse("invalid_request", t.textEmpty);
  if (text.length > MAX_TEXT_CHARS)
    return errorResponse("payload_too_large", `${t.textTooLong} ${MAX_TEXT_CHARS.toLocaleString(locale)}`);
  // A raw message (a forwarded .eml) is read with its MIME structure; pasted text as it is.
  const result: ParseResponse = await parseMessage(text, locale);
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
}

export const { GET, PUT, DELETE, PATCH, OPTIONS } = otherMethods(["POST"]);
