// A finished live check as the wizard's screens see it, whether the browser streamed it or the page ran it
// on the server (lib/wizard/server-check.ts).
import type { DiagnoseEvent, ErrorCode } from "@/lib/api/schema";

export type CheckOutcome =
  | { status: "done"; events: DiagnoseEvent[]; ms: number }
  | { status: "error"; events: DiagnoseEvent[]; error: { code: ErrorCode | "network"; retryAfter?: number } };
