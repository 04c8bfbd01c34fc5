// POST /api/parse – decode a pasted mail error message (SPEC §2; no network use)
import { errorResponse, readJsonBody } from "@/lib/api/respond";
import { MAX_TEXT_CHARS, parseRequestSchema, type ParseResponse } from "@/lib/api/schema";
import { localeFromAcceptLanguage } from "@/lib/i18n/locales";
import { parseMessage } from "@/lib/parse/parse-message";

export async function POST(request: Request): Promise<Response> {
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const parsed = parseRequestSchema.safeParse(body.value);
  if (!parsed.success) return errorResponse("invalid_request", 'Send a JSON object like {"text": "…"}.');
  const text = parsed.data.text.trim();
  if (text === "") return errorResponse("invalid_request", "The text is empty.");
  if (text.length > MAX_TEXT_CHARS)
    return errorResponse("payload_too_large", `The text is longer than ${MAX_TEXT_CHARS} characters.`);
  // A raw message (a forwarded .eml) is read with its MIME structure; pasted text as it is.
  const result: ParseResponse = await parseMessage(
    text,
    localeFromAcceptLanguage(request.headers.get("accept-language")),
  );
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
}
