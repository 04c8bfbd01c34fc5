// The one keyword walk of a decode: the bounce markers (where the returned original starts, the remote
// reply lead-ins) and the catalog's phrase keywords are found in the same pass over the lower-case text.
// The markers are matched as written; the phrase keywords with spaces and line breaks skipped.
import { markerAutomaton, zoneReader, type BounceZones } from "./bounce/zones";
import { catalogIndex } from "./catalog-index";
import { scanSpacedAndCompact } from "./keyword-automaton";
import type { FirstEnds } from "./match-phrases";

export function readMarkersAndKeywords(lower: string): { zones: BounceZones; keywordEnds: FirstEnds } {
  const { zones, found } = zoneReader(lower);
  const firstEnd = new Map<number, number>();
  // The phrases are read up to the returned original (decode cuts it away): its start only moves earlier.
  scanSpacedAndCompact(markerAutomaton(), catalogIndex().keywords, lower, zones, found, (id, end) => {
    if (!firstEnd.has(id)) firstEnd.set(id, end);
  });
  return { zones, keywordEnds: firstEnd };
}
