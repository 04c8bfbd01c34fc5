// Assembles the SPEC §2 `fields` from what was found. Precedence per field: the labelled dialog block, then
// Outlook's task line, then anchors in running text, then the codes themselves.
import type { ParsedFields } from "@/lib/api/schema";
import type { CatalogProtocol } from "@/lib/content/error-catalog-schema";
import { catalogIndex } from "./catalog-index";
import { readYesNo, type FieldBlock } from "./field-block";
import type { Located, TaskLine } from "./free-text";
import type { NormalizedText } from "./normalize";
import type { Finding } from "./types";

export type FreeText = {
  task: TaskLine | null;
  response: Located | null;
  address: Located | null;
  host: (Located & { protocol?: CatalogProtocol }) | null;
  port: Located | null;
};

const protocolWords: Record<string, CatalogProtocol> = {
  smtp: "SMTP",
  pop: "POP3",
  pop3: "POP3",
  imap: "IMAP",
  imap4: "IMAP",
  http: "HTTP",
  httpmail: "HTTP",
};

function readProtocol(value: string | undefined): CatalogProtocol | null {
  const word = /^[a-z0-9]+/i.exec(value?.trim() ?? "")?.[0].toLowerCase() ?? "";
  return protocolWords[word] ?? null;
}

const firstNumber = (value: string | undefined, digits: RegExp) => {
  const m = digits.exec(value ?? "");
  return m ? Number(m[0]) : null;
};

/** The first 4xx/5xx reply code and enhanced code inside the server's reply, if it has them. */
function codesIn(response: string | null): { smtp: number | null; enhanced: string | null } {
  if (!response) return { smtp: null, enhanced: null };
  const basic = /(?<![\w.])([45]\d\d)(?=[ -]|$)/.exec(response)?.[1];
  const enhanced = /(?<![\w.])[45]\.\d{1,3}\.\d{1,3}(?!\w|\.\d)/.exec(response)?.[0] ?? null;
  return { smtp: basic && catalogIndex().smtp.has(Number(basic)) ? Number(basic) : null, enhanced };
}

const hangulSyllable = /[\uac00-\ud7a3]/g;

function language(input: string): "ko" | "en" | null {
  // Hex codes (0x800CCC0E) have letters but no language.
  const text = /0x/i.test(input) ? input.replace(/0x[0-9a-f]{8}/gi, " ") : input;
  let hangul = 0;
  let latin = 0;
  let i = 0;
  for (; i < text.length && latin < 13; i++) {
    const code = text.charCodeAt(i) | 0x20; // folds A–Z onto a–z; Hangul syllables keep their range
    if (code >= 0xac00 && code <= 0xd7a3) hangul++;
    else if (code >= 0x61 && code <= 0x7a) latin++;
  }
  // Thirteen Latin letters outnumber three Hangul syllables more than four to one: all the rest of the text
  // can still decide is whether it holds four syllables in all (a native search instead of the loop).
  hangulSyllable.lastIndex = i;
  while (i < text.length && hangul < 4 && hangulSyllable.exec(text)) hangul++;
  // A Korean program or bounce quoting an English server reply is still read in Korean.
  if (hangul >= 4 || (hangul > 0 && hangul * 4 >= latin)) return "ko";
  return latin >= 3 ? "en" : null;
}

export function buildFields(
  input: NormalizedText,
  block: FieldBlock,
  free: FreeText,
  findings: readonly Finding[],
): ParsedFields {
  const v = block.values;
  const first = (kind: Finding["kind"]) => findings.find((f) => f.kind === kind && f.tier !== "context");
  const labelledNumber = v.errorNumber && /^0x[0-9a-f]{8}/i.exec(v.errorNumber.value)?.[0];
  const winsockHresult = findings.find((f) => f.kind === "errorNumber" && f.tier === "socket");
  const serverResponse = v.serverResponse?.value || free.response?.value || null;
  const inResponse = codesIn(serverResponse);
  const clientFinding = findings.find((f) => f.client);
  const port = firstNumber(v.port?.value, /^\d{1,5}/) ?? (free.port ? Number(free.port.value) : null);

  return {
    client:
      block.labelCount >= 3 ? "outlook-legacy" : free.task ? "outlook" : (clientFinding?.client ?? null),
    language: language(input.text),
    account: v.account?.value || free.task?.account || null,
    server: v.server?.value || free.host?.value || null,
    protocol:
      readProtocol(v.protocol?.value) ??
      (free.task?.sending ? "SMTP" : null) ??
      free.host?.protocol ??
      findings.find((f) => f.protocol && f.tier !== "context")?.protocol ??
      protocolNamed(input) ??
      protocolOfPort(port),
    port,
    secure: v.secure ? readYesNo(v.secure.value) : null,
    socketError:
      firstNumber(v.socketError?.value, /^\d{4,5}/) ??
      (first("socketError") ? Number(first("socketError")?.raw) : null) ??
      (winsockHresult ? Number.parseInt(winsockHresult.raw.slice(6), 16) : null),
    errorNumber: labelledNumber
      ? `0x${labelledNumber.slice(2).toUpperCase()}`
      : (free.task?.errorNumber ?? first("errorNumber")?.raw ?? null),
    serverError: firstNumber(v.serverError?.value, /^\d{3}(?!\d)/),
    serverResponse,
    smtpCode: inResponse.smtp ?? firstReply(findings),
    enhancedStatus: inResponse.enhanced ?? findings.find((f) => f.kind === "enhancedStatus")?.raw ?? null,
    rejectedAddress: free.address?.value ?? null,
  };
}

/** The protocol a program names in passing ("SMTP session failed", "IMAP error", "SimplePOP3Retriever"). */
function protocolNamed({ lower }: NormalizedText): CatalogProtocol | null {
  const m = /(?<![a-z])(e?smtps?|imap[4s]?|pop3?s?)(?![a-z])|simple(imap|pop3)/.exec(lower);
  const word = m?.[1] ?? m?.[2] ?? "";
  if (word.includes("smtp")) return "SMTP";
  if (word.startsWith("imap")) return "IMAP";
  return word.startsWith("pop") ? "POP3" : null;
}

/** The submission ports are SMTP's alone; a mailbox port may be the wrong one, so it names no protocol. */
const protocolOfPort = (port: number | null): CatalogProtocol | null =>
  port === 25 || port === 465 || port === 587 ? "SMTP" : null;

function firstReply(findings: readonly Finding[]): number | null {
  const reply = findings.find((f) => f.kind === "smtpCode" && Number(f.raw) >= 400);
  return reply ? Number(reply.raw) : null;
}
