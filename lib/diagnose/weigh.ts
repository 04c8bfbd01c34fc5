// One additive score per cause (docs/decisions/0003-diagnosis-weights.md): the decoder's confidence, the
// decision tree's end, and each rule that held; causes the customer's program cannot have are dropped.
import { causeConcerns } from "@/content/programs";
import type { CauseId } from "@/lib/causes";
import type { ClientId } from "@/lib/clients";
import type { Bilingual } from "@/lib/i18n/bilingual";
import type { MessageEvidence } from "./message";

/** The tree's first cause counts like a weak message; later ones a little less (never below 0.1). */
const priorWeight = (index: number) => Math.max(0.1, 0.3 - 0.03 * index);
/** Causes that end up this weak are not worth showing. */
const showAbove = 0.05;

export type WeighInput = {
  message: MessageEvidence | null;
  priors: readonly CauseId[];
  fired: { effects: Partial<Record<CauseId, number>>; texts: Bilingual[] }[];
  client: ClientId | undefined;
};

export function weigh(input: WeighInput): { id: CauseId; confidence: number; evidence: Bilingual[] }[] {
  const score = new Map<CauseId, number>();
  const evidence = new Map<CauseId, Bilingual[]>();
  const add = (id: CauseId, weight: number, because?: readonly Bilingual[]) => {
    score.set(id, (score.get(id) ?? 0) + weight);
    if (because?.length) evidence.set(id, [...(evidence.get(id) ?? []), ...because]);
  };

  for (const cause of input.message?.causes ?? []) add(cause.id, cause.confidence, cause.evidence);
  input.priors.forEach((id, index) => add(id, priorWeight(index)));
  for (const { effects, texts } of input.fired)
    for (const [id, weight] of Object.entries(effects) as [CauseId, number][])
      add(id, weight, weight > 0 ? texts : undefined);

  // Map keeps insertion order, and sort is stable: on a tie the message's order, then the tree's, wins.
  return [...score.entries()]
    .filter(([id, s]) => s > showAbove && causeConcerns(id, input.client))
    .sort((a, b) => b[1] - a[1])
    .map(([id, s]) => ({
      id,
      confidence: Math.min(1, Math.round(s * 100) / 100),
      evidence: evidence.get(id) ?? [],
    }));
}
