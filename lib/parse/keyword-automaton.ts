// Aho–Corasick: finds every catalog keyword in one left-to-right pass over the text, however many keywords
// there are (https://doi.org/10.1145/360825.360855). Linear in the text length, no backtracking.
// The automaton lives in typed arrays, laid out for the cache: a walk over ordinary text spends nearly all
// its time in the shallow states, so those (numbered first, breadth-first) get a dense transition table over
// the ASCII characters that occur in keywords, with the failure links folded in: one array read a character,
// in a table of a few dozen kilobytes. The deep states (the tails of long phrases, numbered depth-first so
// that a phrase's states lie side by side) keep their few goto edges and a failure link, as do the non-ASCII
// keyword characters (Korean, Japanese, Chinese, accented letters), with a dense row for the root where most
// of those start. A character that occurs in no keyword sends the walk back to the root at once.

export type KeywordAutomaton = {
  /** Dense class of each ASCII code (0 = in no keyword). */
  asciiClass: Uint8Array;
  asciiClasses: number;
  /** States below this have a row in `delta`. */
  dense: number;
  /**
   * Full DFA of the dense states over the ASCII classes: delta[state * asciiClasses + class] is the next
   * state's code. A code (here, in wideRoot and in edgeTo) is state * 2 + 1 when a keyword ends at that
   * state, state * 2 otherwise: the walk learns it must report without reading another table.
   */
  delta: Uint16Array | Uint32Array;
  /** Non-ASCII characters: class per UTF-16 code unit (0 = in no keyword). */
  wideClass: Uint16Array;
  /** The root's wide goto edges by class, as codes (-1 = none). */
  wideRoot: Int32Array;
  /** The other goto edges (a dense state's wide ones, all of a deep state's): characters edgeChar[edgeStart[s]
   * .. edgeStart[s+1]], targets edgeTo. */
  edgeStart: Int32Array;
  edgeChar: Uint16Array;
  edgeTo: Int32Array;
  fail: Int32Array;
  /** Keyword ids ending at each state (own and through failure links): outIds[outStart[s] .. outStart[s+1]]. */
  outStart: Int32Array;
  outIds: Int32Array;
  keywordCount: number;
};

/** The dense table's size: small enough to stay in the cache beside everything else a decode touches. */
const DENSE_BYTES = 64 * 1024;

type Trie = { edges: Map<number, number>[]; own: number[][] };
const none = new Map<number, number>();

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

/** The states breadth-first (the root first). */
function breadthFirst(edges: readonly Map<number, number>[]): number[] {
  const order = [0];
  for (let head = 0; head < order.length; head++)
    for (const child of (edges[order[head] ?? 0] ?? none).values()) order.push(child);
  return order;
}

/** The trie renumbered: the first `dense` states breadth-first, the others depth-first below them. */
function renumber({ edges, own }: Trie, dense: number): Trie {
  const order = breadthFirst(edges).slice(0, dense);
  const isDense = new Uint8Array(edges.length);
  for (const s of order) isDense[s] = 1;
  const stack = [...order].reverse();
  while (stack.length > 0) {
    const s = stack.pop() ?? 0;
    if (isDense[s] === 0) order.push(s);
    const children = [...(edges[s] ?? none).values()].filter((c) => isDense[c] === 0);
    for (let k = children.length - 1; k >= 0; k--) stack.push(children[k] ?? 0);
  }
  const renamed = new Int32Array(edges.length);
  order.forEach((s, k) => (renamed[s] = k));
  return {
    edges: order.map((s) => new Map([...(edges[s] ?? none)].map(([ch, c]) => [ch, renamed[c] ?? 0]))),
    own: order.map((s) => own[s] ?? []),
  };
}

export function buildAutomaton(keywords: readonly string[]): KeywordAutomaton {
  const trie = trieOf(keywords);
  const states = trie.edges.length;

  // Character classes: every distinct keyword character gets a dense index.
  const asciiClass = new Uint8Array(128);
  const wideClass = new Uint16Array(0x10000);
  let asciiClasses = 1;
  let wideClasses = 1;
  for (const map of trie.edges)
    for (const ch of map.keys())
      if (ch < 128) {
        if (asciiClass[ch] === 0) asciiClass[ch] = asciiClasses++;
      } else if (wideClass[ch] === 0) wideClass[ch] = wideClasses++;

  const wide = states > 0x7fff;
  const dense = Math.max(1, Math.min(states, Math.floor(DENSE_BYTES / (asciiClasses * (wide ? 4 : 2)))));
  const { edges, own } = renumber(trie, dense);

  // Failure links breadth-first: a child's is where its parent's failure state goes on the same character.
  const fail = new Int32Array(states);
  const out: number[][] = own.map((ids) => [...ids]);
  for (const state of breadthFirst(edges))
    for (const [ch, child] of edges[state] ?? none) {
      let target: number | undefined;
      if (state !== 0)
        for (let f = fail[state] ?? 0; ; f = fail[f] ?? 0) {
          target = edges[f]?.get(ch);
          if (target !== undefined || f === 0) break;
        }
      fail[child] = target !== undefined && target !== child ? target : 0;
      out[child]?.push(...(out[fail[child] ?? 0] ?? []));
    }

  const outStart = new Int32Array(states + 1);
  const emits = new Uint8Array(states);
  const flat: number[] = [];
  for (let s = 0; s < states; s++) {
    outStart[s] = flat.length;
    for (const id of new Set(out[s])) flat.push(id);
    emits[s] = flat.length > (outStart[s] ?? 0) ? 1 : 0;
  }
  outStart[states] = flat.length;
  const codeOf = (state: number) => state * 2 + (emits[state] ?? 0);

  // The dense rows, in order: a state's failure state is shallower, so its row is complete before.
  const delta = wide ? new Uint32Array(dense * asciiClasses) : new Uint16Array(dense * asciiClasses);
  for (let state = 0; state < dense; state++) {
    const map = edges[state] ?? none;
    const f = fail[state] ?? 0;
    for (let c = 0; c < 128; c++) {
      const cls = asciiClass[c] ?? 0;
      if (cls === 0) continue;
      // Folded failure: a missing edge goes where the failure state goes (the root goes to itself).
      const child = map.get(c);
      delta[state * asciiClasses + cls] =
        child !== undefined ? codeOf(child) : state === 0 ? 0 : (delta[f * asciiClasses + cls] ?? 0);
    }
  }

  // The sparse goto edges: the root's wide ones by class, the rest by character.
  const wideRoot = new Int32Array(wideClasses).fill(-1);
  const edgeStart = new Int32Array(states + 1);
  const edgeChar: number[] = [];
  const edgeTo: number[] = [];
  for (let s = 0; s < states; s++) {
    edgeStart[s] = edgeChar.length;
    for (const [ch, child] of edges[s] ?? none) {
      if (s === 0 && ch >= 128) wideRoot[wideClass[ch] ?? 0] = codeOf(child);
      else if (s >= dense || ch >= 128) {
        edgeChar.push(ch);
        edgeTo.push(codeOf(child));
      }
    }
  }
  edgeStart[states] = edgeChar.length;

  return {
    asciiClass,
    asciiClasses,
    dense,
    delta,
    wideClass,
    wideRoot,
    edgeStart,
    edgeChar: Uint16Array.from(edgeChar),
    edgeTo: Int32Array.from(edgeTo),
    fail,
    outStart,
    outIds: Int32Array.from(flat),
    keywordCount: keywords.length,
  };
}

/** The code of the state after `state` on `ch`: one table read in the dense rows, the sparse edges otherwise. */
function step(a: KeywordAutomaton, state: number, ch: number): number {
  const cls = ch < 128 ? (a.asciiClass[ch] ?? 0) : (a.wideClass[ch] ?? 0);
  if (cls === 0) return 0;
  if (ch < 128 && state < a.dense) return a.delta[state * a.asciiClasses + cls] ?? 0;
  return next(a, state, ch, cls);
}

/** Calls `found(id, end)` for each keyword ending at the state of `code` (a code whose low bit is set). */
function report(
  a: KeywordAutomaton,
  code: number,
  end: number,
  found: (id: number, end: number) => void,
): void {
  const state = code >>> 1;
  const to = a.outStart[state + 1] ?? 0;
  for (let k = a.outStart[state] ?? 0; k < to; k++) found(a.outIds[k] ?? 0, end);
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
  let code = 0;
  for (let i = 0; i < text.length; i++) {
    code = step(a, code >>> 1, text.charCodeAt(i));
    if ((code & 1) === 1) report(a, code, i + 1, found);
  }
}

/**
 * Two automata in one walk over a lower-case text: `spaced` reads every character, `compact` skips spaces and
 * line breaks, so it sees the text as if they were not there ("서 버" is "서버"); both report ends as indexes
 * into `lower` (after the keyword's last character).
 * `compact` reads only the characters before `until.returnedStart`, which the spaced reports may lower as
 * the walk goes (where a returned original starts: the phrases after it are not read).
 */
export function scanSpacedAndCompact(
  spaced: KeywordAutomaton,
  compact: KeywordAutomaton,
  lower: string,
  until: { readonly returnedStart: number },
  foundSpaced: (id: number, end: number) => void,
  foundCompact: (id: number, end: number) => void,
): void {
  let spacedCode = 0;
  let compactCode = 0;
  for (let i = 0; i < lower.length; i++) {
    const ch = lower.charCodeAt(i);
    spacedCode = step(spaced, spacedCode >>> 1, ch);
    if ((spacedCode & 1) === 1) report(spaced, spacedCode, i + 1, foundSpaced);
    if (ch === 0x20 || ch === 0x0a || i >= until.returnedStart) continue;
    compactCode = step(compact, compactCode >>> 1, ch);
    if ((compactCode & 1) === 1) report(compact, compactCode, i + 1, foundCompact);
  }
}

/** The code of the goto edge on `ch` (of class `cls`), following failure links to a dense row or the root. */
function next(a: KeywordAutomaton, from: number, ch: number, cls: number): number {
  const { asciiClasses, dense, delta, wideRoot, edgeStart, edgeChar, edgeTo, fail } = a;
  for (let state = from; ; state = fail[state] ?? 0) {
    if (ch < 128 && state < dense) return delta[state * asciiClasses + cls] ?? 0;
    if (state === 0) {
      const root = wideRoot[cls] ?? -1;
      return root === -1 ? 0 : root;
    }
    const end = edgeStart[state + 1] ?? 0;
    for (let e = edgeStart[state] ?? 0; e < end; e++) if (edgeChar[e] === ch) return edgeTo[e] ?? 0;
  }
}

/** The ids of the keywords that occur in `text`. */
export function findKeywords(a: KeywordAutomaton, text: string): Set<number> {
  const found = new Set<number>();
  scanKeywords(a, text, (id) => found.add(id));
  return found;
}
