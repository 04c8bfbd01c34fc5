// Checks of content/errors beyond the zod shape: no duplicate codes or keywords, every cause reachable from
// some message, explanations really in their language, and the table invariants the parser relies on.
import { errorCatalog } from "@/content/errors";
import { causeIds } from "@/lib/causes";
import { errorCatalogSchema, type CauseVotes, type ErrorCatalog } from "./error-catalog-schema";

const hangul = /[\uAC00-\uD7A3]/;
/** Specificity from which a phrase claims to be one system's exact sentence. */
const EXACT = 0.9;

function duplicates(values: readonly (string | number)[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const value of values.map(String)) (seen.has(value) ? dup : seen).add(value);
  return [...dup];
}

function expand(code: string): string[] {
  const m = /^(.+\.)(\d+)-(\d+)$/.exec(code);
  if (!m) return [code];
  const out: string[] = [];
  for (let d = Number(m[2]); d <= Number(m[3]); d++) out.push(`${m[1]}${d}`);
  return out;
}

type Described = {
  where: string;
  meaning: { ko: string; en: string };
  causes?: CauseVotes;
  supersedes?: readonly string[];
};

function described(c: ErrorCatalog): Described[] {
  return [
    ...c.hresults.map((e) => ({ where: `hresult ${e.codes[0]}`, ...e })),
    ...c.socketErrors.map((e) => ({ where: `socket ${e.code}`, ...e })),
    ...c.smtpReplies.map((e) => ({ where: `smtp ${e.code}`, ...e })),
    ...c.enhancedCodes.map((e) => ({ where: `enhanced ${e.code}`, ...e })),
    ...c.mailboxResponses.map((e) => ({ where: `${e.protocol} ${e.code}`, ...e })),
    ...c.phrases.map((e) => ({ where: `phrase ${e.id}`, ...e })),
    ...c.contextRules.map((e) => ({ where: `rule ${e.id}`, ...e })),
    ...c.ports.map((e) => ({ where: `port ${e.port}`, meaning: e.meaning })),
    ...c.hresultFamilies.map((e) => ({ where: `family ${e.prefix}`, meaning: e.meaning })),
  ];
}

export function checkErrorCatalog(c: ErrorCatalog = errorCatalog): string[] {
  const parsed = errorCatalogSchema.safeParse(c);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  const problems: string[] = [];
  const dup = (what: string, values: readonly (string | number)[]) =>
    duplicates(values).forEach((d) => problems.push(`duplicate ${what}: ${d}`));

  dup(
    "error number",
    c.hresults.flatMap((e) => e.codes),
  );
  dup(
    "socket error",
    c.socketErrors.map((e) => e.code),
  );
  dup(
    "SMTP reply code",
    c.smtpReplies.map((e) => e.code),
  );
  dup(
    "enhanced code",
    c.enhancedCodes.flatMap((e) => expand(e.code).map((code) => `${e.vendor ?? "iana"} ${code}`)),
  );
  dup(
    "POP3/IMAP code",
    c.mailboxResponses.map((e) => `${e.protocol} ${e.code}`),
  );
  dup(
    "phrase id",
    c.phrases.map((e) => e.id),
  );
  dup(
    "phrase keyword",
    c.phrases.flatMap((e) => e.match.map((alt) => [alt].flat().join("+").replace(/\s+/g, ""))),
  );
  dup(
    "port",
    c.ports.map((e) => e.port),
  );
  dup(
    "context rule id",
    c.contextRules.map((e) => e.id),
  );
  dup(
    "field label",
    c.fieldLabels.flatMap((e) => e.labels),
  );
  // Specificity 0.9 or more claims an exact sentence: a short single keyword can't be one.
  for (const e of c.phrases)
    for (const alt of e.match)
      if ((e.specificity ?? 0) >= EXACT && typeof alt === "string" && alt.replace(/\s+/g, "").length < 12)
        problems.push(`phrase ${e.id}: specificity ${e.specificity} is for exact sentences, not "${alt}"`);
  for (const e of c.enhancedCodes)
    if (e.vendor && e.code.startsWith("X"))
      problems.push(`enhanced ${e.code}: a vendor code names its class`);

  for (const d of described(c)) {
    if (!hangul.test(d.meaning.ko)) problems.push(`${d.where}: the Korean explanation has no Korean`);
    if (hangul.test(d.meaning.en)) problems.push(`${d.where}: the English explanation contains Korean`);
    for (const id of d.supersedes ?? [])
      if (d.causes?.[id as keyof CauseVotes])
        problems.push(`${d.where}: supersedes ${id}, which it votes for itself`);
  }
  // Every cause must be reachable from some message, or the parser can never name it.
  const voted = new Set(described(c).flatMap((d) => Object.keys(d.causes ?? {})));
  for (const id of causeIds) if (!voted.has(id)) problems.push(`no catalog entry points to cause ${id}`);
  return problems;
}
