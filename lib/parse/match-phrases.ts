// Finds the known phrases of content/errors (client dialogs, server replies, bounce framing): one
// Aho–Corasick walk that skips spaces and line breaks finds every keyword at once (lib/parse/read-text.ts);
// no regular expressions, so no backtracking, and stray spaces don't matter.
import { catalogIndex, type CompiledPhrase } from "./catalog-index";
import type { NormalizedText } from "./normalize";
import { strengthOf } from "./strength";
import type { Finding } from "./types";

type Matched = { finding: Finding; key: string };
/**
 * Each phrase keyword found: its id and where its first occurrence ends in the lower-case text (the index
 * after its last character; the keyword was matched with spaces and line breaks skipped).
 */
export type FirstEnds = ReadonlyMap<number, number>;

/** Where a keyword of `length` characters other than spaces and line breaks, ending at `end`, starts. */
function startOf(lower: string, end: number, length: number): number {
  let at = end - 1;
  for (let left = length - 1; left > 0 && at > 0;) {
    at--;
    const c = lower.charCodeAt(at);
    if (c !== 0x20 && c !== 0x0a) left--;
  }
  return at;
}

function matchOne(
  phrase: CompiledPhrase,
  input: NormalizedText,
  firstEnd: ReadonlyMap<number, number>,
): Matched | null {
  // The longest alternative present stands for the phrase, so a shorter phrase inside it is recognised as
  // the same sentence ("unknown user" inside "unknown user name or bad password").
  let alternative: CompiledPhrase["alternatives"][number] | undefined;
  for (const alt of phrase.alternatives)
    if ((!alternative || alt.key.length > alternative.key.length) && alt.ids.every((id) => firstEnd.has(id)))
      alternative = alt;
  if (!alternative) return null;
  const { keywordLength } = catalogIndex();
  // Where the first keyword of the alternative starts in the text.
  const firstId = alternative.ids[0] ?? 0;
  const index = startOf(input.lower, firstEnd.get(firstId) ?? 0, keywordLength[firstId] ?? 0);
  const written = alternative.written[0] ?? "";
  // Show the words as the customer's text has them (original case) when they appear with normal spacing.
  const raw = input.lower.startsWith(written, index)
    ? input.text.slice(index, index + written.length)
    : alternative.written.join(" … ");
  const { entry } = phrase;
  return {
    key: alternative.key,
    finding: {
      kind: "phrase",
      raw,
      index,
      tier: entry.tier,
      meaning: entry.meaning,
      causes: entry.causes,
      strength: strengthOf("phrase", entry.specificity),
      supersedes: entry.supersedes,
      bounce: entry.bounce,
      marks: entry.marks,
      only: entry.only,
      failure: entry.failure,
      protocol: entry.protocol,
      client: entry.client,
    },
  };
}

/** A phrase whose words are part of a longer matched phrase is the same sentence: keep the longer one. */
function longest(matched: readonly Matched[]): Finding[] {
  return matched
    .filter(
      (m, i) =>
        !matched.some(
          (other, j) =>
            (other.key.length > m.key.length && other.key.includes(m.key)) || (other.key === m.key && j < i),
        ),
    )
    .map((m) => m.finding);
}

/**
 * The phrases of the text, as read inside a delivery report and outside one. Outside, the bounce-only rows
 * are not there, so they cannot swallow the everywhere row they contain ("temporary failure" inside
 * "temporary failure. command output"); inside, the longer row is the sentence, as everywhere else.
 */
export function matchPhrases(
  input: NormalizedText,
  keywordEnds: FirstEnds,
): { inBounce: Finding[]; outside: Finding[] } {
  const { phrases, phrasesOf } = catalogIndex();
  // The walk read the whole text: a keyword whose first occurrence ends past the cut is not in `input`.
  const inside = input.text.length;
  const firstEnd = new Map<number, number>();
  const candidates = new Set<number>();
  for (const [id, end] of keywordEnds) {
    if (end > inside) continue;
    firstEnd.set(id, end);
    for (const p of phrasesOf[id] ?? []) candidates.add(p);
  }
  const matched: Matched[] = [];
  for (const p of [...candidates].sort((a, b) => a - b)) {
    const phrase = phrases[p];
    const m = phrase ? matchOne(phrase, input, firstEnd) : null;
    if (m) matched.push(m);
  }
  const everywhere = matched.filter((m) => m.finding.only !== "bounce");
  const outside = longest(everywhere);
  return { inBounce: everywhere.length === matched.length ? outside : longest(matched), outside };
}
