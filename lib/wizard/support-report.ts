// The plain-text report for support: when, what the customer told us (program names in words), the pasted
// message (anything that looks like a password taken out), what it decoded to, the check's headline and
// what it saw, the likely causes and what was tried.
import { clientNames } from "@/content/client-names";
import { decisionTree } from "@/content/tree";
import type { report } from "@/content/ui/report";
import type { DiagnoseEvent, ParsedFields } from "@/lib/api/schema";
import type { CauseId } from "@/lib/causes";
import type { DiagnosedCause } from "@/lib/diagnose";
import type { Bilingual } from "@/lib/i18n/bilingual";
import type { TextsOf } from "@/lib/i18n/define-messages";
import type { Locale } from "@/lib/i18n/locales";
import type { LinkParams } from "@/lib/params";
import { isClientId } from "@/lib/clients";
import { fillWith } from "@/lib/i18n/fill";
import { describeEvent } from "./check-words";
import { messageForReport } from "./redact";
import type { Step } from "./walk";

export type ReportInput = {
  locale: Locale;
  words: { report: TextsOf<typeof report>; symptoms: Record<string, string> };
  titles: Record<CauseId, Bilingual>;
  link: LinkParams;
  steps: Step[];
  fields: ParsedFields | null;
  events: readonly DiagnoseEvent[] | null;
  causes: DiagnosedCause[];
  tried: CauseId[];
  url?: string;
  /** When the report was made (the customer's clock), said in their language and time zone. */
  when?: Date;
  /** The check's headline (lib/wizard/check-summary.ts), in words. */
  headline?: string;
};

function dateText(when: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "ko" ? "ko-KR" : "en-GB", {
    dateStyle: "long",
    timeStyle: "long",
  }).format(when);
}

function answerOf(step: Step, locale: Locale): [string, string] | null {
  const node = decisionTree.nodes[step.nodeId];
  if (node?.kind !== "choice" || step.param === "client") return null;
  const answer = node.answers.find((a) => a.value === step.value);
  return [node.question[locale], answer?.label[locale] ?? step.value];
}

function fieldLines(fields: ParsedFields, r: ReportInput["words"]["report"], locale: Locale): string[] {
  return (Object.keys(r.fields) as (keyof ParsedFields & keyof typeof r.fields)[])
    .filter((key) => fields[key] !== null)
    .map((key) => {
      // A program read from the message is named as people know it, not by its id.
      const value =
        key === "client" && fields.client && isClientId(fields.client)
          ? clientNames[fields.client].name[locale]
          : fields[key];
      return `- ${r.fields[key]}: ${typeof value === "boolean" ? (value ? r.yes : r.no) : String(value)}`;
    });
}

export function supportReport(input: ReportInput): string {
  const { locale, words, link } = input;
  const r = words.report;
  const lines = [r.heading, ""];
  if (input.when) lines.push(`${r.when}: ${dateText(input.when, locale)}`);
  if (link.symptom) lines.push(`${r.symptom}: ${words.symptoms[link.symptom]}`);
  const address = link.email ?? link.domain;
  if (address) lines.push(`${r.address}: ${address}`);
  if (link.client) lines.push(`${r.client}: ${clientNames[link.client].name[locale]}`);
  const answers = input.steps.map((s) => answerOf(s, locale)).filter((a) => a !== null);
  if (answers.length > 0) lines.push("", `${r.answers}:`, ...answers.map(([q, a]) => `- ${q} ${a}`));
  if (link.error)
    lines.push(
      "",
      `${r.message}:`,
      messageForReport(link.error, (n) => fillWith(r.messageCut, () => n)),
    );
  if (input.fields) {
    const decoded = fieldLines(input.fields, r, locale);
    if (decoded.length > 0) lines.push("", `${r.decoded}:`, ...decoded);
  }
  lines.push("", `${r.checked}:`);
  if (input.headline) lines.push(input.headline);
  const checked = (input.events ?? []).map((e) => describeEvent(e, locale)).filter((l) => l !== null);
  lines.push(...(checked.length > 0 ? checked.map((l) => `- ${l.line}`) : [r.notChecked]));
  if (input.causes.length > 0) {
    lines.push("", `${r.causes}:`);
    input.causes.slice(0, 5).forEach((c, i) => {
      lines.push(`${i + 1}. ${input.titles[c.id][locale]} (${Math.round(c.confidence * 100)}%)`);
      for (const e of c.evidence.slice(0, 3)) lines.push(`   - ${e[locale]}`);
    });
  }
  if (input.tried.length > 0)
    lines.push(
      "",
      `${r.tried}:`,
      ...input.tried.map((id) => `- ${input.titles[id][locale]}: ${r.notSolved}`),
    );
  if (input.url) lines.push("", `${r.link}: ${input.url}`);
  return lines.join("\n");
}
