// Renders components/decoded-panel.tsx to HTML (vitest only collects lib/, content/, app/ and scripts/, so
// the test of this one client component sits beside the parser it shows).
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
});
