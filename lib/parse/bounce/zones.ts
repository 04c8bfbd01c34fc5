// The parts of a returned mail: where the returned original begins (cut away: its words are not the
// bounce's verdict), which spans are the remote server's own reply, which stage of the SMTP dialog it answered
// and whether a delivery-report sender shows. Markers are data (content/errors/bounce-markers.ts), found in
// a keyword automaton over the lower-case text (walked beside the phrase keywords, lib/parse/read-text.ts).
import { errorCatalog } from "@/content/errors";

const { bounceMarkers } = errorCatalog;
/** Adversarial input (thousands of "said:") must not make the span list grow without bound. */
const MAX_SPANS = 48;
const MAX_REPLY = 700;
const SENDER_WINDOW = 3000;

export type Span = readonly [start: number, end: number];

/** Where the line from `from` ends; looks no further than a reply can reach, so a flood of lead-ins stays cheap. */
function lineEnd(lower: string, from: number): number {
  const stop = Math.min(lower.length, from + MAX_REPLY);
  for (let i = from; i < stop; i++) if (lower.charCodeAt(i) === 10) return i;
  return stop;
}

type Role = "returned" | "remote" | "remoteLine" | "end" | "sender" | "mailFrom" | "rcptTo";
type Markers = { words: string[]; role: Role[]; length: number[] };
let markers: Markers | undefined;

function compile(): Markers {
  const groups: [Role, readonly string[]][] = [
    ["returned", bounceMarkers.returnedStart],
    ["remote", bounceMarkers.remoteBefore],
    ["remoteLine", bounceMarkers.remoteLinePrefix ?? []],
    ["end", bounceMarkers.remoteEnd],
    ["sender", bounceMarkers.senders],
    ["mailFrom", bounceMarkers.mailFromStage],
    ["rcptTo", bounceMarkers.rcptToStage],
  ];
  const words = groups.flatMap(([, list]) => list);
  return {
    words,
    role: groups.flatMap(([role, list]) => list.map(() => role)),
    length: words.map((w) => w.length),
  };
}

export type BounceZones = {
  /** Index where the returned original begins, or the text's length when there is none. */
  returnedStart: number;
  /** End indexes of the remote-reply lead-ins ("said:", "Diagnostic-Code:"), in order. */
  remoteStarts: number[];
  /** For remoteStarts whose reply is one line (a transcript line prefixed "<<< "): where that line ends. */
  lineEnds: Map<number, number>;
  /** Start indexes of the markers that end a quoted reply, in order. */
  ends: number[];
  sender: boolean;
  mailFrom: boolean;
  rcptTo: boolean;
};

/** The bounce markers, in the order of their ids in zoneReader's `found`. */
export function markerWords(): readonly string[] {
  markers ??= compile();
  return markers.words;
}

/** The zones of `lower`, filled in by `found` as the walk reports each marker (id, end index) in order. */
export function zoneReader(lower: string): { zones: BounceZones; found: (id: number, end: number) => void } {
  markers ??= compile();
  const { role, length } = markers;
  const zones: BounceZones = {
    returnedStart: lower.length,
    remoteStarts: [],
    lineEnds: new Map(),
    ends: [],
    sender: false,
    mailFrom: false,
    rcptTo: false,
  };
  const found = (id: number, end: number) => {
    const start = end - (length[id] ?? 0);
    switch (role[id]) {
      case "returned":
        // A marker on the very first line is the start of a pasted original, not of a returned copy.
        if (start > 0 && start < zones.returnedStart) zones.returnedStart = start;
        break;
      case "remoteLine":
        if (zones.remoteStarts.length < MAX_SPANS * 4) zones.lineEnds.set(end, lineEnd(lower, end));
      // falls through: a transcript line is a remote reply that ends with its line
      case "remote":
        if (zones.remoteStarts.length < MAX_SPANS * 4) zones.remoteStarts.push(end);
        break;
      case "end":
        if (zones.ends.length < MAX_SPANS * 16) zones.ends.push(start);
        break;
      case "sender":
        if (start < SENDER_WINDOW) zones.sender = true;
        break;
      case "mailFrom":
        zones.mailFrom = true;
        break;
      case "rcptTo":
        zones.rcptTo = true;
        break;
    }
  };
  return { zones, found };
}

/** Spans of the remote server's replies before `limit`: from a lead-in to the reply's end. */
export function remoteSpans(zones: BounceZones, limit: number): Span[] {
  const spans: Span[] = [];
  let e = 0;
  let lastEnd = -1;
  for (const start of zones.remoteStarts) {
    if (start >= limit || spans.length >= MAX_SPANS) break;
    if (start < lastEnd) continue;
    while (e < zones.ends.length && (zones.ends[e] ?? 0) < start) e++;
    const end = Math.min(
      limit,
      start + MAX_REPLY,
      zones.ends[e] ?? Number.POSITIVE_INFINITY,
      zones.lineEnds.get(start) ?? Number.POSITIVE_INFINITY,
    );
    spans.push([start, end]);
    lastEnd = end;
  }
  return spans;
}

export const inSpans = (spans: readonly Span[], index: number) =>
  spans.some(([start, end]) => index >= start && index < end);

/** The reply answered MAIL FROM only: "no such domain", "does not exist" are then about the sender. */
export const refusedAtMailFrom = (zones: BounceZones) => zones.mailFrom && !zones.rcptTo;
