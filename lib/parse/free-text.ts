// Values that stand in running text rather than in a labelled block: the server's reply after "The server
// responded:" or "said:", the rejected address, a host name in Thunderbird/Apple texts, Outlook's task line,
// "port 587". Anchors come from content/errors; the scans are indexOf plus bounded character walks.
import { errorCatalog } from "@/content/errors";
import type { CatalogProtocol } from "@/lib/content/error-catalog-schema";
import type { NormalizedText } from "./normalize";
import type { FirstIndex } from "./read-text";
import { findServerMention } from "./server-mentions";

const { anchors } = errorCatalog;
export type Located = { value: string; index: number };

function unquote(value: string): string {
  return value.replace(/^['"\s]+/, "").replace(/['"\s]+$/, "");
}

function responseFrom({ text, lower }: NormalizedText, start: number): string {
  let end = Math.min(text.length, start + 500);
  for (const marker of anchors.responseEnd) {
    const at = lower.indexOf(marker, start);
    if (at !== -1 && at < end) end = at;
  }
  return unquote(text.slice(start, end).replace(/\n/g, " "));
}

/**
 * The server's own reply quoted in the program's message or a bounce. `firstAt` finds an anchor as
 * `input.lower.indexOf` would (lib/parse/read-text.ts finds them all in its one walk).
 */
export function findResponse(input: NormalizedText, firstAt: FirstIndex): Located | null {
  for (const anchor of anchors.responseBefore) {
    const at = firstAt(anchor);
    if (at === -1) continue;
    const value = responseFrom(input, at + anchor.length);
    if (value.length > 1) return { value, index: at + anchor.length };
  }
  return null;
}

/**
 * A pasted reply on its own: "550 5.1.1 …", "-ERR …", "* NO …", "a1 NO …". SMTP multi-line replies
 * ("535-5.7.8 …" then "535 5.7.8 …", RFC 5321 §4.2.1) are joined into one.
 */
export function findReplyLine({ text }: NormalizedText): Located | null {
  const reply = /^(?:([45]\d\d)[ -]|-ERR\b|\* (?:NO|BAD|BYE)\b|[A-Za-z0-9]{1,8} (?:NO|BAD) )/;
  const lines = text.split("\n", 400);
  let index = 0;
  for (const [i, line] of lines.entries()) {
    const m = reply.exec(line);
    if (m) {
      let value = line;
      for (let next = i + 1; m[1] && line[3] === "-" && next < lines.length; next++) {
        const more = lines[next] ?? "";
        if (!more.startsWith(m[1])) break;
        value += ` ${more}`;
        if (more[3] !== "-") break;
      }
      return { value: value.slice(0, 500), index };
    }
    index += line.length + 1;
  }
  return null;
}

const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const localChar = (c: number) => isAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45; // . _ % + -
const domainChar = (c: number) => isAlnum(c) || c === 46 || c === 45; // . -

/** Addresses between `from` and `to`: expand left and right from each "@" (linear, no regex backtracking). */
function emailsIn(text: string, from: number, to: number): string[] {
  const found: string[] = [];
  for (let at = text.indexOf("@", from); at !== -1 && at < to; at = text.indexOf("@", at + 1)) {
    let left = at;
    while (left > 0 && at - left < 64 && localChar(text.charCodeAt(left - 1))) left--;
    let right = at + 1;
    while (right < text.length && right - at < 254 && domainChar(text.charCodeAt(right))) right++;
    const domain = text.slice(at + 1, right).replace(/\.+$/, "");
    if (left < at && /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/.test(domain))
      found.push(`${text.slice(left, at)}@${domain}`);
  }
  return found;
}

export function findRejectedAddress(input: NormalizedText, firstAt: FirstIndex): Located | null {
  for (const anchor of anchors.addressBefore) {
    const at = firstAt(anchor);
    const email =
      at === -1 ? undefined : emailsIn(input.text, at + anchor.length, at + anchor.length + 120)[0];
    if (email) return { value: email, index: at };
  }
  for (const anchor of anchors.addressAfter) {
    const at = firstAt(anchor);
    const email = at === -1 ? undefined : emailsIn(input.text, Math.max(0, at - 120), at).at(-1);
    if (email) return { value: email, index: at };
  }
  return null;
}

/** The server the message names, with the port and protocol written beside it (server-mentions.ts). */
export function findHost(
  input: NormalizedText,
): (Located & { protocol?: CatalogProtocol; port?: number }) | null {
  const m = findServerMention(input);
  return m ? { value: m.value, index: m.index, protocol: m.protocol, port: m.port } : null;
}

export type TaskLine = { account: string; errorNumber: string; sending: boolean; index: number };

/** Outlook 2003+: `Task 'ACCOUNT - Sending' reported error (0x800CCC0F) : '…'` and its Korean form. */
export function findTaskLine({ text }: NormalizedText): TaskLine | null {
  const m =
    /task '([^'\n]{1,200})' reported error \((0x[0-9a-f]{8})\)/i.exec(text) ??
    /'([^'\n]{1,200})' 작업에서 오류 ?\((0x[0-9a-f]{8})\)/i.exec(text);
  if (!m) return null;
  const [, name = "", code = ""] = m;
  const direction = / - (sending|receiving|sending and receiving|보내는 중|받는 중)$/i.exec(name);
  return {
    account: direction ? name.slice(0, direction.index) : name,
    errorNumber: `0x${code.slice(2).toUpperCase()}`,
    sending: /^(sending|보내는 중)$/i.test(direction?.[1] ?? ""),
    index: m.index,
  };
}

/**
 * "port 587", "포트 25", "25번 포트": a port named in running text. The word must stand on its own: in
 * `mail.port25.example.com` the digits belong to a host name.
 */
export function findPort(input: NormalizedText): Located | null {
  // The port written beside the server's name wins over one named elsewhere in the text.
  const server = findServerMention(input);
  if (server?.port !== undefined) return { value: String(server.port), index: server.index };
  // Both wordings have the word "port" or "포트" in them: without it the pattern below cannot match.
  if (!input.lower.includes("port") && !input.lower.includes("포트")) return null;
  const m =
    /(?<![a-z0-9._-])(?:port|포트)(?: ?(?:number|번호))? ?[:=]? ?(\d{1,5})(?![\d-]|\.[a-z0-9])|(?<![\d.])(\d{1,5}) ?번 ?포트/.exec(
      input.lower,
    );
  const port = Number(m?.[1] ?? m?.[2]);
  return m && port >= 1 && port <= 65535 ? { value: String(port), index: m.index } : null;
}

export function isMicrosoftReply(firstAt: FirstIndex): boolean {
  return anchors.microsoftMarkers.some((marker) => firstAt(marker) !== -1);
}
