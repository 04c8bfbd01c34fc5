import { describe, expect, it } from "vitest";
import { decodeErrorText, parseErrorText } from "./index";
import { MAX_PARSE_CHARS, normalize } from "./normalize";

const case1 =
  "서버에 연결할 수 없습니다. 계정: 'BBBBB.com', 서버: 'BBBBB.com', 프로토콜: POP3, 포트: 110, 보안(SSL): 아니오, 소켓 오류: 10061, 오류 번호: 0x800CCC0E";
const case1Fields = {
  account: "BBBBB.com",
  server: "BBBBB.com",
  protocol: "POP3",
  port: 110,
  secure: false,
  socketError: 10061,
  errorNumber: "0x800CCC0E",
};

describe("edge cases", () => {
  it("returns nothing for empty or blank text", () => {
    for (const text of ["", "   ", "\n\t\n", "\u0000\u0000"]) {
      const decoded = decodeErrorText(text);
      expect(decoded).toMatchObject({ parts: [], causes: [], recognised: false });
      expect(Object.values(decoded.fields).every((v) => v === null)).toBe(true);
    }
  });

  it("recognises nothing in garbage", () => {
    for (const text of [
      "asdf qwer zxcv",
      "안녕하세요 메일이 이상해요",
      "!!!???",
      "1234567890",
      "lorem ipsum dolor sit amet",
    ]) {
      const decoded = decodeErrorText(text);
      expect(decoded.recognised, text).toBe(false);
      expect(decoded.causes, text).toEqual([]);
    }
  });

  it("removes NUL bytes and control characters", () => {
    const withNul = case1.replace(/ /g, " \u0000").replace("10061", "100\u000061");
    expect(decodeErrorText(withNul).fields).toMatchObject(case1Fields);
    expect(normalize("a\u0000b\u0007c").text).toBe("abc");
  });

  it("reads full-width digits and colons (NFKC)", () => {
    const fullWidth =
      "서버에 연결할 수 없습니다. 계정： 'BBBBB.com', 서버： 'BBBBB.com', 프로토콜： POP3, 포트： １１０, 보안(SSL)： 아니오, 소켓 오류： １００６１, 오류 번호： ０x８００ＣＣＣ０Ｅ";
    const decoded = decodeErrorText(fullWidth);
    expect(decoded.fields).toMatchObject(case1Fields);
    expect(decoded.causes[0]?.id).toBe("connection-refused");
  });

  it("reads lower-case hex and an upper-case 0X prefix", () => {
    expect(decodeErrorText("오류 번호: 0x800ccc0e").fields.errorNumber).toBe("0x800CCC0E");
    expect(decodeErrorText("Error 0X800CCC0D").fields.errorNumber).toBe("0x800CCC0D");
    expect(decodeErrorText("error 800ccc0f").fields.errorNumber).toBe("0x800CCC0F");
  });

  it("reads CRLF and a block with one field per line", () => {
    const crlf =
      "The connection to the server has failed.\r\nAccount: 'example.com'\r\nServer: 'mail.example.com'\r\nProtocol: SMTP\r\nPort: 25\r\nSecure(SSL): No\r\nSocket Error: 10060\r\nError Number: 0x800CCC0E\r\n";
    const decoded = decodeErrorText(crlf);
    expect(decoded.fields).toMatchObject({
      server: "mail.example.com",
      protocol: "SMTP",
      port: 25,
      secure: false,
      socketError: 10060,
    });
    expect(decoded.causes[0]?.id).toBe("port25-blocked");
  });

  it("reads HTML pasted from a web page and keeps <address> brackets", () => {
    const html =
      "<div><p>서버에 연결할 수 없습니다.</p><p>계정: &#39;BBBBB.com&#39;, 서버: &#39;127.0.0.1&#39;,<br>프로토콜: POP3, 포트: 110, 보안(SSL): 아니오, 소켓 오류: 10061,&nbsp;오류 번호: 0x800CCC0E</p></div>";
    const decoded = decodeErrorText(html);
    expect(decoded.fields).toMatchObject({ server: "127.0.0.1", port: 110, socketError: 10061 });
    expect(decoded.causes[0]?.id).toBe("antivirus-interference");
    const reply = decodeErrorText(
      "<span>550 5.1.1 &lt;nobody@example.com&gt;: Recipient address rejected: User unknown</span>",
    );
    expect(reply.fields.serverResponse).toBe(
      "550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown",
    );
    expect(decodeErrorText("550 5.1.1 <a@example.com>: User unknown").fields.serverResponse).toContain(
      "<a@example.com>",
    );
  });

  it("decodes several codes in one message, in reading order", () => {
    const decoded = decodeErrorText(
      "First 0x800CCC0E with socket error 10060, then 0x800CCC0F (10054), later 0x80042109.",
    );
    const numbers = decoded.parts.filter((p) => p.kind === "errorNumber").map((p) => p.raw);
    expect(numbers).toEqual(["0x800CCC0E", "0x800CCC0F", "0x80042109"]);
    expect(decoded.parts.filter((p) => p.kind === "socketError").map((p) => p.raw)).toEqual([
      "10060",
      "10054",
    ]);
    expect(decoded.fields.errorNumber).toBe("0x800CCC0E");
  });

  it("handles mixed Korean and English (a Korean dialog quoting an English reply)", () => {
    const mixed =
      "메일을 보낼 수 없습니다. The server responded: 554 5.7.1 <friend@example.net>: Relay access denied";
    const decoded = decodeErrorText(mixed);
    expect(decoded.fields).toMatchObject({ language: "ko", smtpCode: 554, enhancedStatus: "5.7.1" });
    expect(decoded.causes[0]?.id).toBe("smtp-auth-required");
  });

  it("cuts 20 000+ characters and still finds a code near the start", () => {
    const long = `${case1} ${"x".repeat(30_000)}`;
    expect(normalize(long).text.length).toBeLessThanOrEqual(MAX_PARSE_CHARS);
    expect(decodeErrorText(long).fields).toMatchObject(case1Fields);
  });

  it("ignores ports and IP addresses that look like codes", () => {
    const decoded = decodeErrorText("Port: 465, server 10.0.10.61, Port 25 and 550 apples");
    expect(decoded.fields.socketError).toBeNull();
    expect(decoded.parts.some((p) => p.kind === "smtpCode" && p.raw === "465")).toBe(false);
    expect(decodeErrorText("connect to 192.0.2.10 port 10061").fields.socketError).toBeNull();
    expect(decodeErrorText("Message-ID: <ABC10061x@example.com>").fields.socketError).toBeNull();
  });

  it("gives no language to a bare code", () => {
    expect(decodeErrorText("0x800CCC0E").fields.language).toBeNull();
    expect(decodeErrorText("0x800CCC0E 10061").fields).toMatchObject({
      errorNumber: "0x800CCC0E",
      socketError: 10061,
    });
  });

  it("projects evidence into the request's language", () => {
    const ko = parseErrorText(case1, "ko");
    const en = parseErrorText(case1, "en");
    expect(ko.causes[0]?.evidence[0]).toBe("소켓 오류 10061: 서버가 연결을 거부했습니다");
    expect(en.causes[0]?.evidence[0]).toBe("Socket error 10061: The server refused the connection");
    expect(ko.fields).toEqual(en.fields);
  });

  it("explains each recognised part of the dialog", () => {
    const kinds = decodeErrorText(case1).parts.map((p) => `${p.kind} ${p.raw}`);
    expect(kinds).toEqual([
      "phrase 서버에 연결할 수 없습니다",
      "account BBBBB.com",
      "server BBBBB.com",
      "protocol POP3",
      "port 110",
      "secure 아니오",
      "socketError 10061",
      "errorNumber 0x800CCC0E",
    ]);
  });
});
