// The live check (SPEC §2 /api/diagnose, §6): the small public face of lib/probe. Server-only.
//
// Events, besides the SPEC §2 fields (lib/api/schema.ts lets extra fields through):
//   start  { domain, servers: string[], refused: string[], refusals: [{input, reason}] }
//          what will be checked, what will not and why
//   probe  { security: "ssl"|"starttls"|"none", capabilitiesBeforeTls, step, detail }
//          step: where the dialogue ended: guard (blocked) | queued (never started: out of time) |
//          skipped (host silent on two ports) | connect | tls | greeting | capabilities | starttls | done
//          detail: a short machine code (ECONNREFUSED, greeting-timeout, not-a-mail-greeting,
//          reply-too-long, CERT_HAS_EXPIRED is in tls.error, "private" for a blocked address, …)
//          One connection per (address, port); every name on that address gets its own event.
//   result { cached: boolean }                                          answered from the 5-minute cache
//          Its causes, findings and settings are lib/diagnose's: the same function the result page runs.
import "server-only";

export { runCheck, type CheckEvent, type CheckOptions, type CheckTargets } from "./run-check";
export { prepareCheck, type PreparedCheck, type Refused } from "./prepare-check";
export { createTargetPolicy, type TargetPolicy } from "./target-policy";
export { clientKey } from "./client-limits";
export { checkKey, diagnoseStream } from "./diagnose-stream";
export { probeService } from "./service";
export { systemClock, type Clock } from "./clock";
export type { DnsEvent } from "./dns-lookup";
export type { ProbeEvent } from "./port-probe";
