// Host names (and the port beside them) in running text, written the ways mail programs and libraries write
// them: `host:port`, `host, port 587`, `to host port 587`, `host (1.2.3.4:993)`, `host:995 [1.2.3.4/995]`,
// `imaps://user@host:993/`, `user@host:995`, quoted `'host'` / `"host"`. One linear scan collects every name;
// each is scored by what stands around it, and the best one is the server the message is about. A number
// inside a name (`mail.port25.example.com`) is part of the name, never a port.
import { errorCatalog } from "@/content/errors";
import type { CatalogProtocol } from "@/lib/content/error-catalog-schema";
import type { NormalizedText } from "./normalize";

export type ServerMention = {
  value: string;
  index: number;
  /** The port written right beside this name, if any. */
  port?: number;
  protocol?: CatalogProtocol;
  score: number;
};

const { anchors } = errorCatalog;

const isDigit = (c: number) => c >= 48 && c <= 57;
/** What cannot start or end a name: sentence dots, dashes of a rule, underscores. */
const isEdgeChar = (c: number) => c === 46 || c === 45 || c === 95;
const isLetter = (c: number) => c >= 97 && c <= 122;
/** Is lower[from, to) a top-level label: 2–24 letters, or an IDN "xn--…"? */
function isTopLabel(lower: string, from: number, to: number): boolean {
  const length = to - from;
  let letters = true;
  for (let k = from; k < to && letters; k++) letters = isLetter(lower.charCodeAt(k));
  if (letters) return length >= 2 && length <= 24;
  if (length < 5 || length > 63 || !lower.startsWith("xn--", from)) return false;
  for (let k = from + 4; k < to; k++) {
    const c = lower.charCodeAt(k);
    if (!isLetter(c) && !isDigit(c) && c !== 45) return false;
  }
  return true;
}
/**
 * Is every dot-separated label of lower[from, to) a DNS label as written in mail: 1–63 characters of letters,
 * digits, "-" and "_", not starting with "-", not ending with "-" or "_"? (The run holds name characters only.)
 */
function labelsOk(lower: string, from: number, to: number): boolean {
  let labelStart = from;
  for (let k = from; k <= to; k++) {
    if (k < to && lower.charCodeAt(k) !== 46) continue;
    const length = k - labelStart;
    if (length === 0 || length > 63 || lower.charCodeAt(labelStart) === 45) return false;
    const lastChar = lower.charCodeAt(k - 1);
    if (length > 1 && (lastChar === 45 || lastChar === 95)) return false;
    labelStart = k + 1;
  }
  return true;
}
function dotsIn(lower: string, from: number, to: number): number {
  let dots = 0;
  for (let k = from; k < to; k++) if (lower.charCodeAt(k) === 46) dots++;
  return dots;
}
/** Letters, digits, "-", "." and "_": the characters a run of a name is made of (a table over ASCII). */
const nameChars = new Uint8Array(128);
for (const ch of "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._")
  nameChars[ch.charCodeAt(0)] = 1;
const isNameChar = (c: number) => c < 128 && nameChars[c] === 1;
const ipv4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
/** Last labels that name files in tracebacks and paths (`_ssl.c`, `imapserver.py`, `dead.letter`), not hosts. */
const fileEndings = new Set([
  "c", "h", "py", "pyc", "js", "mjs", "ts", "java", "rb", "pl", "pm", "sh", "so", "dll", "exe", "php",
  "html", "htm", "txt", "log", "pem", "crt", "key", "conf", "cfg", "ini", "json", "xml", "md", "letter",
  "properties", "ftl", "png", "jpg", "eml", "msg", "pst", "ost",
]); // prettier-ignore

/** URL schemes of mail and what they say about the protocol and the port when none is written. */
const schemes: Record<string, { protocol: CatalogProtocol; port?: number }> = {
  smtp: { protocol: "SMTP", port: 25 },
  smtps: { protocol: "SMTP", port: 465 },
  submission: { protocol: "SMTP", port: 587 },
  pop: { protocol: "POP3", port: 110 },
  pop3: { protocol: "POP3", port: 110 },
  pops: { protocol: "POP3", port: 995 },
  pop3s: { protocol: "POP3", port: 995 },
  imap: { protocol: "IMAP", port: 143 },
  imaps: { protocol: "IMAP", port: 993 },
};
/** Service names written where a port number would be (`host:pop3`, getservbyname names). */
const services: Record<string, number> = {
  smtp: 25, submission: 587, smtps: 465, pop3: 110, pop3s: 995, imap: 143, imap2: 143, imaps: 993,
}; // prettier-ignore

const mailish =
  /^(mail|smtp|smtps|imap|imaps|pop|pop3|pop3s|mx\d*|outgoing|incoming|webmail|exchange|relay)$/;
/** Words just before a name that show it is the server being connected to. */
const leadIn =
  /(server|host|hostname|connect(?:ed|ing|ion)? to|connect|connecting|trying|lookup of|locate host|certificate for|related to|(?:dns )?name of|fetching from|failure on|error on|서버|호스트)\W{0,4}$/i;
/** Lines whose names are the certificate's, not the server the program was told to use. */
/** Words right before a name that is the certificate's own (CN, subject, the name it "doesn't match"). */
const certificateName =
  /(cn=|subject:?\s?=?|issuer:?\s?=?|belongs to:?|issued by:?|doesn't match|commonname mismatch:|trust anchor certificate:|발행인은:?)\W{0,4}$/;
/** Korean puts the name first: "mail.x.com 서버에 연결할 수 없습니다", "mail.x.com로 연결 중", "… 인증서가". */
const koreanFollowUp =
  /^(?:\s?\([^)]{0,40}\))?(?:로|으로|에|의|를|을|와|과)?\s?(?:서버|호스트|인증서|관련|메일 서버|연결|imap 서버|pop3 서버|smtp 서버)/;

function portNumber(digits: string): number | undefined {
  const port = Number(digits);
  return port >= 1 && port <= 65535 ? port : undefined;
}

/**
 * Can a port pattern of portAfter start at `end`? Each begins with ":", ",", "(", "[", "]", or a space
 * before "port", "on port", "(" or "[": most names are followed by none of these, and skip the regexes.
 */
function mayStartPort(lower: string, end: number): boolean {
  const c = lower.charCodeAt(end);
  if (c === 0x20) {
    const next = lower.charCodeAt(end + 1);
    return next === 0x6f || next === 0x70 || next === 0x28 || next === 0x5b; // o p ( [
  }
  return c === 0x3a || c === 0x2c || c === 0x28 || c === 0x5b || c === 0x5d; // : , ( [ ]
}

/** The port written right after a name: `:993`, `, port 587`, ` port 25`, ` (1.2.3.4:993)`, `[ip/995]`. */
function portAfter(lower: string, end: number): number | undefined {
  if (!mayStartPort(lower, end)) return undefined;
  const after = lower.slice(end, end + 48);
  const m =
    /^:(\d{1,5})(?!\d|\.\d|[a-z])/.exec(after) ??
    /^,? (?:on )?port (\d{1,5})(?!\d)/.exec(after) ??
    /^ ?[([]\s?(?:[\d.]{7,15}|[0-9a-f:]{3,39})[:/](\d{1,5})[)\]]/.exec(after) ??
    /^ ?\((?:[\d.]{7,15}|[0-9a-f:]{3,39})\),? port (\d{1,5})(?!\d)/.exec(after) ??
    /^\]:(\d{1,5})(?!\d)/.exec(after);
  if (m?.[1]) return portNumber(m[1]);
  const service = /^:([a-z0-9]{3,10})\b/.exec(after)?.[1];
  return service ? services[service] : undefined;
}

/**
 * Is "://" close enough before `start` to make the name part of a URL? (Cheap test before the regexes.)
 * The marks are found once per text and the names come left to right, so one cursor walks them: searching
 * backwards from every name would make a text of many names and no URL quadratic.
 */
function schemeMarks(lower: string): (start: number) => boolean {
  const marks: number[] = [];
  for (let at = lower.indexOf("://"); at !== -1; at = lower.indexOf("://", at + 1)) marks.push(at);
  let next = 0;
  return (start) => {
    while (next < marks.length && (marks[next] ?? 0) <= start) next++;
    const mark = next > 0 ? (marks[next - 1] ?? -1) : -1;
    return mark !== -1 && start - mark <= 140;
  };
}

function schemeBefore(lower: string, start: number): (typeof schemes)[string] | undefined {
  const m = /([a-z0-9]{3,10}):\/\/(?:[^\s/]{1,128}@)?$/.exec(lower.slice(Math.max(0, start - 150), start));
  return m?.[1] ? schemes[m[1]] : undefined;
}

const isHttpUrl = (lower: string, start: number) =>
  /https?:\/\/(?:[^\s/@]{1,128}@)?$/.test(lower.slice(Math.max(0, start - 140), start));

const wordsBefore = anchors.hostBefore.map((a) => a.text);
const wordsAfter = anchors.hostAfter.map((a) => a.text);

/** Where the written token that holds the name begins: `SMTP:user@zoho.com@smtp.zoho.com` is one token. */
const tokenEnd = new Uint8Array(128);
for (const ch of " \n\t'\"(<[") tokenEnd[ch.charCodeAt(0)] = 1;

/** Does the token holding the name at `start` begin with `prefix` (before the name)? */
function startsToken(lower: string, start: number, prefix: string): boolean {
  const from = tokenStart(lower, start);
  return start - from >= prefix.length && lower.startsWith(prefix, from);
}

function tokenStart(lower: string, start: number): number {
  let i = start;
  while (i > 0 && start - i < 320 && tokenEnd[lower.charCodeAt(i - 1)] !== 1) i--;
  return i;
}

/** Lines of message headers and bounce boilerplate name other people's servers, not the customer's. */
const otherServersLine =
  /^(?:received|from|to|return-path|message-id|dkim-signature|content-type|reporting-mta|remote-mta|arrival-date|x-[a-z-]+|authentication-results|arc-[a-z-]+):|^this is the mail system at host|^generating server:|^\s*by\s| said: |\(in reply to /;

/** Facts about a line that every name on it shares, worked out once per line. */
type LineFacts = { otherServers: boolean; underCertificate: boolean; text: string };

function lineFacts(lower: string, lineStart: number, cache: Map<number, LineFacts>): LineFacts {
  const known = cache.get(lineStart);
  if (known) return known;
  const lineEnd = lower.indexOf("\n", lineStart);
  const text = lower.slice(lineStart, lineEnd === -1 ? lower.length : lineEnd);
  const previous = lower.slice(lower.lastIndexOf("\n", lineStart - 2) + 1, Math.max(0, lineStart - 1));
  const facts = {
    otherServers: otherServersLine.test(text),
    underCertificate: /certificate|인증서/.test(previous),
    text,
  };
  cache.set(lineStart, facts);
  return facts;
}

// What score() trims around a name without cutting the text: quotes and brackets before it (and white
// space), and after it the closing ones and one white space. The normalised text's only white space is
// " " and "\n" (normalize.ts), which is what \s meets there.
const openers = new Uint8Array(128);
for (const ch of "'\"(<[") openers[ch.charCodeAt(0)] = 1;
const openersAndSpace = Uint8Array.from(openers, (v, c) => (c === 0x20 || c === 0x0a ? 1 : v));
const closers = new Uint8Array(128);
for (const ch of "'\")>]") closers[ch.charCodeAt(0)] = 1;
const isIn = (set: Uint8Array, c: number) => c < 128 && set[c] === 1;

/** Where lower[from, to) ends once the characters of `set` at its end are left off. */
function trimEndOf(lower: string, from: number, to: number, set: Uint8Array): number {
  let k = to;
  while (k > from && isIn(set, lower.charCodeAt(k - 1))) k--;
  return k;
}

/** Where lower[from, to) starts after closing quotes and brackets and then one white space. */
function trimStartOf(lower: string, from: number, to: number): number {
  let k = from;
  while (k < to && isIn(closers, lower.charCodeAt(k))) k++;
  const c = lower.charCodeAt(k);
  return k < to && (c === 0x20 || c === 0x0a) ? k + 1 : k;
}

/** Does lower[from, to) end with `word`? */
const endsWithin = (lower: string, from: number, to: number, word: string) =>
  to - from >= word.length && lower.startsWith(word, to - word.length);

/** The characters koreanFollowUp can start with: white space, "(", a particle, or a noun it names. */
const koreanStarts = new Set([..." \n(로으에의를을와과서호인관메연ips"].map((ch) => ch.charCodeAt(0)));
const mayFollowInKorean = (c: number) => koreanStarts.has(c);

/**
 * How likely the name at lower[start, end) is the server: `bonus` is what the caller already knows (a URL
 * scheme, an IP address). The two look-behind regexes (a lead-in word, a certificate's own name) run last,
 * and not at all when the name stays below `floor` even with a lead-in: the value is then below `floor`
 * but not exact (the header lines of a pasted message hold most names, and none of them is the server).
 */
function score(
  input: NormalizedText,
  name: string,
  start: number,
  end: number,
  port: number | undefined,
  lines: Map<number, LineFacts>,
  bonus: number,
  floor: number,
): number {
  const { lower } = input;
  const lineStart = lower.lastIndexOf("\n", start - 1) + 1;
  const line = lineFacts(lower, lineStart, lines);
  const token = Math.max(lineStart, tokenStart(lower, start));
  const beforeStart = Math.max(lineStart, token - 40);
  const charBefore = lower[start - 1] ?? "";
  const quote = lower.charCodeAt(token - 1);
  const quoted = quote === 0x27 || quote === 0x22;
  let s = 1 + bonus;
  if (port !== undefined) s += 3;
  const trimmedEnd = trimEndOf(lower, beforeStart, token, openersAndSpace);
  if (wordsBefore.some((a) => endsWithin(lower, beforeStart, trimmedEnd, a))) s += 2;
  const afterEnd = Math.min(lower.length, end + 40);
  const afterStart = trimStartOf(lower, end, afterEnd);
  if (wordsAfter.some((a) => afterStart + a.length <= afterEnd && lower.startsWith(a, afterStart))) s += 2;
  if (quoted) s += 1;
  const dot = name.indexOf(".");
  if (mailish.test(dot === -1 ? name : name.slice(0, dot))) s += 1;
  // After "@": the domain of an e-mail address, unless the user name itself is an address (user@dom@host).
  const userIsAddress =
    charBefore === "@" && start - 2 >= token && lower.lastIndexOf("@", start - 2) >= token;
  if (charBefore === "@" && port === undefined && !userIsAddress) s -= 4;
  if (userIsAddress) s += 1; // "kim@example.com@mail.example.com": an account on that server
  if (mayFollowInKorean(lower.charCodeAt(end)) && koreanFollowUp.test(lower.slice(end, end + 48))) s += 2;
  // "fetchmail: mail.example.com: SSL connection failed": the name is what the sentence is about.
  if (lower.startsWith(": ", end) && /^[a-z0-9-]{2,20}:\s?$/.test(lower.slice(lineStart, token))) s += 2;
  // A name alone on an indented line under "This certificate belongs to:" (NeoMutt's certificate screen).
  if (line.underCertificate && line.text.trim() === name) s -= 4;
  if (line.otherServers) s -= 4;
  if (s + 2 < floor) return s;
  const before = lower.slice(beforeStart, token);
  const unbracketed = trimEndOf(lower, beforeStart, token, openers);
  if (leadIn.test(unbracketed === token ? before : lower.slice(beforeStart, unbracketed))) s += 2;
  if (certificateName.test(before)) s -= 4;
  return s;
}

/** A real message names a handful of hosts; a text with more is not one, and the scan stops there. */
const MAX_MENTIONS = 200;

/** A run of name characters is read in pieces of at most this many. */
const MAX_RUN = 260;

/**
 * Only a run with a dot, or "localhost", can be a name: from `i` (a run's start, a piece's boundary or a
 * character between runs), the start of the piece that holds the next "." or "localhost", found with
 * indexOf instead of walking every word. -1 when there is none. Called with increasing `i`.
 */
function candidateChunks(lower: string): (i: number) => number {
  let dot = -1;
  let localhost = -1;
  return (i) => {
    if (dot !== -2 && dot < i) dot = lower.indexOf(".", i);
    if (dot === -1) dot = -2;
    if (localhost !== -2 && localhost < i) localhost = lower.indexOf("localhost", i);
    if (localhost === -1) localhost = -2;
    const at = dot < 0 ? localhost : localhost < 0 ? dot : Math.min(dot, localhost);
    if (at < 0) return -1;
    let runStart = at;
    while (runStart > i && isNameChar(lower.charCodeAt(runStart - 1))) runStart--;
    return runStart + MAX_RUN * Math.floor((at - runStart) / MAX_RUN);
  };
}

/**
 * Every host name or IPv4 address in the text, with its port and how likely it is the server. A score below
 * `floor` may be left inexact (still below it): findServerMention needs only the names that can win.
 */
export function findServerMentions(input: NormalizedText, floor = Number.NEGATIVE_INFINITY): ServerMention[] {
  const { text, lower } = input;
  const found: ServerMention[] = [];
  const lines = new Map<number, LineFacts>();
  const nearSchemeMark = schemeMarks(lower);
  const nextCandidate = candidateChunks(lower);
  for (let i = 0; i < text.length && found.length < MAX_MENTIONS;) {
    i = nextCandidate(i);
    if (i === -1) break;
    if (!isNameChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i;
    let dots = 0;
    for (; end < text.length && end - i < MAX_RUN && isNameChar(text.charCodeAt(end)); end++)
      if (text.charCodeAt(end) === 46) dots++;
    const next = end;
    // Most runs are plain words: only a run with a dot (or "localhost") can be a host name.
    if (dots === 0 && !(end - i === 9 && lower.startsWith("localhost", i))) {
      i = next;
      continue;
    }
    let start = i;
    // Trim what cannot start or end a name (sentence dots, dashes of a rule, underscores).
    while (start < end && isEdgeChar(text.charCodeAt(start))) start++;
    while (end > start && isEdgeChar(text.charCodeAt(end - 1))) end--;
    i = next;
    // Most runs with a dot are no names (versions "5.1.1", files "x.py"): the last label and the dots decide
    // before anything is cut out of the text.
    const lastDot = lower.lastIndexOf(".", end - 1);
    const isLocalhost = end - start === 9 && lower.startsWith("localhost", start);
    if (lastDot < start && !isLocalhost) continue;
    const isIp = isDigit(lower.charCodeAt(lastDot + 1)) && dotsIn(lower, start, end) === 3;
    if (!isIp && !isLocalhost && !isTopLabel(lower, lastDot + 1, end)) continue;
    const name = lower.slice(start, end);
    if (isIp && !ipv4.test(name)) continue;
    const charBefore = lower[start - 1] ?? "";
    if (charBefore === "/" || charBefore === "\\") {
      if (!(start >= 3 && lower.startsWith("://", start - 3))) continue; // a path, not a host
    }
    const last = name.slice(lastDot + 1 - start);
    if (!isIp && !isLocalhost) {
      if (fileEndings.has(last) || name.length > 253 || !labelsOk(lower, start, end)) continue;
    }
    const nearUrl = nearSchemeMark(start);
    if (nearUrl && isHttpUrl(lower, start)) continue; // a help link (https://curl.se/docs/…), not the mail server
    if (lower[end] === "@" || (lower[end] === "%" && lower.startsWith("%40", end))) continue; // part of a user name
    if (lower[end] === "(") continue; // code in a traceback ("smtplib.SMTP(host, port)"), not a host
    const scheme =
      (nearUrl ? schemeBefore(lower, start) : undefined) ??
      (startsToken(lower, start, "smtp:") ? { protocol: "SMTP" as const, port: undefined } : undefined);
    const port = portAfter(lower, end) ?? scheme?.port;
    // Built field by field (no spread of optional parts): a text names dozens of hosts.
    const mention: ServerMention = { value: text.slice(start, end), index: start, score: 0 };
    if (port !== undefined) mention.port = port;
    if (scheme) mention.protocol = scheme.protocol;
    mention.score = score(input, name, start, end, port, lines, (scheme ? 2 : 0) - (isIp ? 1 : 0), floor);
    found.push(mention);
  }
  return found;
}

/** Below this a name is just a word with a dot in it ("example.com" in a sentence, "denied.Please"). */
const MIN_SCORE = 3;

const chosen = new WeakMap<NormalizedText, ServerMention | null>();

/**
 * The server the message is about: the best-scored name, the earliest of equals (once per text). Every
 * mention of the same name counts for it, and a port written beside any of them is its port.
 */
export function findServerMention(input: NormalizedText): ServerMention | null {
  if (chosen.has(input)) return chosen.get(input) ?? null;
  const mentions = findServerMentions(input, MIN_SCORE);
  let best: ServerMention | null = null;
  for (const m of mentions) if (m.score >= MIN_SCORE && (!best || m.score > best.score)) best = m;
  if (best && best.port === undefined) {
    const name = best.value.toLowerCase();
    const withPort = mentions.find((m) => m.port !== undefined && m.value.toLowerCase() === name);
    if (withPort) best = { ...best, port: withPort.port, protocol: best.protocol ?? withPort.protocol };
  }
  chosen.set(input, best);
  return best;
}
