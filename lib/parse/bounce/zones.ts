// The parts of a returned mail: where the returned original begins (cut away: its words are not the
// bounce's verdict) and which spans are the remote server's own reply. Markers are data
// (content/errors/bounce-markers.ts); every scan is indexOf with bounded counts, linear in the text.
import { errorCatalog } from "@/content/errors";

const { bounceMarkers } = errorCatalog;
/** Adversarial input (thousands of "said:") must not make the span list grow without bound. */
const MAX_SPANS = 48;
const MAX_REPLY = 700;

export type Span = readonly [start: number, end: number];

/** Index where the returned original message begins, or the text's length when there is none. */
export function returnedStart(lower: string): number {
  let cut = lower.length;
  for (const marker of bounceMarkers.returnedStart) {
    const at = lower.indexOf(marker);
    // A marker on the very first line is the start of a pasted original, not of a returned copy.
    if (at > 0 && at < cut) cut = at;
  }
  return cut;
}

/** Spans of the remote server's replies: from a lead-in ("said:", "Diagnostic-Code:") to the reply's end. */
export function remoteSpans(lower: string): Span[] {
  const spans: Span[] = [];
  for (const marker of bounceMarkers.remoteBefore) {
    for (let at = lower.indexOf(marker); at !== -1 && spans.length < MAX_SPANS;) {
      const start = at + marker.length;
      let end = Math.min(lower.length, start + MAX_REPLY);
      for (const stop of bounceMarkers.remoteEnd) {
        const next = lower.indexOf(stop, start);
        if (next !== -1 && next < end) end = next;
      }
      spans.push([start, end]);
      at = lower.indexOf(marker, end);
    }
  }
  return spans;
}

export const inSpans = (spans: readonly Span[], index: number) =>
  spans.some(([start, end]) => index >= start && index < end);

/** A sender or subject that only delivery reports use (MAILER-DAEMON, "Mail Delivery Subsystem"). */
export function hasBounceSender(lower: string): boolean {
  const head = lower.length > 3000 ? lower.slice(0, 3000) : lower;
  return bounceMarkers.senders.some((s) => head.includes(s));
}
