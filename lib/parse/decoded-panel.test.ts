// Renders components/decoded-panel.tsx to HTML (vitest only collects lib/, content/, app/ and scripts/, so
// the test of this one client component sits beside the parser it shows).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DecodedPanel } from "@/components/decoded-panel";
import type { Locale } from "@/lib/i18n/locales";

const case1 =
  "서버에 연결할 수 없습니다. 계정: 'BBBBB.com', 서버: 'BBBBB.com', 프로토콜: POP3, 포트: 110, 보안(SSL): 아니오, 소켓 오류: 10061, 오류 번호: 0x800CCC0E";
const render = (locale: Locale, text: string) =>
  renderToStaticMarkup(createElement(DecodedPanel, { locale, text })).replace(/<!-- -->/g, "");
const visibleText = (html: string) =>
  html
    .replace(/<[^>]*>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();

describe("DecodedPanel", () => {
  it("shows nothing but an empty live region for empty text", () => {
    for (const text of ["", "   \n"]) {
      const html = render("ko", text);
      expect(visibleText(html)).toBe("");
      expect(html).toContain('aria-live="polite"');
    }
  });

  it("explains each part and the top causes (Korean)", () => {
    const html = render("ko", case1);
    expect(visibleText(html)).toContain("소켓 오류 10061 = 서버가 연결을 거부했습니다");
    expect(visibleText(html)).toContain("오류 번호 0x800CCC0E = 서버에 연결하지 못했습니다");
    expect(visibleText(html)).toContain("가장 가능성 높은 원인: 서버가 연결을 거부함");
    expect(html).toMatch(/<ol[^>]*>.*서버가 연결을 거부함.*가능성 높음/s);
    expect(html).toMatch(/aria-live="polite"[^>]*>8개 부분을 알아봤습니다/);
  });

  it("explains each part and the top causes (English)", () => {
    const text = visibleText(render("en", case1));
    expect(text).toContain("Socket error 10061 = The server refused the connection");
    expect(text).toContain("Most likely cause: The server refused the connection");
  });

  it("is kind about text it cannot read and says what to try", () => {
    const ko = visibleText(render("ko", "안녕하세요 메일이 이상해요"));
    expect(ko).toContain("이 메시지는 알아보지 못했습니다");
    expect(ko).toContain("0x로 시작하는 오류 번호");
    const en = visibleText(render("en", "my mail is weird"));
    expect(en).toContain("We could not recognise this message");
    expect(en).toContain("pick your problem above");
  });

  it("shows at most three causes", () => {
    const html = render("en", case1);
    const causeList = /<ol[^>]*>(.*)<\/ol>/s.exec(html)?.[1] ?? "";
    expect(causeList.match(/rounded-full/g)?.length).toBe(3);
  });

  it("says in one sentence who refused what and why for a returned mail, in both languages", () => {
    // A real qmail bounce (plain text, no MIME structure), as a customer pastes it.
    const bounce = readFileSync(join(process.cwd(), "lib/parse/corpus/real/bounces/qmail-01.eml"), "utf8");
    expect(visibleText(render("en", bounce))).toContain(
      "Returned mail: The receiving mail system refused your message to kijitora@example.ne.jp: the recipient address doesn't exist.",
    );
    expect(visibleText(render("ko", bounce))).toContain(
      "돌아온 메일: 받는 쪽 메일 시스템이 kijitora@example.ne.jp 앞으로 보낸 메일을 거부했습니다. 이유: 받는 사람 주소가 없음",
    );
  });

  it("shows pasted headers as a folded hop table with the delay and TLS of each hop", () => {
    const headers = readFileSync(
      join(process.cwd(), "lib/parse/corpus/real/headers/fml-01-original.txt"),
      "utf8",
    );
    const html = render("en", headers);
    expect(html).toContain("<details");
    const text = visibleText(html);
    expect(text).toContain("Servers the message passed: 9");
    expect(text).toContain("Received by From Took Encrypted");
    expect(text).toContain("mail.example.com 5th.example.net 1 s Yes");
    expect(text).toContain("4th.example.net 4th.example.net 28 h");
  });
});
