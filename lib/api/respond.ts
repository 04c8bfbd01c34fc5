// Shared pieces of every route handler: the SPEC §2 error shape and a size-capped JSON body reader.
import { MAX_BODY_BYTES } from "./limits";
import type { ErrorCode } from "./schema";

const statusOf: Record<ErrorCode, number> = {
  invalid_request: 400,
  not_found: 404,
  payload_too_large: 413,
  target_not_allowed: 422,
  rate_limited: 429,
  internal: 500,
};

export function errorResponse(code: ErrorCode, message: string, headers?: HeadersInit): Response {
  return Response.json({ error: { code, message } }, { status: statusOf[code], headers });
}

export type BodyResult = { ok: true; value: unknown } | { ok: false; response: Response };

/** Reads a JSON body of at most MAX_BODY_BYTES (SPEC §2) without trusting Content-Length. */
export async function readJsonBody(request: Request, maxBytes = MAX_BODY_BYTES): Promise<BodyResult> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes)
    return { ok: false, response: errorResponse("payload_too_large", "The request body is too large.") };
  if (!request.body)
    return { ok: false, response: errorResponse("invalid_request", "The request body is empty.") };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return { ok: false, response: errorResponse("payload_too_large", "The request body is too large.") };
    }
    chunks.push(value);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "")
    return { ok: false, response: errorResponse("invalid_request", "The request body is empty.") };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, response: errorResponse("invalid_request", "The request body is not valid JSON.") };
  }
}
