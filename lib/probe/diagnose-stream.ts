// The NDJSON body of POST /api/diagnose (SPEC §2): `start` at once, then every dns/probe event as it
// happens (live, joined from an identical running check, or replayed from the 5-minute cache unless the
// request is `fresh`: "check again"), then
// `result`: the diagnosis (lib/diagnose) of everything the request brought and the check saw — the same
// function, on the same evidence, as the wizard's result page.
import "server-only";
import { checkSentences } from "@/content/diagnose/sentences";
import type { DiagnoseEvent, DiagnoseRequest } from "@/lib/api/schema";
import { diagnose, evidenceOfRequest, inLanguage } from "@/lib/diagnose";
import { readMessage } from "@/lib/diagnose/read-message";
import type { Locale } from "@/lib/i18n/locales";
import type { CheckCache } from "./check-cache";
import type { Clock } from "./clock";
import type { PreparedCheck } from "./prepare-check";
import { budgets } from "./budgets";
import type { StartGate } from "./start-gate";
import { runCheck, type CheckEvent, type CheckOptions, type CheckTargets } from "./run-check";

export type StreamDeps = {
  options: Omit<CheckOptions, "signal">;
  cache: CheckCache<CheckEvent>;
  clock: Clock;
  /** When the check itself begins (lib/probe/start-gate.ts); without one, on the next turn of the loop. */
  startGate?: StartGate;
};

const encoder = new TextEncoder();
const line = (value: unknown) => encoder.encode(`${JSON.stringify(value)}\n`);

export function diagnoseStream(
  request: DiagnoseRequest,
  prepared: Extract<PreparedCheck, { ok: true }>,
  locale: Locale,
  deps: StreamDeps,
  release: () => Promise<void>,
): ReadableStream<Uint8Array> {
  const { targets, refused } = prepared;
  const fresh = request.fresh === true;
  const started = deps.clock.now();
  let open = true;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (value: unknown) => {
        if (open) controller.enqueue(line(value));
      };
      const start = {
        type: "start",
        domain: targets.domain,
        servers: targets.servers.map((s) => s.host),
        refused: refused.map((r) => r.input),
        refusals: refused,
      } as const satisfies DiagnoseEvent;
      send(start);
      const events: CheckEvent[] = [];
      const key = checkKey(targets);
      // The check itself is not tied to this client: others may have joined it, and it ends within 10 s.
      // It begins once the requests arriving with this one have sent their own `start` (the start gate): a
      // customer sees at once that the check began, even when fifty begin together. The time waited comes
      // off the check's own budget, so the request still ends within 10 s.
      const gate: StartGate = deps.startGate ?? ((begin) => setImmediate(() => begin(0)));
      gate(
        (waitedMs) =>
          void deps.cache
            .run(
              key,
              (emit) =>
                runCheck(
                  targets,
                  {
                    ...deps.options,
                    fresh,
                    requestMs: (deps.options.requestMs ?? budgets.requestMs) - waitedMs,
                  },
                  emit,
                ),
              (event) => {
                events.push(event);
                send(event);
              },
              { fresh },
            )
            .then(
              ({ reused }) => {
                const evidence = evidenceOfRequest(request, readMessage(request.text), [start, ...events]);
                const diagnosis = diagnose(evidence);
                send({
                  type: "result",
                  ...inLanguage(diagnosis, locale),
                  settings: diagnosis.settings,
                  ms: Math.round(deps.clock.now() - started),
                  cached: reused,
                });
              },
              (error: unknown) => {
                console.error("live check failed:", error);
                const message = checkSentences[locale].errors.internal;
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
            }),
      );
    },
    cancel() {
      open = false;
    },
  });
}

/** Identical checks share one cache entry: the stream here and the automatic-setup endpoints (lib/setup). */
export function checkKey(targets: CheckTargets): string {
  return JSON.stringify({ domain: targets.domain, servers: targets.servers.map((s) => [s.host, s.port]) });
}
