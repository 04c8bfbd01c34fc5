// The decoder: pasted text → fields, the recognised parts with their meanings, and ranked causes.
// Pure and synchronous (no I/O), so the same code runs in the route and in the browser panel.
import { errorCatalog } from "@/content/errors";
import type { ParsedFields } from "@/lib/api/schema";
import { hasDsnVerdict, readDsnFields } from "./bounce/dsn";
import { describeBounce } from "./bounce/report";
import { readAsBounce } from "./bounce/voice";
import { refusedAtMailFrom, remoteSpans } from "./bounce/zones";
import { applyContextRules } from "./context-rules";
import { readFieldBlock } from "./field-block";
import { buildFields, type FreeText } from "./fields";
import {
  findHost,
  findPort,
  findRejectedAddress,
  findReplyLine,
  findResponse,
  findTaskLine,
  isMicrosoftReply,
} from "./free-text";
import { readHeaders } from "./headers";
import { matchPhrases } from "./match-phrases";
import { cutAt, normalize } from "./normalize";
import { rankCauses } from "./rank";
import { readMarkersAndKeywords } from "./read-text";
import {
  scanEnhancedCodes,
  scanHresults,
  scanMailboxResponses,
  scanSmtpReplies,
  scanSockets,
} from "./scan-codes";
import type { Decoded, DecodedPart, Finding } from "./types";

const MAX_PARTS = 40;

export const emptyFields: ParsedFields = {
  client: null,
  language: null,
  account: null,
  server: null,
  protocol: null,
  port: null,
  secure: null,
  socketError: null,
  errorNumber: null,
  serverError: null,
  serverResponse: null,
  smtpCode: null,
  enhancedStatus: null,
  rejectedAddress: null,
};

type Part = DecodedPart & { index: number };
type FieldKind = "account" | "server" | "protocol" | "port" | "secure" | "rejectedAddress";
type Where = { index: number; raw?: string };

const { fieldMeanings, protocols } = errorCatalog;
const portMeaning = (port: number) =>
  errorCatalog.ports.find((p) => p.port === port)?.meaning ?? fieldMeanings.portOther;

/** How each plain field is shown as a part: its value and what it means. */
const describe: Record<FieldKind, (f: ParsedFields) => Omit<DecodedPart, "kind"> | null> = {
  account: (f) => (f.account ? { raw: f.account, meaning: fieldMeanings.account } : null),
  server: (f) => (f.server ? { raw: f.server, meaning: fieldMeanings.server } : null),
  protocol: (f) => (f.protocol ? { raw: f.protocol, meaning: protocols[f.protocol] } : null),
  port: (f) => (f.port !== null ? { raw: String(f.port), meaning: portMeaning(f.port) } : null),
  secure: (f) =>
    f.secure !== null
      ? { raw: String(f.secure), meaning: f.secure ? fieldMeanings.secureYes : fieldMeanings.secureNo }
      : null,
  rejectedAddress: (f) =>
    f.rejectedAddress ? { raw: f.rejectedAddress, meaning: fieldMeanings.rejectedAddress } : null,
};

/** The plain fields as parts, where the text itself shows them (not when they were only inferred). */
function fieldParts(fields: ParsedFields, where: Partial<Record<FieldKind, Where>>): Part[] {
  return (Object.keys(describe) as FieldKind[]).flatMap((kind) => {
    const shown = describe[kind](fields);
    const at = where[kind];
    return shown && at ? [{ kind, raw: at.raw ?? shown.raw, meaning: shown.meaning, index: at.index }] : [];
  });
}

const at = (located: { index: number } | null | undefined, raw?: string): Where | undefined =>
  located ? { index: located.index, raw } : undefined;

export type DecodeOptions = {
  /** The message's own header block when it was read apart from the text (a raw .eml, lib/parse/message.ts). */
  headers?: string;
  /** The caller knows the text is a delivery report (a multipart/report with message/delivery-status). */
  bounce?: boolean;
};

/** Where a leading header block ("Received: …", "From: …") ends: the first blank line, or the text's end. */
function headerBlockEnd(text: string): number {
  if (!/^[A-Za-z][A-Za-z0-9-]{0,60}: /.test(text) && !text.startsWith("From ")) return 0;
  const blank = text.indexOf("\n\n");
  return blank === -1 ? text.length : blank;
}

export function decodeErrorText(input: string, options: DecodeOptions = {}): Decoded {
  const whole = normalize(input);
  if (whole.text === "") return { fields: emptyFields, parts: [], causes: [], recognised: false };
  // The returned original is not the bounce's verdict: everything from its first line on is left out.
  const { zones, keywordEnds, anchorsWithin } = readMarkersAndKeywords(whole.lower);
  const text = cutAt(whole, zones.returnedStart);
  const firstAt = anchorsWithin(text.lower);
  const phrases = matchPhrases(text, keywordEnds);
  const dsn = readDsnFields(text);
  const isBounce =
    options.bounce === true ||
    hasDsnVerdict(dsn) ||
    phrases.inBounce.some((f) => f.marks === "bounce") ||
    zones.sender;
  const headers = readHeaders(options.headers === undefined ? text : normalize(options.headers));

  const block = readFieldBlock(text);
  const free: FreeText = {
    task: findTaskLine(text),
    response: block.values.serverResponse ? null : (findResponse(text, firstAt) ?? findReplyLine(text)),
    address: findRejectedAddress(text, firstAt),
    host: block.values.server ? null : findHost(text),
    port: block.values.port ? null : findPort(text),
  };
  // Numbers inside a message's own header block ("from userid 503", "port 10024", host ids) are no replies.
  const headerEnd = headerBlockEnd(text.text);
  const outsideHeaders = (f: Finding) => f.index >= headerEnd;
  const scanned: Finding[] = [
    ...[
      ...scanHresults(text),
      ...scanSockets(text),
      ...scanSmtpReplies(text),
      ...scanEnhancedCodes(text, isMicrosoftReply(firstAt)),
      ...scanMailboxResponses(text),
    ].filter(outsideHeaders),
    // Bounce-only wordings ("could not connect to …") are a client's own dialog outside a delivery report.
    ...(isBounce ? phrases.inBounce : phrases.outside),
    // A bounce's own headers describe its trip back to the customer, not why the delivery failed.
    ...(isBounce ? [] : (headers?.findings ?? [])),
  ].sort((a, b) => a.index - b.index);
  const spans = isBounce ? remoteSpans(zones, text.text.length) : [];
  const findings = isBounce ? readAsBounce(scanned, spans, refusedAtMailFrom(zones)) : scanned;

  const fields = buildFields(text, block, free, findings);
  const v = block.values;
  const located = fieldParts(fields, {
    account: at(v.account) ?? at(free.task),
    server: at(v.server) ?? at(free.host),
    protocol: at(v.protocol),
    port: at(v.port) ?? at(free.port),
    secure: at(v.secure, v.secure?.value.split(/[\s,]/, 1)[0]),
    rejectedAddress: at(free.address),
  });
  const parts = located.filter((p) => p.index >= headerEnd || p.kind === "rejectedAddress");
  // A context rule explains a field ("server 127.0.0.1 = this computer"): the first one takes over its meaning.
  const explained = new Set<Part>();
  // Context rules read the customer's own program settings; a bounce is about someone else's server.
  const rules = (isBounce ? [] : applyContextRules(fields, findings)).map((rule) => {
    const part = parts.find((p) => p.kind === rule.kind);
    if (!part) return rule;
    if (!explained.has(part)) part.meaning = rule.meaning;
    explained.add(part);
    return { ...rule, raw: part.raw, index: part.index };
  });

  const seen = new Set<string>();
  const allParts = [...parts, ...findings]
    .sort((a, b) => a.index - b.index)
    .filter((p) => !seen.has(p.kind + p.raw) && seen.add(p.kind + p.raw))
    .slice(0, MAX_PARTS)
    .map(({ kind, raw, meaning }) => ({ kind, raw, meaning }));

  const causes = rankCauses([...findings, ...rules]);
  const report = headers?.report;
  return {
    fields,
    parts: allParts,
    causes,
    recognised: findings.length > 0 || causes.length > 0,
    ...(isBounce ? { bounce: describeBounce(text, dsn, spans, causes[0]?.id) } : {}),
    ...(report && (report.hops.length > 1 || report.auth.length > 0 || report.spam.length > 0)
      ? { headers: report }
      : {}),
  };
}
