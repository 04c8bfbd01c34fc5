// Aho–Corasick: finds every catalog keyword in one left-to-right pass over the text, however many keywords
// there are (https://doi.org/10.1145/360825.360855). Linear in the text length, no backtracking.

// Transitions are keyed by UTF-16 code unit (keywords and text are walked the same way).
type Node = { next: Map<number, number>; fail: number; out: number[] };

export type KeywordAutomaton = { nodes: Node[] };

export function buildAutomaton(keywords: readonly string[]): KeywordAutomaton {
  const nodes: Node[] = [{ next: new Map(), fail: 0, out: [] }];
  keywords.forEach((keyword, id) => {
    let state = 0;
    for (let i = 0; i < keyword.length; i++) {
      const ch = keyword.charCodeAt(i);
      let child = nodes[state]?.next.get(ch);
      if (child === undefined) {
        child = nodes.push({ next: new Map(), fail: 0, out: [] }) - 1;
        nodes[state]?.next.set(ch, child);
      }
      state = child;
    }
    nodes[state]?.out.push(id);
  });
  // Breadth-first: each node's failure link is the longest proper suffix that is also in the trie.
  const queue = [...(nodes[0]?.next.values() ?? [])];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] ?? 0;
    const node = nodes[state];
    if (!node) continue;
    for (const [ch, child] of node.next) {
      let fail = node.fail;
      while (fail !== 0 && !nodes[fail]?.next.has(ch)) fail = nodes[fail]?.fail ?? 0;
      const target = nodes[fail]?.next.get(ch);
      const childNode = nodes[child];
      if (childNode) {
        childNode.fail = target !== undefined && target !== child ? target : 0;
        childNode.out.push(...(nodes[childNode.fail]?.out ?? []));
      }
      queue.push(child);
    }
  }
  return { nodes };
}

/** The ids of the keywords that occur in `text`. */
export function findKeywords({ nodes }: KeywordAutomaton, text: string): Set<number> {
  const found = new Set<number>();
  const root = nodes[0];
  if (!root) return found;
  let node = root;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    let next = node.next.get(ch);
    while (next === undefined && node !== root) {
      node = nodes[node.fail] ?? root;
      next = node.next.get(ch);
    }
    node = next === undefined ? root : (nodes[next] ?? root);
    if (node.out.length > 0) for (const id of node.out) found.add(id);
  }
  return found;
}
