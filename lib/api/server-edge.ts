// What the HTTP server in scripts/start.mjs takes from the app. That server is plain JavaScript and cannot
// import TypeScript, so instrumentation.ts (compiled by Next.js, run once at start-up) validates the
// environment and hands the server these functions on a global: one definition of the environment, the
// limits, the client address, the origin rule and the error bodies for the app and for the server.
import "server-only";
import { EnvError, serverEnv, type ServerEnv } from "@/lib/env";
import { localeFromAcceptLanguage } from "@/lib/i18n/locales";
import { metrics } from "@/lib/observe/metrics";
import { metricsAccess, type MetricsAccess } from "@/lib/observe/metrics-access";
import { logRequest, requestId, type RequestEntry } from "@/lib/observe/request-log";
import { sharedRedis } from "@/lib/redis/connection";
import { clientAddress } from "@/lib/security/client-address";
import { corsHeaders, type HeaderSource } from "@/lib/security/origin";
import { apiErrors } from "@/content/ui/api-errors";
import { MAX_BODY_BYTES, httpServerLimits } from "./limits";
import { payloadTooLarge, statusOf } from "./respond";
import type { ErrorCode } from "./schema";

export type ServerEdge = {
  env: ServerEnv;
  limits: typeof httpServerLimits & { maxBodyBytes: number };
  clientAddress(headers: HeaderSource, socketAddress: string | undefined): string | null;
  corsHeaders(headers: HeaderSource): Record<string, string> | null;
  /** A request's id: the trusted proxy's X-Request-Id, or a new one. */
  requestId(headers: HeaderSource): string;
  /** Writes the request's one log line (lib/observe/request-log.ts). */
  logRequest(entry: RequestEntry): void;
  /** May this request read GET /metrics (SPEC §5)? */
  metricsAccess(headers: HeaderSource, socketAddress: string | undefined): MetricsAccess;
  /** The metrics of this process in Prometheus text format; `httpConnections` is the server's count now. */
  metrics(httpConnections: number): Promise<{ contentType: string; body: string }>;
  /** The JSON error the server itself answers with, in the language of `acceptLanguage`. */
  errorBody(
    code: "request_timeout" | "invalid_request" | "payload_too_large" | "internal",
    acceptLanguage?: string | null,
  ): {
    status: number;
    body: string;
  };
};

/** scripts/start.mjs puts a function here before Next.js starts; instrumentation.ts calls it with the edge. */
export const serverEdgeKey = Symbol.for("mail-doctor.server-edge");

export function createServerEdge(env: ServerEnv): ServerEdge {
  const messageKey = {
    request_timeout: "requestTimeout",
    invalid_request: "unreadable",
    internal: "internal",
  } as const;
  return {
    env,
    limits: { ...httpServerLimits, maxBodyBytes: MAX_BODY_BYTES },
    clientAddress: (headers, socketAddress) => clientAddress(headers, env.trustProxy, socketAddress),
    corsHeaders: (headers) => corsHeaders(headers, env),
    requestId: (headers) => requestId(headers, env.trustProxy),
    logRequest,
    metricsAccess: (headers, socketAddress) =>
      metricsAccess({
        authorization: headers.get("authorization"),
        socketAddress,
        clientAddress: clientAddress(headers, env.trustProxy, socketAddress),
        token: env.metricsToken,
      }),
    async metrics(httpConnections) {
      const { registry, httpConnections: open } = metrics();
      open.set(httpConnections);
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
    errorBody(code, acceptLanguage) {
      const locale = localeFromAcceptLanguage(acceptLanguage);
      const message =
        code === "payload_too_large" ? payloadTooLarge(locale).message : apiErrors[locale][messageKey[code]];
      const error: { code: ErrorCode; message: string } = { code, message };
      return { status: statusOf[code], body: JSON.stringify({ error }) };
    },
  };
}

/** Validates the environment (throws EnvError naming each bad variable) and hands the edge to the server. */
export function publishServerEdge(): ServerEdge {
  const edge = createServerEdge(serverEnv());
  // Connect at start-up, so /api/health and the log tell the state of Redis before the first check.
  if (edge.env.redisUrl) sharedRedis(edge.env.redisUrl);
  const receive = (globalThis as Record<symbol, unknown>)[serverEdgeKey];
  if (typeof receive === "function") receive(edge); // absent under next start / next dev
  return edge;
}

/** At start-up (instrumentation.ts): a bad environment ends the process with its message, nothing else. */
export function startServerEdge(): void {
  try {
    publishServerEdge();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(error.message);
    process.exit(78); // EX_CONFIG (sysexits.h): a configuration error, not a crash
  }
}
