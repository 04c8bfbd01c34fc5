// Finds every code in the text: error numbers (HRESULTs), Winsock errors, SMTP basic and enhanced codes,
// POP3/IMAP bracket codes. Each pattern is anchored on a literal or a short bounded run, with no nested or
// overlapping quantifiers, so a 20 000-character run of digits, quotes or "0x" stays linear.
import { errorCatalog } from "@/content/errors";
import type { CatalogEntry, Failure } from "@/lib/content/error-catalog-schema";
import { catalogIndex } from "./catalog-index";
import type { NormalizedText } from "./normalize";
import { defaultSpecificity, strengthOf } from "./strength";
import type { Finding, Tier } from "./types";

type Kind = Finding["kind"];

function fromEntry(kind: Kind, raw: string, index: number, tier: Tier, entry: CatalogEntry): Finding {
  return {
    kind,
    raw,
    index,
    tier,
    meaning: entry.meaning,
    causes: entry.causes,
    strength: strengthOf(kind, entry.specificity),
    supersedes: entry.supersedes,
    bounce: entry.bounce,
    failure: entry.failure as Failure | undefined,
    protocol: entry.protocol,
    client: entry.client,
  };
}

/** The same code found twice (a label and a bare number) is one part. */
function once(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => !seen.has(f.kind + f.raw) && seen.add(f.kind + f.raw));
}

const fill = (text: string, code: number) => text.replace("{code}", String(code));

export function decodeHresult(code: string, index: number): Finding | null {
  const { hresults, sockets } = catalogIndex();
  const entry = hresults.get(code);
  if (entry) return fromEntry("errorNumber", code, index, "number", entry);
  const low = Number.parseInt(code.slice(6), 16);
  const family = errorCatalog.hresultFamilies.find((f) => code.startsWith(f.prefix));
  if (!family) return null;
  // HRESULT_FROM_WIN32: 0x8007 + the Win32 code; Winsock codes keep their socket meaning (0x8007274D = 10061).
  const socket = code.startsWith("0x8007") ? sockets.get(low) : undefined;
  const meaning = { ko: fill(family.meaning.ko, low), en: fill(family.meaning.en, low) };
  if (!socket)
    return {
      kind: "errorNumber",
      raw: code,
      index,
      tier: "number",
      meaning,
      causes: {},
      strength: defaultSpecificity.errorNumber,
    };
  return {
    ...fromEntry("errorNumber", code, index, "socket", socket),
    meaning: {
      ko: `${meaning.ko} (${socket.name}): ${socket.meaning.ko}`,
      en: `${meaning.en} (${socket.name}): ${socket.meaning.en}`,
    },
  };
}

export function scanHresults({ text, lower }: NormalizedText): Finding[] {
  const found: Finding[] = [];
  // Every error number starts "0x8" or is an Outlook "800CCC…" written without its prefix.
  if (!lower.includes("0x8") && !lower.includes("800ccc")) return found;
  const seen = new Set<string>();
  for (const m of text.matchAll(
    /(?<![0-9a-z])(?:0x(8[0-9a-f]{7})(?![0-9a-z])|(800ccc[0-9a-f]{2})(?![0-9a-z]))/gi,
  )) {
    const code = `0x${(m[1] ?? m[2] ?? "").toUpperCase()}`;
    if (seen.has(code)) continue;
    seen.add(code);
    const finding = decodeHresult(code, m.index);
    if (finding) found.push(finding);
  }
  return once(found);
}

const nearPort = (lower: string, index: number) =>
  /port|포트/.test(lower.slice(Math.max(0, index - 8), index));

export function scanSockets({ text, lower }: NormalizedText): Finding[] {
  const { sockets, socketsByName } = catalogIndex();
  const found: Finding[] = [];
  const seen = new Set<number>();
  const add = (code: number, index: number) => {
    const entry = sockets.get(code);
    if (!entry || seen.has(code)) return;
    seen.add(code);
    found.push(fromEntry("socketError", String(code), index, "socket", entry));
  };
  if (lower.includes("socket error") || lower.includes("소켓") || lower.includes("winsock error"))
    for (const m of lower.matchAll(
      /(?:socket error(?: code)?|소켓 ?오류|winsock error) ?[:=#]? ?(\d{5})(?!\d)/g,
    ))
      add(Number(m[1]), m.index);
  for (const m of text.matchAll(/(?<![\w.:])(1[01]\d{3})(?![\w.])/g))
    if (!seen.has(Number(m[1])) && !nearPort(lower, m.index)) add(Number(m[1]), m.index);
  if (lower.includes("wsa"))
    for (const m of lower.matchAll(/(?<![a-z])wsa[a-z_]{4,20}(?![a-z_])/g)) {
      const entry = socketsByName.get(m[0]);
      if (entry) add(entry.code, m.index);
    }
  return once(found);
}

export function scanSmtpReplies({ text, lower }: NormalizedText): Finding[] {
  const { smtp } = catalogIndex();
  const found: Finding[] = [];
  const seen = new Set<number>();
  for (const m of text.matchAll(/(?<![\w.:/-])([245]\d\d)(?=[ ),;-]|\.(?!\d)|$)/gm)) {
    const code = Number(m[1]);
    // Only the first occurrence of a code becomes a part (once() below), so later ones are skipped early.
    if (seen.has(code)) continue;
    const entry = smtp.get(code);
    const atLineStart = m.index === 0 || text[m.index - 1] === "\n";
    // A traceback's source line ('File "…/poplib.py", line 452, in …') is not a reply.
    if (lower.endsWith("line ", m.index)) continue;
    // Success codes are only replies at the start of a line (a transcript); elsewhere "250" is just a number.
    if (!entry || nearPort(lower, m.index) || (code < 400 && !atLineStart)) continue;
    seen.add(code);
    found.push({ ...fromEntry("smtpCode", String(code), m.index, "response", entry), protocol: "SMTP" });
  }
  return once(found);
}

export function scanEnhancedCodes({ text }: NormalizedText, microsoft: boolean): Finding[] {
  const { enhanced, enhancedVendor } = catalogIndex();
  const found: Finding[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(/(?<![\w.])([45])\.(\d{1,3})\.(\d{1,3})(?!\w|\.\d)/g)) {
    const [code, , subject, detail] = m;
    if (seen.has(code)) continue;
    seen.add(code);
    const generic = enhanced.get(`X.${subject}.${detail}`);
    const vendor = enhancedVendor.get(code);
    // A vendor meaning applies to Microsoft replies, or when IANA has no such code at all (5.7.57).
    const entry = vendor && (microsoft || !generic) ? vendor : generic;
    if (entry)
      found.push({ ...fromEntry("enhancedStatus", code, m.index, "response", entry), protocol: "SMTP" });
    else {
      const subjectEntry = enhanced.get(`X.${subject}.0`);
      if (subjectEntry)
        found.push({
          kind: "enhancedStatus",
          raw: code,
          index: m.index,
          tier: "response",
          meaning: subjectEntry.meaning,
          causes: {},
          strength: defaultSpecificity.enhancedStatus,
          protocol: "SMTP",
        });
    }
  }
  return once(found);
}

export function scanMailboxResponses({ text, lower }: NormalizedText): Finding[] {
  const { mailbox } = catalogIndex();
  const found: Finding[] = [];
  // A bracket code follows its verb and a space; a bare one is "-ERR" or "* BYE".
  const bracketed = text.includes(" [");
  if (!bracketed && !lower.includes("-err") && !lower.includes("* bye")) return found;
  if (bracketed)
    for (const m of text.matchAll(/(-ERR|(?<![\w-])(?:NO|BAD|BYE|OK)) \[([A-Z][A-Za-z/-]{0,29})\]/gi)) {
      const [, verb = "", code = ""] = m;
      const first = verb.toUpperCase() === "-ERR" ? "POP3" : "IMAP";
      const key = code.toUpperCase();
      const entry =
        mailbox.get(`${first}:${key}`) ?? mailbox.get(`${first === "POP3" ? "IMAP" : "POP3"}:${key}`);
      if (entry)
        found.push(
          fromEntry(
            entry.protocol === "POP3" ? "pop3Response" : "imapResponse",
            `${verb.toUpperCase()} [${key}]`,
            m.index,
            "response",
            entry,
          ),
        );
    }
  // A bare "-ERR" or "* BYE" still says which protocol answered and that it refused.
  for (const m of text.matchAll(/(?<![\w-])-ERR(?! ?\[)(?!\w)|(?<!\w)\* BYE(?! ?\[)(?!\w)/gi)) {
    const pop = m[0].toUpperCase() === "-ERR";
    const entry = mailbox.get(pop ? "POP3:ERR" : "IMAP:BYE");
    if (entry)
      found.push(
        fromEntry(pop ? "pop3Response" : "imapResponse", pop ? "-ERR" : "* BYE", m.index, "response", entry),
      );
  }
  return once(found);
}
