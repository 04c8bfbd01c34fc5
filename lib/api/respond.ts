// Shared pieces of every route handler: the SPEC §2 error shape, and the prologue of every POST — whose page
// sent it (403), what it sent (415), how much (413, read as it streams) and whether it is JSON (400).
import { apiErrors } from "@/content/ui/api-errors";
import { localeFromAcceptLanguage, type Locale } from "@/lib/i18n/locales";
import { originVerdict, type OriginPolicy } from "@/lib/security/origin";
import { MAX_BODY_BYTES } from "./limits";
import type { ErrorCode } from "./schema";

export const statusOf: Record<ErrorCode, number> = {
  invalid_request: 400,
  cross_site: 403,
  not_found: 404,
  method_not_allowed: 405,
  request_timeout: 408,
  payload_too_large: 413,
  unsupported_media_type: 415,
  target_not_allowed: 422,
  rate_limited: 429,
  internal: 500,
};

export function errorResponse(code: ErrorCode, message: string, headers?: HeadersInit): Response {
  return Response.json(
    { error: { code, message } },
    {
      status: statusOf[code],
      headers: { "Cache-Control": "no-store", ...Object.fromEntries(new Headers(headers)) },
    },
  );
}

const messagesFor = (request: Request) => apiErrors[localeOf(request)];
const localeOf = (request: Request): Locale =>
  localeFromAcceptLanguage(request.headers.get("accept-language"));

export const formatBytes = (bytes: number) => (bytes % 1024 === 0 ? `${bytes / 1024} KiB` : `${bytes} B`);

export function payloadTooLarge(
  locale: Locale,
  maxBytes = MAX_BODY_BYTES,
): { code: ErrorCode; message: string } {
  return {
    code: "payload_too_large",
    message: `${apiErrors[locale].payloadTooLarge} ${formatBytes(maxBytes)}`,
  };
}

export type BodyResult = { ok: true; value: unknown } | { ok: false; response: Response };
const refuse = (code: ErrorCode, message: string, headers?: HeadersInit): BodyResult => ({
  ok: false,
  response: errorResponse(code, message, headers),
});

/**
 * Reads a JSON body of at most `maxBytes` (SPEC §2) as it streams: a declared Content-Length over the limit
 * is refused before reading, and a body that grows past it is refused at that chunk. (Under npm start the
 * HTTP server has already refused such bodies, scripts/request-body.mjs; this holds under next dev and
 * for direct callers.) The rest is left unread, not cancelled: cancelling would tear down the connection
 * before the 413 is sent.
 */
export async function readJsonBody(request: Request, maxBytes = MAX_BODY_BYTES): Promise<BodyResult> {
  const t = messagesFor(request);
  const tooLarge = () => {
    const { code, message } = payloadTooLarge(localeOf(request), maxBytes);
    return refuse(code, message);
  };
  if (Number(request.headers.get("content-length") ?? "0") > maxBytes) return tooLarge();
  if (!request.body) return refuse("invalid_request", t.emptyBody);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) return tooLarge();
      chunks.push(value);
    }
  } catch {
    return refuse("invalid_request", t.incompleteBody); // the client went away or stalled until cut off
  } finally {
    reader.releaseLock();
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") return refuse("invalid_request", t.emptyBody);
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return refuse("invalid_request", t.notJson);
  }
}

/** `application/json`, with at most a UTF-8 charset (RFC 8259 §8.1: JSON between systems is UTF-8). */
function isJson(contentType: string | null): boolean {
  const [type, ...params] = (contentType ?? "").split(";").map((part) => part.trim().toLowerCase());
  return (
    type === "application/json" &&
    params.every((param) => !param.startsWith("charset=") || /^charset="?utf-8"?$/.test(param))
  );
}

/** The prologue of every API POST: Origin, then Content-Type, then the size-capped JSON body. */
export async function readApiPost(request: Request, policy: OriginPolicy): Promise<BodyResult> {
  const t = messagesFor(request);
  if (originVerdict(request.headers, policy) === "cross-site") return refuse("cross_site", t.crossSite);
  if (!isJson(request.headers.get("content-type")))
    return refuse("unsupported_media_type", t.unsupportedMediaType);
  return readJsonBody(request);
}

export function notFound(request: Request): Response {
  return errorResponse("not_found", messagesFor(request).notFound);
}

/**
 * The other methods of a route: 405 with `Allow` as JSON (Next.js would answer an empty 405), and OPTIONS
 * answered with `Allow`. HEAD follows GET. Spread into the route: `export const { GET, … } = otherMethods(…)`.
 */
export function otherMethods(allowed: readonly ("GET" | "POST")[]) {
  const allow = [...allowed, ...(allowed.includes("GET") ? ["HEAD"] : []), "OPTIONS"].join(", ");
  const notAllowed = (request: Request) =>
    errorResponse("method_not_allowed", `${messagesFor(request).methodNotAllowed} ${allow}`, {
      Allow: allow,
    });
  const options = () => new Response(null, { status: 204, headers: { Allow: allow } });
  return {
    GET: notAllowed,
    POST: notAllowed,
    PUT: notAllowed,
    DELETE: notAllowed,
    PATCH: notAllowed,
    OPTIONS: options,
  };
}
