// Turns whatever was pasted into one predictable form before any pattern runs: length cap, no NUL or
// control characters, HTML tags and entities gone, NFKC (full-width digits and colons become ASCII), straight
// quotes, LF line ends, single spaces. HTML and NFKC run only when the text has tags or non-ASCII characters;
// everything else is one fused character pass that writes the text and its lower-case view.

/** Longer input is cut: SPEC §2 allows 20 000 characters; the panel may see more while someone types. */
export const MAX_PARSE_CHARS = 20_000;

export type NormalizedText = {
  /** The cleaned text; every index the parser reports points into it. */
  text: string;
  /**
   * `text` lowered, same length and positions. The phrase keywords are matched in it with spaces and line
   * breaks skipped (lib/parse/read-text.ts), which survives stray spaces ("서 버", "호스트를찾을").
   */
  lower: string;
};

// Tags that turn into a line break, and tags that just disappear. Only real HTML tag names count, so an
// address in angle brackets such as <user@example.com> (SMTP replies) survives.
const blockTags = new Set([
  "br",
  "p",
  "div",
  "tr",
  "li",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "table",
  "hr",
  "pre",
  "blockquote",
  "dt",
  "dd",
]);
const htmlTag =
  /<\/?(br|p|div|span|td|tr|th|table|tbody|thead|tfoot|html|head|body|font|b|i|u|s|strong|em|a|li|ul|ol|pre|code|blockquote|h[1-6]|hr|img|meta|label|section|article|small|sup|sub|center|tt|wbr|o:p|caption|col|colgroup|dl|dt|dd|nobr|title|link|!doctype)(?=[\s/>])[^<>]*>/gi;
const styleOrScript = /<(style|script)(?=[\s>])[^<>]*>[^<]*<\/\1>/gi;
const htmlComment = /<!--[^>]*-->/g;
const entity = /&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi;
const namedEntities: Record<string, string> = {
  nbsp: " ",
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
  ensp: " ",
  emsp: " ",
  middot: "·",
};

function decodeEntity(match: string, body: string): string {
  if (body[0] === "#") {
    const code =
      body[1] === "x" || body[1] === "X"
        ? Number.parseInt(body.slice(2), 16)
        : Number.parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : " ";
  }
  return namedEntities[body.toLowerCase()] ?? match;
}

function stripHtml(text: string): string {
  const lower = text.toLowerCase();
  let out = text;
  if (lower.includes("<style") || lower.includes("<script")) out = out.replace(styleOrScript, " ");
  if (out.includes("<!--")) out = out.replace(htmlComment, " ");
  if (out.includes("<"))
    out = out.replace(htmlTag, (_tag, name: string) => (blockTags.has(name.toLowerCase()) ? "\n" : " "));
  return out.includes("&") ? out.replace(entity, decodeEntity) : out;
}

const htmlHint =
  /<\/?(?:br|p|div|span|td|tr|table|html|body|font|b|i|u|a|li|pre|h[1-6]|img|meta|style|script|!--)[\s/>]|&(?:#\d|#x|[a-z]{2,8};)/i;

/**
 * Characters NFKC leaves as they are (so the native pass can be skipped): ASCII, Latin-1 letters, Hangul
 * syllables, CJK ideographs and kana. Everything else (full-width forms, compatibility jamo, ligatures,
 * combining marks, super/subscripts, ideographic space, no-break space) sends the text through NFKC.
 */
const nfkcExceptions = new Set([
  0x132, 0x133, 0x13f, 0x140, 0x149, 0x17f, 0x1c4, 0x1c5, 0x1c6, 0x1c7, 0x1c8, 0x1c9, 0x1ca, 0x1cb, 0x1cc,
  0x1f1, 0x1f2, 0x1f3,
]);
export const nfkcStable = (c: number) =>
  c < 0xa0 ||
  (c >= 0xc0 && c < 0x2b0 && !nfkcExceptions.has(c)) ||
  (c >= 0x388 && c < 0x3d0) ||
  (c >= 0x400 && c < 0x530) ||
  (c >= 0x3041 && c <= 0x3096) ||
  (c >= 0x30a1 && c <= 0x30fa) ||
  (c >= 0x4e00 && c <= 0x9fff) ||
  (c >= 0xac00 && c <= 0xd7a3);

// What one character becomes in the fused pass, for the ASCII and Latin-1 range by table and above it by
// a few ranges: KEEP, DROP (controls, zero-width), SPACE (any horizontal white space), or a replacement
// (curly quotes, primes and dashes become their ASCII forms; a backtick becomes an apostrophe).
const KEEP = 0;
const DROP = -1;
const SPACE = -2;
const low = new Int32Array(0x100);
for (let c = 0; c < 0x20; c++) low[c] = DROP;
low[0x7f] = DROP;
low[0x09] = SPACE;
low[0x20] = SPACE;
low[0xa0] = SPACE;
low[0x60] = 0x27;
low[0xb4] = 0x27;
const high = new Map<number, number>();
for (const ch of "\u200B\u200C\u200D\u2060\uFEFF") high.set(ch.charCodeAt(0), DROP);
for (const ch of "\u2018\u2019\u201A\u201B\u2032") high.set(ch.charCodeAt(0), 0x27);
for (const ch of "\u201C\u201D\u201E\u201F\u2033") high.set(ch.charCodeAt(0), 0x22);
for (const ch of "\u2010\u2011\u2012\u2013\u2014\u2015\u2212") high.set(ch.charCodeAt(0), 0x2d);
for (const ch of "\u1680\u2028\u2029\u202F\u205F\u3000") high.set(ch.charCodeAt(0), SPACE);
for (let c = 0x2000; c <= 0x200a; c++) high.set(c, SPACE);
// Hangul, kana and ideographs lie above every mapped character but two, so they skip the map.
const actionOf = (c: number) =>
  c < 0x100
    ? (low[c] ?? KEEP)
    : c < 0x1680 || c > 0xfeff
      ? KEEP
      : c <= 0x3000 || c === 0xfeff
        ? (high.get(c) ?? KEEP)
        : KEEP;

// UTF-16 code units back to a string in one native call (no argument spreading, no per-character strings).
const utf16 = new TextDecoder("utf-16le");
const stringOf = (units: Uint16Array, length: number) => utf16.decode(units.subarray(0, length));

/**
 * One pass over the (capped, HTML-stripped, NFKC-normalised) text writes the text: line ends
 * become LF, controls and zero-width characters go, lookalike punctuation becomes ASCII, runs of horizontal
 * space become one space, spaces around a line break and a third blank line go, and both ends are trimmed.
 */
// Scratch buffers, grown as needed and reused: decoding is synchronous, so one call never sees another's.
let scratch = new Uint16Array(0);

export function normalize(input: string): NormalizedText {
  let source = input.length > MAX_PARSE_CHARS ? input.slice(0, MAX_PARSE_CHARS) : input;
  // "<user@example.com>" and "&&id=" are everyday text: HTML is stripped only when a tag or entity shows.
  // (Every hint starts with "<" or "&": two native searches spare most texts the regex.)
  if ((source.includes("<") || source.includes("&")) && htmlHint.test(source)) source = stripHtml(source);
  const first = fusedPass(source, false);
  // A character NFKC would change (full-width forms, ligatures, compatibility jamo …): fold, then pass again.
  return first ?? (fusedPass(source.normalize("NFKC"), true) as NormalizedText);
}

/**
 * Characters with no lower-case form: ASCII needs only A–Z lowered, and for these ranges (Latin-1 signs,
 * general punctuation, CJK symbols and kana, ideographs, Hangul) lowering is the identity, so a text made of
 * them alone is lowered by the native `toLowerCase` in one call instead of per character.
 */
export const caseless = (c: number) =>
  c < 0xc0 ||
  (c >= 0x2000 && c <= 0x206f) ||
  (c >= 0x3000 && c <= 0x30ff) ||
  (c >= 0x3400 && c <= 0x9fff) ||
  (c >= 0xac00 && c <= 0xd7a3);

/** The fused pass; null when `folded` is false and a character needs NFKC first. */
function fusedPass(source: string, folded: boolean): NormalizedText | null {
  const n = source.length;
  if (scratch.length < n) scratch = new Uint16Array(Math.max(n, 4096));
  const text = scratch;
  let t = 0;
  let pendingSpace = false;
  let newlines = 0;
  // Set by a letter whose lowering needs the per-character rule below (Latin-1 to Cyrillic, and the rest).
  let cased = false;
  for (let i = 0; i < n; i++) {
    let ch = source.charCodeAt(i);
    // Printable ASCII other than the backtick is most of any paste, Hangul syllables the rest of a Korean
    // one (NFKC-stable, no case): kept as they are.
    if ((ch > 0x20 && ch < 0x7f && ch !== 0x60) || (ch >= 0xac00 && ch <= 0xd7a3)) {
      if (pendingSpace) {
        text[t++] = 0x20;
        pendingSpace = false;
      }
      newlines = 0;
      text[t++] = ch;
      continue;
    }
    if (!folded && ch >= 0xa0 && !nfkcStable(ch)) return null;
    if (ch === 0x0d) {
      if (source.charCodeAt(i + 1) === 0x0a) continue;
      ch = 0x0a;
    }
    if (ch === 0x0a) {
      pendingSpace = false;
      if (t > 0 && newlines < 2) text[t++] = 0x0a;
      newlines++;
      continue;
    }
    const action = actionOf(ch);
    if (action === SPACE) {
      pendingSpace = t > 0 && newlines === 0;
      continue;
    }
    if (action === DROP) continue;
    if (action !== KEEP) ch = action;
    if (pendingSpace) {
      text[t++] = 0x20;
      pendingSpace = false;
    }
    newlines = 0;
    if (!caseless(ch)) cased = true;
    text[t++] = ch;
  }
  // A trailing line break (or two) was written before we knew nothing follows.
  while (t > 0 && text[t - 1] === 0x0a) t--;
  const cleaned = stringOf(text, t);
  if (!cased) {
    return { text: cleaned, lower: cleaned.toLowerCase() };
  }
  // Letters with case beyond ASCII: lowered one by one, so that the length never changes ("İ" would become
  // two characters) and the positions of `text` and `lower` stay aligned.
  for (let k = 0; k < t; k++) text[k] = lowerUnit(text[k] ?? 0);
  return {
    text: cleaned,
    lower: stringOf(text, t),
  };
}

/** One UTF-16 unit lowered: A–Z, and Latin-1 to Cyrillic when the lower form is one unit too. */
function lowerUnit(ch: number): number {
  if (ch >= 0x41 && ch <= 0x5a) return ch + 0x20;
  // Only Latin-1 to Cyrillic have letter case here (NFKC has folded full-width letters to ASCII); Hangul,
  // kana and CJK have none.
  if (ch >= 0xc0 && ch < 0x530) {
    const one = String.fromCharCode(ch).toLowerCase();
    if (one.length === 1) return one.charCodeAt(0);
  }
  return ch;
}

/** The text up to `index` (the start of a returned original), with the same views. */
export function cutAt(input: NormalizedText, index: number): NormalizedText {
  if (index >= input.text.length) return input;
  const text = input.text.slice(0, index).trimEnd();
  return { text, lower: input.lower.slice(0, text.length) };
}
