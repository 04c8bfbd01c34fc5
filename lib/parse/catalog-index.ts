// Lookup maps over content/errors, built once on first use (a few hundred rows: well under a millisecond).
import { errorCatalog } from "@/content/errors";
import { buildAutomaton, type KeywordAutomaton } from "./keyword-automaton";
import type {
  EnhancedEntry,
  FieldLabelEntry,
  HresultEntry,
  MailboxResponseEntry,
  PhraseEntry,
  SmtpReplyEntry,
  SocketErrorEntry,
} from "@/lib/content/error-catalog-schema";

export type CompiledPhrase = {
  entry: PhraseEntry;
  /** Each alternative as keyword ids of the automaton and as written (for finding it in the text). */
  alternatives: { ids: number[]; key: string; written: string[] }[];
};

export type CatalogIndex = {
  hresults: Map<string, HresultEntry>;
  sockets: Map<number, SocketErrorEntry>;
  socketsByName: Map<string, SocketErrorEntry>;
  smtp: Map<number, SmtpReplyEntry>;
  /** IANA meanings keyed "X.s.d"; vendor meanings keyed by the full code with class ("5.7.57"). */
  enhanced: Map<string, EnhancedEntry>;
  enhancedVendor: Map<string, EnhancedEntry>;
  mailbox: Map<string, MailboxResponseEntry>;
  phrases: CompiledPhrase[];
  /** Every phrase keyword, compact (lower case, no spaces), in one automaton. */
  keywords: KeywordAutomaton;
  /** For each keyword id, the phrases that use it: only those are checked when it is found. */
  phrasesOf: number[][];
  /** Compact length of each keyword id. */
  keywordLength: number[];
  ports: Map<number, (typeof errorCatalog.ports)[number]>;
  labels: Map<string, FieldLabelEntry["field"]>;
  longestLabel: number;
};

const compactOf = (keyword: string) => keyword.replace(/\s+/g, "");

function expandEnhanced(code: string): string[] {
  const range = /^(.+\.)(\d{1,3})-(\d{1,3})$/.exec(code);
  if (!range) return [code];
  const [, head = "", from = "0", to = "0"] = range;
  const codes: string[] = [];
  for (let detail = Number(from); detail <= Number(to); detail++) codes.push(`${head}${detail}`);
  return codes;
}

function build(): CatalogIndex {
  const hresults = new Map<string, HresultEntry>();
  for (const entry of errorCatalog.hresults) for (const code of entry.codes) hresults.set(code, entry);
  const enhanced = new Map<string, EnhancedEntry>();
  const enhancedVendor = new Map<string, EnhancedEntry>();
  for (const entry of errorCatalog.enhancedCodes)
    for (const code of expandEnhanced(entry.code))
      (entry.vendor ? enhancedVendor : enhanced).set(code, entry);
  const keywordIds = new Map<string, number>();
  const idOf = (keyword: string) => {
    const compact = compactOf(keyword);
    if (!keywordIds.has(compact)) keywordIds.set(compact, keywordIds.size);
    return keywordIds.get(compact) ?? 0;
  };
  const phrases = errorCatalog.phrases.map((entry) => ({
    entry,
    alternatives: entry.match.map((alt) => {
      const written = typeof alt === "string" ? [alt] : alt;
      return { written, ids: written.map(idOf), key: written.map(compactOf).join("") };
    }),
  }));
  const phrasesOf: number[][] = [...keywordIds.keys()].map(() => []);
  phrases.forEach((phrase, p) => {
    for (const alt of phrase.alternatives)
      for (const id of alt.ids) if (!phrasesOf[id]?.includes(p)) phrasesOf[id]?.push(p);
  });
  const labels = new Map<string, FieldLabelEntry["field"]>();
  for (const entry of errorCatalog.fieldLabels)
    for (const label of entry.labels) labels.set(label, entry.field);
  return {
    hresults,
    sockets: new Map(errorCatalog.socketErrors.map((e) => [e.code, e])),
    socketsByName: new Map(errorCatalog.socketErrors.map((e) => [e.name.toLowerCase(), e])),
    smtp: new Map(errorCatalog.smtpReplies.map((e) => [e.code, e])),
    enhanced,
    enhancedVendor,
    mailbox: new Map(errorCatalog.mailboxResponses.map((e) => [`${e.protocol}:${e.code}`, e])),
    phrases,
    keywords: buildAutomaton([...keywordIds.keys()]),
    phrasesOf,
    keywordLength: [...keywordIds.keys()].map((k) => k.length),
    ports: new Map(errorCatalog.ports.map((e) => [e.port, e])),
    labels,
    longestLabel: Math.max(...[...labels.keys()].map((l) => l.length)),
  };
}

let index: CatalogIndex | undefined;

export function catalogIndex(): CatalogIndex {
  index ??= build();
  return index;
}
