import { describe, expect, it } from "vitest";
import { readMessage } from "./read-message";
import { inferAnswers } from "@/lib/wizard/infer";

describe("readMessage", () => {
  it("is nothing without a message", () => {
    expect(readMessage(undefined)).toBeNull();
  });

  it("gives the decoded fields and causes, from which the wizard's answers follow", () => {
    const message = readMessage(
      "서버에 연결할 수 없습니다. 계정: 'good.test', 서버: '127.0.0.1', 프로토콜: POP3, 포트: 110, 보안(SSL): 아니오, 소켓 오류: 10061, 오류 번호: 0x800CCC0E",
    );
    expect(message?.fields).toMatchObject({
      server: "127.0.0.1",
      protocol: "POP3",
      port: 110,
      socketError: 10061,
    });
    expect(message?.causes[0]?.id).toBe("antivirus-interference");
    expect(message?.causes[0]?.evidence?.[0]?.ko).toBeTruthy();
    expect(inferAnswers(message)).toMatchObject({
      message: "yes",
      direction: "receive",
      client: "outlook-legacy",
    });
  });
});
