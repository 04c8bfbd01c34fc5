// The NDJSON body of POST /api/diagnose (SPEC §2): `start` at once, then every dns/probe event as it
// happens (live, joined from an identical running check, or replayed from the 5-minute cache unless the
// request is `fresh`), then `result` with the findings of the check alone.
import "server-only";
import { checkFindings } from "@/content/check-findings";
import type { Locale } from "@/lib/i18n/locales";
import type { CheckCache } from "./check-cache";
import type { Clock } from "./clock";
import { deriveFindings } from "./findings";
import type { PreparedCheck } from "./prepare-check";
import { runCheck, type CheckEvent, type CheckOptions, type CheckTargets } from "./run-check";

export type StreamDeps = {
  options: Omit<CheckOptions, "signal">;
  cache: CheckCache<CheckEvent>;
  clock: Clock;
};

const encoder = new TextEncoder();
const line = (value: unknown) => encoder.encode(`${JSON.stringify(value)}\n`);

export function diagnoseStream(
  prepared: Extract<PreparedCheck, { ok: true }>,
  locale: Locale,
  deps: StreamDeps,
  release: () => Promise<void>,
  /** `fresh`: "check again": neither the 5-minute cache nor probe results from before this request. */
  { fresh = false }: { fresh?: boolean } = {},
): ReadableStream<Uint8Array> {
  const { targets, refused } = prepared;
  const started = deps.clock.now();
  let open = true;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (value: unknown) => {
        if (open) controller.enqueue(line(value));
      };
      send({
        type: "start",
        domain: targets.domain,
        servers: targets.servers.map((s) => s.host),
        refused: refused.map((r) => r.input),
      });
      const events: CheckEvent[] = [];
      const key = JSON.stringify({
        domain: targets.domain,
        servers: targets.servers.map((s) => [s.host, s.port]),
      });
      // The check itself is not tied to this client: others may have joined it, and it ends within 10 s.
      void deps.cache
        .run(
          key,
          (emit) => runCheck(targets, { ...deps.options, fresh }, emit),
          (event) => {
            events.push(event);
            send(event);
          },
          { fresh },
        )
        .then(
          ({ reused }) => {
            const result = deriveFindings(events, {
              domain: targets.domain,
              servers: targets.servers,
              refused,
              locale,
              prefer: preferredProtocol(targets),
            });
            send({ type: "result", ...result, ms: Math.round(deps.clock.now() - started), cached: reused });
          },
          (error: unknown) => {
            console.error("live check failed:", error);
            const message = checkFindings[locale].errors.internal;
            send({
              type: "result",
              causes: [],
              findings: [{ id: "internal", severity: "fail", message }],
              settings: null,
              ms: Math.round(deps.clock.now() - started),
            });
          },
        )
        .finally(() => {
          void release();
          if (open) controller.close();
          open = false;
        });
    },
    cancel() {
      open = false;
    },
  });
}

/** The incoming protocol the customer named (in `servers` or the pasted text): settings keep to it. */
function preferredProtocol(targets: CheckTargets): "pop3" | "imap" | null {
  for (const server of targets.servers)
    if (server.protocol === "pop3" || server.protocol === "imap") return server.protocol;
  return null;
}
