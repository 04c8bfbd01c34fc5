// The live check (SPEC §2 /api/diagnose, §6): the small public face of lib/probe. Server-only.
import "server-only";

export { runCheck, type CheckEvent, type CheckOptions, type CheckTargets } from "./run-check";
export { prepareCheck, type PreparedCheck, type Refused } from "./prepare-check";
export { deriveFindings, type CheckResult, type Finding, type FindingsContext } from "./findings";
export { createTargetPolicy, type TargetPolicy } from "./target-policy";
export { clientKey } from "./client-limits";
export { diagnoseStream } from "./diagnose-stream";
export { probeService } from "./service";
export { systemClock, type Clock } from "./clock";
export type { DnsEvent } from "./dns-lookup";
export type { ProbeEvent } from "./port-probe";
