// The live check's events by kind (SPEC §2 `start`, `dns`, `probe`) and how a name in them is compared.
// Apart from check-view.ts, which needs the sentence catalog, so that the progress view can read the
// events without carrying the catalog.
import type { DiagnoseEvent } from "@/lib/api/schema";

export type DnsEvent = Extract<DiagnoseEvent, { type: "dns" }>;
export type ProbeEvent = Extract<DiagnoseEvent, { type: "probe" }>;
export type StartEvent = Extract<DiagnoseEvent, { type: "start" }>;

export function normalizeName(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, "");
}
