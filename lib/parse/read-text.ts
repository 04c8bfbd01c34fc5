// The one keyword walk of a decode: the bounce markers (where the returned original starts, the remote
// reply lead-ins), the anchors of running text (what stands before a server's reply or a rejected address,
// the marks of a Microsoft reply) and the catalog's phrase keywords are found in the same pass over the
// lower-case text. Markers and anchors are matched as written; the phrase keywords with spaces and line
// breaks skipped.
import { errorCatalog } from "@/content/errors";
import { markerWords, zoneReader, type BounceZones } from "./bounce/zones";
import { catalogIndex } from "./catalog-index";
import { buildAutomaton, scanSpacedAndCompact, type KeywordAutomaton } from "./keyword-automaton";
import type { FirstEnds } from "./match-phrases";

/** Where `word` first occurs in a text's lower-case view, as `lower.indexOf(word)` says (-1: nowhere). */
export type FirstIndex = (word: string) => number;

type Spaced = { automaton: KeywordAutomaton; markers: number; anchors: readonly string[] };
let spaced: Spaced | undefined;

function compile(): Spaced {
  const { responseBefore, addressBefore, addressAfter, microsoftMarkers } = errorCatalog.anchors;
  const markers = markerWords();
  const anchors = [...responseBefore, ...addressBefore, ...addressAfter, ...microsoftMarkers];
  return { automaton: buildAutomaton([...markers, ...anchors]), markers: markers.length, anchors };
}

export type TextReading = {
  zones: BounceZones;
  keywordEnds: FirstEnds;
  /** The anchors' first occurrences in lower[0, length): the text a decode reads once the cut is made. */
  anchorsWithin: (lower: string) => FirstIndex;
};

export function readMarkersAndKeywords(lower: string): TextReading {
  spaced ??= compile();
  const { automaton, markers, anchors } = spaced;
  const { zones, found } = zoneReader(lower);
  const anchorEnd = new Map<string, number>();
  const keywordEnds = new Map<number, number>();
  const foundSpaced = (id: number, end: number) => {
    if (id < markers) return found(id, end);
    const anchor = anchors[id - markers] ?? "";
    if (!anchorEnd.has(anchor)) anchorEnd.set(anchor, end);
  };
  scanSpacedAndCompact(automaton, catalogIndex().keywords, lower, zones, foundSpaced, (id, end) => {
    if (!keywordEnds.has(id)) keywordEnds.set(id, end);
  });
  // A first occurrence that runs past the cut means none before it (indexOf on the cut text finds none).
  const anchorsWithin = (cut: string) => (word: string) => {
    const end = anchorEnd.get(word);
    if (end === undefined) return anchors.includes(word) ? -1 : cut.indexOf(word);
    return end <= cut.length ? end - word.length : -1;
  };
  return { zones, keywordEnds, anchorsWithin };
}
