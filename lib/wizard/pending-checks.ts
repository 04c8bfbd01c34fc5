// What the live check is probably still doing, for the progress view: the MX lookup until it answers, then
// the ports of each MX host (SPEC §6 checks every mail port of up to five MX hosts) that have not reported
// yet. Its words are given in the page's language (check-words.ts `pendingWords`, from the sentence
// catalog on the server), so the progress view, in the page's first load, carries no catalog.
import type { checkSentences } from "@/content/diagnose/sentences";
import type { DiagnoseEvent } from "@/lib/api/schema";
import { normalizeName, type DnsEvent, type ProbeEvent } from "@/lib/diagnose/check-events";
import { fill } from "@/lib/i18n/fill";
import { probeOrder, roleOfPort } from "@/lib/mail-ports";

type Sentences = (typeof checkSentences)["ko"];
export type PendingWords = {
  pendingMx: string;
  pendingPort: Sentences["events"]["pendingPort"];
  roles: Sentences["words"]["roles"];
};

export function mxHosts(event: DnsEvent): string {
  return event.records
    .map((r) => (r && typeof r === "object" && "exchange" in r ? String(r.exchange) : String(r)))
    .join(", ");
}

export function pendingChecksIn(
  words: PendingWords,
  events: readonly DiagnoseEvent[],
  domain: string | undefined,
): string[] {
  const mx = events.find((e): e is DnsEvent => e.type === "dns" && e.rrtype === "MX");
  if (!mx) return [words.pendingMx];
  const hosts =
    mx.status === "ok" ? mxHosts(mx).split(", ").filter(Boolean).slice(0, 5).map(normalizeName) : [];
  const targets = hosts.length > 0 ? hosts : domain ? [domain] : [];
  const seen = new Set(
    events
      .filter((e): e is ProbeEvent => e.type === "probe")
      .map((p) => `${normalizeName(p.host)}:${p.port}`),
  );
  const pendingPorts = new Set<number>();
  for (const host of targets)
    for (const port of probeOrder) if (!seen.has(`${host}:${port}`)) pendingPorts.add(port);
  return [...pendingPorts].map((port) =>
    fill(words.pendingPort, { role: words.roles[roleOfPort(port)], port }),
  );
}
