// The process's structured log (pino): one JSON object per line on stdout, for the operator's log shipper.
// One logger per process, kept on globalThis: Next.js may load this module once per bundle (the routes,
// instrumentation.ts), and scripts/start.mjs reaches it through the server edge.
import "server-only";
import pino, { type Logger } from "pino";

const key = Symbol.for("mail-doctor.logger");

export function logger(): Logger {
  const global = globalThis as Record<symbol, Logger | undefined>;
  return (global[key] ??= pino({
    base: { service: "mail-doctor" },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  }));
}
