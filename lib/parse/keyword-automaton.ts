// Aho–Corasick: finds every catalog keyword in one left-to-right pass over the text, however many keywords
// there are (https://doi.org/10.1145/360825.360855). Linear in the text length, no backtracking.
// The automaton is a dense transition table (typed arrays): for the ASCII characters that occur in keywords
// the failure links are folded into a full DFA, so each ASCII character of the text costs one array read;
// the few non-ASCII keyword characters (Korean, Japanese, Chinese, accented letters) keep sparse goto edges
// with failure links, also in typed arrays: a dense row for the root (where most wide edges start) and, for
// every other state, its few edges side by side. A character that occurs in no keyword sends the walk back
// to the root at once.

export type KeywordAutomaton = {
  /** Dense class of each ASCII code (0 = in no keyword). */
  asciiClass: Uint8Array;
  asciiClasses: number;
  /** Full DFA over the ASCII classes: next state = delta[state * asciiClasses + class] (16 bits when they do). */
  delta: Uint16Array | Uint32Array;
  /** Non-ASCII characters: class per UTF-16 code unit (0 = in no keyword). */
  wideClass: Uint16Array;
  wideClasses: number;
  /** The root's wide goto edges by class (-1 = none). */
  wideRoot: Int32Array;
  /** Other states' wide goto edges: classes wideEdgeClass[wideStart[s] .. wideStart[s+1]], targets wideEdgeTo. */
  wideStart: Int32Array;
  wideEdgeClass: Uint16Array;
  wideEdgeTo: Int32Array;
  fail: Int32Array;
  /** 1 for a state where some keyword ends: the walk looks at the output lists only there. */
  emits: Uint8Array;
  /** Keyword ids ending at each state (own and through failure links): outIds[outStart[s] .. outStart[s+1]]. */
  outStart: Int32Array;
  outIds: Int32Array;
  keywordCount: number;
};

type Trie = { edges: Map<number, number>[]; own: number[][] };

/** The keywords' trie: goto edges per state (character code → state) and the keyword ids ending at each. */
function trieOf(keywords: readonly string[]): Trie {
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
  return { edges, own };
}

/** The same trie with its states numbered in breadth-first order (the root stays 0). */
function breadthFirst({ edges, own }: Trie): Trie {
  const order: number[] = [0];
  const renamed = new Int32Array(edges.length);
  for (let head = 0; head < order.length; head++)
    for (const child of (edges[order[head] ?? 0] ?? new Map<number, number>()).values()) {
      renamed[child] = order.length;
      order.push(child);
    }
  return {
    edges: order.map(
      (old) =>
        new Map([...(edges[old] ?? new Map<number, number>())].map(([ch, c]) => [ch, renamed[c] ?? 0])),
    ),
    own: order.map((old) => own[old] ?? []),
  };
}

export function buildAutomaton(keywords: readonly string[]): KeywordAutomaton {
  // 1. The trie, with sparse edges while it is built, then renumbered breadth-first: the shallow states,
  // where a walk over ordinary text spends nearly all its time, get the first rows of the table (few cache lines).
  const { edges, own } = breadthFirst(trieOf(keywords));
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
  const delta =
    states <= 0xffff ? new Uint16Array(states * asciiClasses) : new Uint32Array(states * asciiClasses);
  const wideGoto = new Map<number, number>();
  const out: number[][] = own.map((ids) => [...ids]);
  // The states are numbered breadth-first, so every parent and failure state comes before its children.
  for (let state = 0; state < states; state++)
    for (const [ch, child] of edges[state] ?? new Map<number, number>())
      if (ch >= 128) wideGoto.set(state * wideClasses + (wideClass[ch] ?? 0), child);
  for (let state = 0; state < states; state++) {
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

  // 4. The wide goto edges into typed arrays.
  const wideRoot = new Int32Array(wideClasses).fill(-1);
  const wideStart = new Int32Array(states + 1);
  const edgeClass: number[] = [];
  const edgeTo: number[] = [];
  for (let s = 0; s < states; s++) {
    wideStart[s] = edgeClass.length;
    for (const [ch, child] of edges[s] ?? new Map<number, number>()) {
      if (ch < 128) continue;
      if (s === 0) wideRoot[wideClass[ch] ?? 0] = child;
      else {
        edgeClass.push(wideClass[ch] ?? 0);
        edgeTo.push(child);
      }
    }
  }
  wideStart[states] = edgeClass.length;

  const outStart = new Int32Array(states + 1);
  const emits = new Uint8Array(states);
  const flat: number[] = [];
  for (let s = 0; s < states; s++) {
    outStart[s] = flat.length;
    for (const id of new Set(out[s])) flat.push(id);
    emits[s] = flat.length > (outStart[s] ?? 0) ? 1 : 0;
  }
  outStart[states] = flat.length;
  return {
    asciiClass,
    asciiClasses,
    delta,
    wideClass,
    wideClasses,
    wideRoot,
    wideStart,
    wideEdgeClass: Uint16Array.from(edgeClass),
    wideEdgeTo: Int32Array.from(edgeTo),
    fail,
    emits,
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
  const { asciiClass, asciiClasses, delta, wideClass, emits, outStart, outIds } = a;
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch < 128) {
      const cls = asciiClass[ch] ?? 0;
      state = cls === 0 ? 0 : (delta[state * asciiClasses + cls] ?? 0);
    } else {
      const cls = wideClass[ch] ?? 0;
      state = cls === 0 ? 0 : wideNext(a, state, cls);
    }
    if (emits[state] === 0) continue;
    const to = outStart[state + 1] ?? 0;
    for (let k = outStart[state] ?? 0; k < to; k++) found(outIds[k] ?? 0, i + 1);
  }
}

/** The goto edge on a wide class, following failure links until one exists (the root's row is dense). */
function wideNext(a: KeywordAutomaton, from: number, cls: number): number {
  const { wideRoot, wideStart, wideEdgeClass, wideEdgeTo, fail } = a;
  for (let state = from; state !== 0; state = fail[state] ?? 0) {
    const end = wideStart[state + 1] ?? 0;
    for (let e = wideStart[state] ?? 0; e < end; e++) if (wideEdgeClass[e] === cls) return wideEdgeTo[e] ?? 0;
  }
  const root = wideRoot[cls] ?? -1;
  return root === -1 ? 0 : root;
}

/** The ids of the keywords that occur in `text`. */
export function findKeywords(a: KeywordAutomaton, text: string): Set<number> {
  const found = new Set<number>();
  scanKeywords(a, text, (id) => found.add(id));
  return found;
}
