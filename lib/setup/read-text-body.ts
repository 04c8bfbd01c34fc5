// A small request body as text, refused once it grows past `maxBytes` (whatever Content-Length says).
import { errorResponse } from "@/lib/api/respond";

export async function readTextBody(
  request: Request,
  maxBytes: number,
  tooLarge: string,
): Promise<{ ok: true; text: string } | { ok: false; response: Response }> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  for (let part = await reader?.read(); part && !part.done; part = await reader?.read()) {
    size += part.value.byteLength;
    if (size > maxBytes) {
      await reader?.cancel();
      return { ok: false, response: errorResponse("payload_too_large", tooLarge) };
    }
    chunks.push(part.value);
  }
  return { ok: true, text: new TextDecoder().decode(Buffer.concat(chunks)) };
}
