// Aho–Corasick: finds every catalog keyword in one left-to-right pass over the text, however many keywords
// there are (https://doi.org/10.1145/360825.360855). Linear in the text length, no backtracking.
// The automaton is a dense transition table (typed arrays): for the ASCII characters that occur in keywords
// the failure links are folded into a full DFA, so each ASCII character of the text costs one array read;
// the few non-ASCII keyword characters (Korean, Japanese, Chinese, accented letters) keep sparse goto edges
// with failure links. A character that occurs in no keyword sends the walk back to the root at once.

export type KeywordAutomaton = {
  /** Dense class of each ASCII code (0 = in no keyword). */
  asciiClass: Uint8Array;
  asciiClasses: number;
  /** Full DFA over the ASCII classes: next state = delta[state * asciiClasses + class]. */
  delta: Int32Array;
  /** Non-ASCII characters: class per UTF-16 code unit (0 = in no keyword), goto edges keyed state * wideClasses + class. */
  wideClass: Uint16Array;
  wideClasses: number;
  wideGoto: Map<number, number>;
  fail: Int32Array;
  /** Keyword ids ending at each state (own and through failure links): outIds[outStart[s] .. outStart[s+1]]. */
  outStart: Int32Array;
  outIds: Int32Array;
  keywordCount: number;
};

export function buildAutomaton(keywords: readonly string[]): KeywordAutomaton {
  // 1. The trie, with sparse edges while it is built.
  const edges: Map<number, number>[] = [new Map()];
  const own: number[][] = [[]];
  keywords.forEach((keyword, id) => {
    let state = 0;
    for (let i = 0; i < keyword.length; i++) {
      const ch = keyword.charCodeAt(i);
      let child = edges[state]?.get(ch);
      if (child === undefined) {
        child = edges.push(new Map()) - 1;
        own.push([]);
        edges[state]?.set(ch, child);
      }
      state = child;
    }
    own[state]?.push(id);
  });
  const states = edges.length;

  // 2. Character classes: every distinct keyword character gets a dense index.
  const asciiClass = new Uint8Array(128);
  const wideClass = new Uint16Array(0x10000);
  let asciiClasses = 1;
  let wideClasses = 1;
  for (const map of edges)
    for (const ch of map.keys())
      if (ch < 128) {
        if (asciiClass[ch] === 0) asciiClass[ch] = asciiClasses++;
      } else if (wideClass[ch] === 0) wideClass[ch] = wideClasses++;

  // 3. Failure links breadth-first; the ASCII part becomes a full DFA, the wide part stays goto + fail.
  const fail = new Int32Array(states);
  const delta = new Int32Array(states * asciiClasses);
  const wideGoto = new Map<number, number>();
  const out: number[][] = own.map((ids) => [...ids]);
  const order: number[] = [0];
  for (let head = 0; head < order.length; head++) {
    const state = order[head] ?? 0;
    const map = edges[state] ?? new Map<number, number>();
    for (const [ch, child] of map) {
      if (ch >= 128) wideGoto.set(state * wideClasses + (wideClass[ch] ?? 0), child);
      order.push(child);
    }
  }
  for (const state of order) {
    const map = edges[state] ?? new Map<number, number>();
    const f = fail[state] ?? 0;
    for (let c = 0; c < 128; c++) {
      const cls = asciiClass[c] ?? 0;
      if (cls === 0) continue;
      const child = map.get(c);
      // Folded failure: a missing edge goes where the failure state goes (the root goes to itself).
      delta[state * asciiClasses + cls] = child ?? (state === 0 ? 0 : (delta[f * asciiClasses + cls] ?? 0));
    }
    for (const [ch, child] of map) {
      if (state === 0) {
        fail[child] = 0;
      } else {
        // The failure of a child is where the parent's failure state goes on the same character.
        let target: number | undefined;
        if (ch < 128) target = delta[f * asciiClasses + (asciiClass[ch] ?? 0)];
        else
          for (let g = f; ; g = fail[g] ?? 0) {
            target = wideGoto.get(g * wideClasses + (wideClass[ch] ?? 0));
            if (target !== undefined || g === 0) break;
          }
        fail[child] = target !== undefined && target !== child ? target : 0;
      }
      out[child]?.push(...(out[fail[child] ?? 0] ?? []));
    }
  }

  const outStart = new Int32Array(states + 1);
  const flat: number[] = [];
  for (let s = 0; s < states; s++) {
    outStart[s] = flat.length;
    for (const id of new Set(out[s])) flat.push(id);
  }
  outStart[states] = flat.length;
  return {
    asciiClass,
    asciiClasses,
    delta,
    wideClass,
    wideClasses,
    wideGoto,
    fail,
    outStart,
    outIds: Int32Array.from(flat),
    keywordCount: keywords.length,
  };
}

/**
 * Walks the text once and calls `found(id, end)` for every keyword occurrence (`end` = index after it).
 * Returns nothing; the callers collect what they need (a set of ids, or positions).
 */
export function scanKeywords(
  a: KeywordAutomaton,
  text: string,
  found: (id: number, end: number) => void,
): void {
  const { asciiClass, asciiClasses, delta, wideClass, wideClasses, wideGoto, fail, outStart, outIds } = a;
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch < 128) {
      const cls = asciiClass[ch] ?? 0;
      state = cls === 0 ? 0 : (delta[state * asciiClasses + cls] ?? 0);
    } else {
      const cls = wideClass[ch] ?? 0;
      if (cls === 0) state = 0;
      else {
        let next = wideGoto.get(state * wideClasses + cls);
        while (next === undefined && state !== 0) {
          state = fail[state] ?? 0;
          next = wideGoto.get(state * wideClasses + cls);
        }
        state = next ?? 0;
      }
    }
    const from = outStart[state] ?? 0;
    const to = outStart[state + 1] ?? 0;
    for (let k = from; k < to; k++) found(outIds[k] ?? 0, i + 1);
  }
}

/** The ids of the keywords that occur in `text`. */
export function findKeywords(a: KeywordAutomaton, text: string): Set<number> {
  const found = new Set<number>();
  scanKeywords(a, text, (id) => found.add(id));
  return found;
}
