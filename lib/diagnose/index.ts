// The diagnosis (pure, no I/O): the pasted message, the wizard's answers and the live check's events in;
// ranked causes (SPEC §3) with the reasons in both languages, and the settings seen working, out.
import type { RankedCause, WorkingSettings } from "@/lib/api/schema";
import type { CauseId } from "@/lib/causes";
import type { Bilingual } from "@/lib/i18n/bilingual";
import type { Locale } from "@/lib/i18n/locales";
import { collectFacts, type DiagnosisInput } from "./facts";
import { rules } from "./rules";
import { workingSettings } from "./settings";
import { evidenceSentence, type Vars } from "./text";

export type { DiagnosisInput, MessageEvidence } from "./facts";

type ResultEvent = Extract<DiagnosisInput["events"][number], { type: "result" }>;

export type DiagnosedCause = { id: CauseId; confidence: number; evidence: Bilingual[] };
export type Reason = { rule: string; text: Bilingual; vars: Vars };
export type Diagnosis = { causes: DiagnosedCause[]; reasons: Reason[]; settings: WorkingSettings | null };

/** The tree's first cause counts like a weak message; later ones a little less (never below 0.1). */
const priorWeight = (index: number) => Math.max(0.1, 0.3 - 0.03 * index);
/** The live check's own causes (the `result` event) count half: the rules read the same events in detail. */
const checkResultWeight = 0.5;
/** Causes that end up this weak are not worth showing. */
const showAbove = 0.05;

export function diagnose(input: DiagnosisInput): Diagnosis {
  const facts = collectFacts(input);
  const score = new Map<CauseId, number>();
  const evidence = new Map<CauseId, Bilingual[]>();
  const add = (id: CauseId, weight: number, because?: Bilingual[]) => {
    score.set(id, (score.get(id) ?? 0) + weight);
    if (because?.length) evidence.set(id, [...(evidence.get(id) ?? []), ...because]);
  };

  for (const cause of input.message?.causes ?? []) add(cause.id, cause.confidence, cause.evidence);
  input.priors.forEach((id, index) => add(id, priorWeight(index)));
  for (const event of input.events)
    if (event.type === "result")
      for (const cause of event.causes) add(cause.id, cause.confidence * checkResultWeight);

  const reasons: Reason[] = [];
  for (const rule of rules) {
    const vars = rule.when(facts);
    if (!vars) continue;
    const text = evidenceSentence(rule.says, vars);
    reasons.push({ rule: rule.id, text, vars });
    for (const [id, weight] of Object.entries(rule.effects) as [CauseId, number][])
      add(id, weight, weight > 0 ? [text] : undefined);
  }

  // Map keeps insertion order, and sort is stable: on a tie the message's order, then the tree's, wins.
  const causes = [...score.entries()]
    .filter(([, s]) => s > showAbove)
    .sort((a, b) => b[1] - a[1])
    .map(([id, s]) => ({
      id,
      confidence: Math.min(1, Math.round(s * 100) / 100),
      evidence: evidence.get(id) ?? [],
    }));
  // The check's own settings (lib/probe: a finished dialogue, a login offered) know more than the events
  // show; ours stand in when the stream ended without its result.
  const checked = input.events.findLast((e): e is ResultEvent => e.type === "result")?.settings;
  return { causes, reasons, settings: checked ?? workingSettings(facts) };
}

/** The SPEC §2 shape (`causes` of the `result` event) in one language. */
export function rankedCauses(diagnosis: Diagnosis, locale: Locale): RankedCause[] {
  return diagnosis.causes.map((c) => ({
    id: c.id,
    confidence: c.confidence,
    evidence: c.evidence.map((e) => e[locale]),
  }));
}
