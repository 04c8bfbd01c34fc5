// The fused pass takes shortcuts (printable ASCII and Hangul kept as they are, the native toLowerCase when
// no letter beyond ASCII has case): its views must be exactly what the per-character rule gives.
import { describe, expect, it } from "vitest";
import { caseless, normalize } from "./normalize";

/** The rule the views follow, one UTF-16 unit at a time, so positions never move. */
function lowerByUnit(text: string): string {
  let out = "";
  for (const unit of text.split("")) {
    const lowered = unit.toLowerCase();
    const code = unit.charCodeAt(0);
    out +=
      (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code < 0x530 && lowered.length === 1)
        ? lowered
        : unit;
  }
  return out;
}

const samples = [
  "Task 'me@Example.COM - Sending' reported error (0x800CCC0F) : 'The connection was interrupted.'",
  "계정: 'kim@example.com', 서버: 'MAIL.example.com', 프로토콜: SMTP, 포트: 25, 보안(SSL): 아니요",
  "550 5.1.1 <Nobody@Example.org>: Recipient address rejected\r\n\r\n\r\n\tUser unknown  ",
  "ΟΔΟΣ ΑΠΟΣΤΟΛΗΣ: Ο διακομιστής απέρριψε ΤΟ ΜΗΝΥΜΑ", // Greek: no final-sigma rewriting
  "İSTANBUL ŞİFRE HATALI", // Turkish dotted capital I keeps one unit
  "Ошибка: СЕРВЕР не отвечает",
  "ՍԽԱԼ: սերվեր", // Armenian (above Cyrillic): left as written, like before
  "メールサーバー「SMTP」に接続できません…",
  "Ｓｅｒｖｅｒ：ｍａｉｌ．ｅｘａｍｐｌｅ．ｃｏｍ", // full-width: NFKC first
  "`quoted´ ‘curly’ “double” — dash\u200B zero\u00A0width",
];

describe("normalize", () => {
  // There is no compact view (lower without spaces, and where each of its characters stands) any more: the
  // phrase keywords are found in the same walk as the bounce markers, over `lower` with spaces and line
  // breaks skipped (lib/parse/read-text.ts), and their positions are indexes into `lower` itself. Pinned:
  // the two views are all normalisation writes.
  it("writes the text and lower only, lower aligned with the text and lowered per character", () => {
    for (const sample of samples) {
      const normalized = normalize(sample);
      expect(Object.keys(normalized)).toEqual(["text", "lower"]);
      expect(normalized.lower).toBe(lowerByUnit(normalized.text));
    }
  });

  it("treats as caseless only code units that lower to themselves", () => {
    for (let c = 0; c < 0x10000; c++) {
      if (!caseless(c) || (c >= 0x41 && c <= 0x5a)) continue;
      const unit = String.fromCharCode(c);
      if (unit.toLowerCase() !== unit) throw new Error(`U+${c.toString(16)} has a lower-case form`);
    }
  });
});
