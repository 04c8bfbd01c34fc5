// Finds the known phrases of content/errors (client dialogs, server replies, bounce framing): one
// Aho–Corasick pass over the compact text finds every keyword at once; no regular expressions, so no
// backtracking, and stray spaces don't matter.
import { catalogIndex, type CompiledPhrase } from "./catalog-index";
import { findKeywords } from "./keyword-automaton";
import type { NormalizedText } from "./normalize";
import { strengthOf } from "./strength";
import type { Finding } from "./types";

type Matched = { finding: Finding; key: string };

function matchOne(phrase: CompiledPhrase, input: NormalizedText, present: Set<number>): Matched | null {
  // The longest alternative present stands for the phrase, so a shorter phrase inside it is recognised as
  // the same sentence ("unknown user" inside "unknown user name or bad password").
  let alternative: CompiledPhrase["alternatives"][number] | undefined;
  for (const alt of phrase.alternatives)
    if ((!alternative || alt.key.length > alternative.key.length) && alt.ids.every((id) => present.has(id)))
      alternative = alt;
  if (!alternative) return null;
  const written = alternative.written[0] ?? "";
  // Show the words as the customer's text has them (original case) when they appear with normal spacing.
  const at = input.lower.indexOf(written);
  const raw = at === -1 ? alternative.written.join(" … ") : input.text.slice(at, at + written.length);
  const { entry } = phrase;
  return {
    key: alternative.key,
    finding: {
      kind: "phrase",
      raw,
      index: at === -1 ? input.text.length : at,
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

export function matchPhrases(input: NormalizedText): Finding[] {
  const { phrases, keywords } = catalogIndex();
  const present = findKeywords(keywords, input.compact);
  const matched = phrases
    .map((phrase) => matchOne(phrase, input, present))
    .filter((m): m is Matched => m !== null);
  // A phrase whose words are part of a longer matched phrase is the same sentence: keep the longer one.
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
