// What the HTTP server in scripts/start.mjs takes from the app. That server is plain JavaScript and cannot
// import TypeScript, so instrumentation.ts (compiled by Next.js, run once at start-up) validates the
// environment and hands the server these functions on a global: one definition of the environment, the
// limits, the client address, the origin rule and the error bodies for the app and for the server.
import "server-only";
import { EnvError, serverEnv, type ServerEnv } from "@/lib/env";
import { localeFromAcceptLanguage } from "@/lib/i18n/locales";
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
