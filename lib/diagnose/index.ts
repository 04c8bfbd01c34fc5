// The diagnosis (pure, no I/O): the one function that weighs all the evidence — the decoded message, the
// symptom, the program, the wizard's answers and the live check's events — into ranked causes with their
// reasons, the findings of the check, the settings the check proved to work and the customer's current
// ones. POST /api/diagnose sends its output as the `result` event; the wizard's result page shows it.
import type { RankedCause, WorkingSettings } from "@/lib/api/schema";
import type { CauseId } from "@/lib/causes";
import type { ClientId } from "@/lib/clients";
import type { Bilingual } from "@/lib/i18n/bilingual";
import type { Locale } from "@/lib/i18n/locales";
import type { WalkResult } from "@/lib/wizard/walk";
import type { CurrentSettings } from "./current";
import { collectFacts, type Evidence } from "./facts";
import { treeWalk } from "./priors";
import { rules, type RuleId, type Said, type Severity } from "./rules";
import { sayBoth } from "./say";
import { settles } from "./settled";
import { weigh } from "./weigh";

export type { CurrentSettings } from "./current";
export type { Evidence } from "./facts";
export type { MessageEvidence } from "./message";
export type { RuleId, Said, Severity } from "./rules";
export { workingSettings, type SettingsPreference } from "./settings";
export { evidenceOfRequest } from "./request";
export { leadingCause, settleRule, settles } from "./settled";

export type DiagnosedCause = { id: CauseId; confidence: number; evidence: Bilingual[] };
export type DiagnosedFinding = { id: RuleId; severity: Severity; message: Bilingual };

export type Diagnosis = {
  /** Most likely first; each with the sentences that raised it (the message's own, then the rules'). */
  causes: DiagnosedCause[];
  /** What the live check saw, failures first (SPEC §2 `findings`). */
  findings: DiagnosedFinding[];
  /** Every rule that held, in rule order. */
  reasons: Said[];
  /** What the check proved to work: the pictures' values (`in`/`out` link parameters). */
  settings: WorkingSettings | null;
  /** What the customer's program uses now (`server`/`port`/`protocol`/`ssl` link parameters). */
  current: CurrentSettings;
  domain: string | null;
  direction: "send" | "receive" | undefined;
  client: ClientId | undefined;
  /** Where the decision tree stands on this evidence: still asking, at its end, or settled early. */
  tree: WalkResult;
  /** The causes as the evidence alone ranks them (message, check, answers; not the tree's guesses). */
  fromEvidence: DiagnosedCause[];
};

const severityOrder: Record<Severity, number> = { fail: 0, warn: 1, ok: 2 };

export function diagnose(evidence: Evidence): Diagnosis {
  const facts = collectFacts(evidence);
  const reasons: Said[] = [];
  const fired: { said: Said; severity?: Severity }[] = [];
  const weighed: { effects: Partial<Record<CauseId, number>>; texts: Bilingual[] }[] = [];
  for (const r of rules) {
    const held = r.when(facts).map((vars): Said => ({ rule: r.id, vars }));
    if (held.length === 0) continue;
    reasons.push(...held);
    held.forEach((said) => fired.push({ said, severity: r.severity }));
    // A rule counts once however many hosts it holds for; each holding is a reason of its own.
    weighed.push({
      effects: typeof r.effects === "function" ? r.effects(facts) : r.effects,
      texts: held.map(sayBoth),
    });
  }
  const findings = fired
    .filter((x): x is typeof x & { severity: Severity } => x.severity !== undefined)
    .map((x, index) => ({ x, index }))
    .sort((a, b) => severityOrder[a.x.severity] - severityOrder[b.x.severity] || a.index - b.index)
    .map(({ x }) => ({ id: x.said.rule, severity: x.severity, message: sayBoth(x.said) }));
  const weighWith = (priors: readonly CauseId[]) =>
    weigh({ message: evidence.message, priors, fired: weighed, client: facts.client });
  // The evidence alone decides which questions still matter (settled.ts); the tree's end adds its guesses.
  const fromEvidence = weighWith([]);
  const { walk, priors } = treeWalk(evidence.link, evidence.answers, evidence.message, (node) =>
    settles(fromEvidence, node.separates),
  );
  const causes = weighWith(priors);
  return {
    causes,
    findings,
    reasons,
    settings: facts.settings,
    current: facts.current,
    domain: facts.domain,
    direction: facts.direction,
    client: facts.client,
    tree: walk,
    fromEvidence,
  };
}

/** The SPEC §2 `result` fields in one language. */
export function inLanguage(
  diagnosis: Diagnosis,
  locale: Locale,
): { causes: RankedCause[]; findings: { id: string; severity: Severity; message: string }[] } {
  return {
    causes: diagnosis.causes.map((c) => ({
      id: c.id,
      confidence: c.confidence,
      evidence: c.evidence.map((e) => e[locale]),
    })),
    findings: diagnosis.findings.map((f) => ({ id: f.id, severity: f.severity, message: f.message[locale] })),
  };
}
