// One check's way to the answer of one (address, port, protocol): a result another check got at most 60 s
// ago, the probe another check is running right now, or a probe of its own — run with a socket of this
// request and the address+port's one lane. A probe cut short by its owner's deadline serves nobody: whoever
// still has time claims it again.
import "server-only";
import type { MailPort } from "@/lib/mail-ports";
import { budgets } from "./budgets";
import { complete, type ProbeResult, type ProbeRun, type ProbeSource } from "./port-probe";
import type { ProbeQueue, SkipReason } from "./probe-queue";
import { probeKey, type ProbeStore } from "./probe-store";

export type Obtained =
  | { result: ProbeResult; source: ProbeSource }
  /** No answer for this check: never started, given up (host silent), or still running at its deadline. */
  | { skipped: SkipReason | "deadline" };

export type ObtainContext = {
  store: ProbeStore;
  queue: ProbeQueue;
  /** Oldest stored result this check accepts (60 s; a `fresh` check only what finished after it began). */
  maxAgeMs: () => number;
  /** Fires when this check's time is up. */
  end: AbortSignal;
  /** Time left until this check's deadline. */
  timeLeft: () => number;
  probe: (host: string, ip: string, port: MailPort) => Promise<ProbeRun>;
};

/** One (address, port) a check needs, for the first of its names; `priority` orders this request's queue. */
export type Need = { host: string; ip: string; port: MailPort; priority: number };

export async function obtainProbe(need: Need, ctx: ObtainContext): Promise<Obtained> {
  const { store, end } = ctx;
  const key = probeKey(need.ip, need.port.port, need.port.protocol);
  while (!end.aborted) {
    const claim = await store.claim(key, ctx.maxAgeMs(), ctx.timeLeft() + budgets.goodbyeMs);
    if (claim.kind === "stored") return { result: claim.result, source: "stored" };
    if (claim.kind === "running") {
      const settled = await store.wait(key, end);
      if (settled.kind === "done") return { result: settled.result, source: "joined" };
      if (settled.kind === "late") break;
      continue; // idle or incomplete: claim it again
    }
    return runOwn(key, need, ctx);
  }
  return { skipped: "deadline" };
}

/** Runs the claimed probe: a socket of this request, then the lane; settles the claim for everyone waiting. */
async function runOwn(
  key: string,
  { host, ip, port, priority }: Need,
  ctx: ObtainContext,
): Promise<Obtained> {
  const { store, end } = ctx;
  const ticket = await ctx.queue.take(ip, priority);
  if (typeof ticket === "string") {
    await store.settle(key, null);
    return { skipped: ticket };
  }
  const release = await store.lane(ip, port.port, end);
  if (!release) {
    ticket.release();
    await store.settle(key, null);
    return { skipped: "not-started" };
  }
  // The probe runs to its own end even if this check stops waiting (others may be waiting for it).
  const answer = ctx.probe(host, ip, port).then(
    async (run) => {
      await store.settle(key, complete(run.result) ? run.result : null);
      void run.closed.finally(() => {
        release();
        ticket.release();
      });
      return run.result;
    },
    async (error: unknown) => {
      release();
      ticket.release();
      await store.settle(key, null);
      throw error;
    },
  );
  const result = await untilEnd(answer, end);
  return result ? { result, source: "probed" } : { skipped: "deadline" };
}

/** The promise's value, or null as soon as `signal` fires (the listener is removed either way). */
function untilEnd<T>(promise: Promise<T>, signal: AbortSignal): Promise<T | null> {
  if (signal.aborted) return Promise.resolve(null);
  return new Promise<T | null>((resolve, reject) => {
    const onAbort = () => resolve(null);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}
