// The live check (SPEC §2 /api/diagnose, §6): the small public face of lib/probe. Server-only.
//
// Events, besides the SPEC §2 fields (lib/api/schema.ts lets extra fields through):
//   start  { domain, servers: string[], refused: string[], refusals: [{input, reason}] }
//          what will be checked, what will not and why
//   probe  { security: "ssl"|"starttls"|"none", capabilitiesBeforeTls, step, detail, heldForHost, source }
//          status "skipped": this check got no answer within its budget — never evidence about the server.
//          step: where the dialogue ended: guard (blocked) | queued (never started, or another check's
//          dialogue it waited for had not answered by the deadline) | skipped (host silent on two ports) |
//          connect | tls | greeting | capabilities | starttls | done (a "skipped" probe with one of these
//          was cut there by the deadline)
//          detail: a short machine code (ECONNREFUSED, greeting-timeout, not-a-mail-greeting,
//          reply-too-long, "private" for a blocked address; for skipped: deadline | not-started | host-silent)
//          heldForHost: the dialogue was held for this host name (TLS server name); false: for another name
//          on the same address (which one is not said: it may be another customer's), with the certificate
//          judged for this name
//          source: probed (this check's own dialogue) | joined (another check's, running) | stored (another
//          check's, at most 60 s old) | null (no dialogue: blocked, skipped)
//          One dialogue per (address, port, protocol) in the process; every name on that address gets its
//          own event. A name's every address is judged; blocked ones get `blocked` events, at most two
//          allowed ones are probed.
//   result { cached: boolean }                                          answered from the 5-minute cache
//          Its causes, findings and settings are lib/diagnose's: the same function the result page runs.
import "server-only";

export {
  runCheck,
  sharedProbeStore,
  type CheckEvent,
  type CheckOptions,
  type CheckSummary,
  type CheckTargets,
} from "./run-check";
export type { Claim, ProbeStore, Release, Settled } from "./probe-store";
export { prepareCheck, type PreparedCheck, type Refused } from "./prepare-check";
export { createTargetPolicy, type TargetPolicy } from "./target-policy";
export { clientKey } from "./client-limits";
export { checkKey, diagnoseStream } from "./diagnose-stream";
export { probeService } from "./service";
export { systemClock, type Clock } from "./clock";
export type { DnsEvent } from "./dns-lookup";
export type { ProbeEvent } from "./port-probe";
