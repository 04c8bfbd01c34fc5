// The notebook that findings are written into: each finding in the customer's language, and the causes
// it is evidence for (the highest confidence wins, the first three pieces of evidence are kept).
import "server-only";
import type { RankedCause } from "@/lib/api/schema";
import type { CauseId } from "@/lib/causes";
import { checkFindings } from "@/content/check-findings";
import type { Locale } from "@/lib/i18n/locales";

export type Texts = (typeof checkFindings)["ko"];
export type FindingId = keyof Texts["findings"];
export type Severity = "ok" | "warn" | "fail";
export type Finding = { id: FindingId; severity: Severity; message: string };

const severityOrder: Record<Severity, number> = { fail: 0, warn: 1, ok: 2 };
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

export class Report {
  readonly texts: Texts;
  private readonly findings: Finding[] = [];
  private readonly causes = new Map<CauseId, { confidence: number; evidence: string[] }>();

  constructor(locale: Locale) {
    this.texts = checkFindings[locale];
  }

  /** Writes a finding; returns its message, to be used as evidence. */
  say(id: FindingId, severity: Severity, values: Record<string, string | number> = {}): string {
    const message = fill(this.texts.findings[id], values);
    this.findings.push({ id, severity, message });
    return message;
  }

  blame(id: CauseId, confidence: number, evidence: string) {
    const cause = this.causes.get(id) ?? { confidence: 0, evidence: [] };
    cause.confidence = Math.max(cause.confidence, confidence);
    cause.evidence.push(evidence);
    this.causes.set(id, cause);
  }

  /** Failures first, then warnings, then what works (in the order written); causes by confidence. */
  finish(): { findings: Finding[]; causes: RankedCause[] } {
    return {
      findings: this.findings
        .map((finding, index) => ({ finding, index }))
        .sort(
          (a, b) =>
            severityOrder[a.finding.severity] - severityOrder[b.finding.severity] || a.index - b.index,
        )
        .map(({ finding }) => finding),
      causes: [...this.causes]
        .map(([id, c]) => ({
          id,
          confidence: Math.round(c.confidence * 100) / 100,
          evidence: c.evidence.slice(0, 3),
        }))
        .sort((a, b) => b.confidence - a.confidence),
    };
  }
}
