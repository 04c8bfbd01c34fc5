// Turns findings into ranked causes. Each finding votes for causes with a weight (content/errors); votes for
// one cause combine by noisy-or (1 − Π(1 − w)), so two independent hints beat one. Precedence follows the
// reference notes §0: the server's own reply outranks the socket error, which outranks the error number and
// the program's own sentence, so when a higher tier speaks clearly, lower tiers count for less. Context rules
// (an expert's reading of several fields together) are never damped, and a finding may supersede causes it
// explains better (a "Can't get lock" reply supersedes "password rejected").
import { causeIds, type CauseId } from "@/lib/causes";
import { errorCatalog } from "@/content/errors";
import type { Bilingual } from "@/lib/i18n/bilingual";
import type { DecodedCause, Finding, Tier } from "./types";

const tierRank: Record<Tier, number> = { context: 0, client: 1, number: 1, socket: 2, response: 3 };
/** A vote at least this strong makes its tier "speak clearly". */
const CLEAR = 0.5;
const DAMPED = 0.4;
const SUPERSEDED = 0.6;
const MIN_CONFIDENCE = 0.1;
const MAX_CAUSES = 6;
const MAX_EVIDENCE = 4;

function evidenceOf(f: Finding): Bilingual {
  const label = errorCatalog.partKinds[f.kind];
  const what = (lang: "ko" | "en") => (f.kind === "phrase" ? `"${f.raw}"` : `${label[lang]} ${f.raw}`);
  return { ko: `${what("ko")}: ${f.meaning.ko}`, en: `${what("en")}: ${f.meaning.en}` };
}

export function rankCauses(findings: readonly Finding[]): DecodedCause[] {
  const strongest = findings.map((f) => Math.max(0, ...Object.values(f.causes)));
  let clearTier = 0;
  findings.forEach((f, i) => {
    if (f.tier !== "context" && (strongest[i] ?? 0) >= CLEAR)
      clearTier = Math.max(clearTier, tierRank[f.tier]);
  });

  const votes = new Map<CauseId, { weight: number; finding: number }[]>();
  const superseded = new Set<CauseId>();
  findings.forEach((finding, i) => {
    const k = finding.tier !== "context" && tierRank[finding.tier] < clearTier ? DAMPED : 1;
    for (const [id, weight] of Object.entries(finding.causes) as [CauseId, number][]) {
      const list = votes.get(id);
      if (list) list.push({ weight: weight * k, finding: i });
      else votes.set(id, [{ weight: weight * k, finding: i }]);
    }
    if ((strongest[i] ?? 0) * k >= CLEAR) for (const id of finding.supersedes ?? []) superseded.add(id);
  });

  const ranked: (DecodedCause & { order: number })[] = [];
  for (const [id, list] of votes) {
    let confidence = 1 - list.reduce((rest, v) => rest * (1 - v.weight), 1);
    if (superseded.has(id)) confidence *= SUPERSEDED;
    confidence = Math.round(confidence * 100) / 100;
    if (confidence < MIN_CONFIDENCE) continue;
    ranked.push({ id, confidence, evidence: [], order: causeIds.indexOf(id) });
    // Evidence: the strongest votes first, each sentence once.
    const last = ranked[ranked.length - 1];
    for (const { finding } of list.sort((a, b) => b.weight - a.weight)) {
      const f = findings[finding];
      if (!last || !f || last.evidence.length >= MAX_EVIDENCE) break;
      const item = evidenceOf(f);
      if (!last.evidence.some((e) => e.en === item.en)) last.evidence.push(item);
    }
  }
  return ranked
    .sort((a, b) => b.confidence - a.confidence || a.order - b.order)
    .slice(0, MAX_CAUSES)
    .map(({ id, confidence, evidence }) => ({ id, confidence, evidence }));
}
