// One structured log line per request (issue 14): method, path (redacted: redact.ts), status, duration and
// the request id, which is also sent back as X-Request-Id. Behind a trusted proxy (MAILDOC_TRUST_PROXY=1)
// the proxy's own X-Request-Id is kept, so one id follows the request through both logs.
import "server-only";
import { randomUUID } from "node:crypto";
import type { HeaderSource } from "@/lib/security/origin";
import { logger } from "./logger";
import { loggablePath } from "./redact";
import { metrics } from "./metrics";

export type RequestEntry = { id: string; method: string; url: string; status: number; ms: number };

const proxyRequestId = /^[A-Za-z0-9._:-]{8,128}$/;

export function requestId(headers: HeaderSource, trustProxy: boolean): string {
  const given = trustProxy ? headers.get("x-request-id") : null;
  return given && proxyRequestId.test(given) ? given : randomUUID();
}

export function logRequest({ id, method, url, status, ms }: RequestEntry): void {
  metrics().httpResponses.inc({ status: String(status) });
  const fields = {
    reqId: id,
    method: method.slice(0, 16),
    path: loggablePath(url),
    status,
    ms: Math.round(ms),
  };
  logger().info(fields, "request");
}
