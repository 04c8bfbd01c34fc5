// Turns whatever was pasted into one predictable form before any pattern runs: length cap, no NUL or
// control characters, HTML tags and entities gone, NFKC (full-width digits and colons become ASCII), straight
// quotes, LF line ends, single spaces. Every step is one linear pass, so later patterns can stay simple.

/** Longer input is cut: SPEC §2 allows 20 000 characters; the panel may see more while someone types. */
export const MAX_PARSE_CHARS = 20_000;

export type NormalizedText = {
  /** The cleaned text; every index the parser reports points into it. */
  text: string;
  /** `text` lowered, same length and positions. */
  lower: string;
  /** `lower` without any whitespace: keyword matching that survives stray spaces ("서 버", "호스트를찾을"). */
  compact: string;
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

// Zero-width characters go; curly quotes, primes and dashes become their ASCII forms (one pass).
const lookalikes =
  /[\u200B-\u200D\u2060\uFEFF\u2018\u2019\u201A\u201B\u2032\u00B4`\u201C-\u201F\u2033\u2010-\u2015\u2212]/g;
const lookalikeOf: Record<string, string> = {};
for (const ch of "\u2018\u2019\u201A\u201B\u2032\u00B4`") lookalikeOf[ch] = "'";
for (const ch of "\u201C\u201D\u201E\u201F\u2033") lookalikeOf[ch] = '"';
for (const ch of "\u2010\u2011\u2012\u2013\u2014\u2015\u2212") lookalikeOf[ch] = "-";

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

export function normalize(input: string): NormalizedText {
  let text = input.length > MAX_PARSE_CHARS ? input.slice(0, MAX_PARSE_CHARS) : input;
  text = text.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "");
  if (text.includes("<") || text.includes("&")) text = stripHtml(text);
  text = text
    .normalize("NFKC")
    .replace(lookalikes, (ch) => lookalikeOf[ch] ?? "")
    .replace(/[^\S\n]+/g, " ")
    .replace(/ ?\n ?/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  // Positions must stay aligned with `text`; a few non-ASCII letters change length when lowered.
  const lowered = text.toLowerCase();
  const lower =
    lowered.length === text.length ? lowered : text.replace(/[A-Z]+/g, (run) => run.toLowerCase());
  return { text, lower, compact: lower.replace(/\s+/g, "") };
}

/** The text up to `index` (the start of a returned original), with the same three views. */
export function cutAt(input: NormalizedText, index: number): NormalizedText {
  if (index >= input.text.length) return input;
  const text = input.text.slice(0, index).trimEnd();
  const lower = input.lower.slice(0, text.length);
  return { text, lower, compact: lower.replace(/\s+/g, "") };
}
