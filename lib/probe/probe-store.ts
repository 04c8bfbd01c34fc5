// Where checks share their probes (SPEC §6): one dialog per address, port and protocol serves every check
// that needs it — joined while it runs, reused for 60 s once complete — and at most one connection is open
// to each address and port at a time. This interface is all the checks know of it; the store of one process
// is memory-probe-store.ts, and a store shared by several instances (Redis) can take its place.
// Every operation is asynchronous and every value is plain data, so either kind of store fits.
import "server-only";
import type { MailProtocol } from "@/lib/mail-ports";
import type { ProbeResult } from "./port-probe";

/** Single flight, one step: a result young enough, else the right to run the probe, else "someone runs it". */
export type Claim = { kind: "stored"; result: ProbeResult } | { kind: "claimed" } | { kind: "running" };
/** What waiting for someone else's probe gave: its result, nothing usable (cut short), or nothing yet. */
export type Settled =
  | { kind: "done"; result: ProbeResult }
  /** The probe ended without a complete answer: claim it again if there is time. */
  | { kind: "incomplete" }
  /** Nobody is running it (any more): claim it. */
  | { kind: "idle" }
  /** The waiter's own time ran out first. */
  | { kind: "late" };
export type Release = () => void;

export interface ProbeStore {
  /**
   * A complete result of `key` at most `maxAgeMs` old; else takes the right to run it (held until
   * `settle`, or `ttlMs` at most should the holder vanish); else says another check is running it.
   */
  claim(key: string, maxAgeMs: number, ttlMs: number): Promise<Claim>;
  /** Ends a claim: keeps a complete result (60 s) and hands it to every waiter; null: nothing usable. */
  settle(key: string, result: ProbeResult | null): Promise<void>;
  /** Waits for the probe of `key` that another check runs, until `signal` fires. */
  wait(key: string, signal: AbortSignal): Promise<Settled>;
  /** One connection at a time per address and port: a release once it is this caller's turn, null when `signal` fires first. */
  lane(ip: string, port: number, signal: AbortSignal): Promise<Release | null>;
}

export const probeKey = (ip: string, port: number, protocol: MailProtocol) => `${ip}|${port}|${protocol}`;
