// Turns findings into ranked causes. Each finding votes for causes with a weight (content/errors); votes for
// one cause combine by noisy-or (1 − Π(1 − w)), so two independent hints beat one. Precedence follows the
// reference notes §0: the server's own reply outranks the socket error, which outranks the error number and
// the program's own sentence, so when a higher tier speaks clearly, lower tiers count for less. Within a
// tier the same holds for specificity (lib/parse/strength.ts): a program's exact sentence that speaks
// clearly damps a generic library text. Context rules (an expert's reading of several fields together) are
// never damped, and a finding may supersede causes it explains better ("Can't get lock" supersedes
// "password rejected"). Equal confidences are ordered by the strength of their evidence, never by the order
// of any list; a cause backed only by weak evidence (a bare reply code) stays below 0.5, shown as a guess.
import type { CauseId } from "@/lib/causes";
import { errorCatalog } from "@/content/errors";
import type { Bilingual } from "@/lib/i18n/bilingual";
import { GUESS_CAP, GUESS_SPECIFICITY, SPECIFICITY_MARGIN } from "./strength";
import type { DecodedCause, Finding, Tier } from "./types";

const tierRank: Record<Tier, number> = { context: 0, client: 1, number: 1, socket: 2, response: 3 };
/** A vote at least this strong makes its tier "speak clearly". */
const CLEAR = 0.5;
const DAMPED = 0.4;
const SUPERSEDED = 0.6;
const MIN_CONFIDENCE = 0.1;
const MAX_CAUSES = 6;
const MAX_EVIDENCE = 4;

type Vote = { weight: number; finding: number };
type Ranked = Omit<DecodedCause, "evidence"> & { strength: number; votes: number; list: Vote[] };

function evidenceOf(f: Finding): Bilingual {
  const label = errorCatalog.partKinds[f.kind];
  const what = (lang: "ko" | "en") => (f.kind === "phrase" ? `"${f.raw}"` : `${label[lang]} ${f.raw}`);
  return { ko: `${what("ko")}: ${f.meaning.ko}`, en: `${what("en")}: ${f.meaning.en}` };
}

/**
 * How much each finding counts: 1, or DAMPED when a higher tier or a much more specific finding spoke, or
 * (in a bounce) when the remote server's own reply spoke and this is the reporting system's summary.
 */
function dampingOf(findings: readonly Finding[], strongest: readonly number[]): number[] {
  let clearTier = 0;
  let remoteClear = false;
  const clearStrength = new Map<Tier, number>();
  findings.forEach((f, i) => {
    if (f.tier === "context" || (strongest[i] ?? 0) < CLEAR) return;
    clearTier = Math.max(clearTier, tierRank[f.tier]);
    clearStrength.set(f.tier, Math.max(clearStrength.get(f.tier) ?? 0, f.strength));
    if (f.voice === "remote") remoteClear = true;
  });
  return findings.map((f) => {
    if (f.tier === "context") return 1;
    if (remoteClear && f.voice === "local") return DAMPED;
    if (tierRank[f.tier] < clearTier) return DAMPED;
    return f.strength < (clearStrength.get(f.tier) ?? 0) - SPECIFICITY_MARGIN ? DAMPED : 1;
  });
}

/** Highest confidence first; then the stronger evidence, then more findings; the id only for a stable order. */
const byEvidence = (a: Ranked, b: Ranked) =>
  b.confidence - a.confidence || b.strength - a.strength || b.votes - a.votes || (a.id < b.id ? -1 : 1);

export function rankCauses(findings: readonly Finding[]): DecodedCause[] {
  const strongest = findings.map((f) => Math.max(0, ...Object.values(f.causes)));
  const damping = dampingOf(findings, strongest);

  const votes = new Map<CauseId, Vote[]>();
  const superseded = new Set<CauseId>();
  findings.forEach((finding, i) => {
    const k = damping[i] ?? 1;
    for (const [id, weight] of Object.entries(finding.causes) as [CauseId, number][]) {
      const list = votes.get(id);
      if (list) list.push({ weight: weight * k, finding: i });
      else votes.set(id, [{ weight: weight * k, finding: i }]);
    }
    if ((strongest[i] ?? 0) * k >= CLEAR) for (const id of finding.supersedes ?? []) superseded.add(id);
  });

  const ranked: Ranked[] = [];
  for (const [id, list] of votes) {
    let confidence = 1 - list.reduce((rest, v) => rest * (1 - v.weight), 1);
    if (superseded.has(id)) confidence *= SUPERSEDED;
    const strength = Math.max(...list.map((v) => findings[v.finding]?.strength ?? 0));
    if (strength < GUESS_SPECIFICITY) confidence = Math.min(confidence, GUESS_CAP);
    confidence = Math.round(confidence * 100) / 100;
    if (confidence < MIN_CONFIDENCE) continue;
    ranked.push({ id, confidence, strength, votes: list.length, list });
  }
  // Evidence is written only for the causes shown.
  return ranked
    .sort(byEvidence)
    .slice(0, MAX_CAUSES)
    .map(({ id, confidence, list }) => ({ id, confidence, evidence: evidenceFor(list, findings) }));
}

/** A cause's evidence: the strongest votes first, each sentence once. */
function evidenceFor(list: readonly Vote[], findings: readonly Finding[]): Bilingual[] {
  const evidence: Bilingual[] = [];
  for (const { finding } of [...list].sort((a, b) => b.weight - a.weight)) {
    const f = findings[finding];
    if (!f || evidence.length >= MAX_EVIDENCE) break;
    const item = evidenceOf(f);
    if (!evidence.some((e) => e.en === item.en)) evidence.push(item);
  }
  return evidence;
}
