import { describe, expect, it } from "vitest";
import { serversFromText } from "./servers-from-text";

describe("servers named in a pasted message", () => {
  it("reads Outlook Express's English message", () => {
    const text =
      "The connection to the server has failed. Account: 'BBBBB.com', Server: 'mail.bbbbb.com', Protocol: POP3, Port: 110, Secure(SSL): No, Socket Error: 10061, Error Number: 0x800CCC0E";
    expect(serversFromText(text)).toEqual([{ host: "mail.bbbbb.com", port: 110, protocol: "pop3" }]);
  });

  it("reads the Korean message, its port as it is (the guard reports one that is not a mail port)", () => {
    const text =
      "서버에 연결하지 못했습니다. 계정: 'a.com', 서버: '127.0.0.1', 프로토콜: POP3, 포트: 1110, 보안(SSL): 아니요";
    expect(serversFromText(text)).toEqual([{ host: "127.0.0.1", port: 1110, protocol: "pop3" }]);
  });

  it("finds nothing in a message without a server", () => {
    expect(serversFromText("550 5.1.1 User unknown")).toEqual([]);
  });

  it.each([
    [
      "msmtp: cannot connect to smtp.example.com, port 587: Connection refused",
      "smtp.example.com",
      587,
      "smtp",
    ],
    [
      "fetchmail: connection to pop.example.com:995 [192.0.2.10/995] failed: Connection refused.",
      "pop.example.com",
      995,
      "pop3",
    ],
    [
      "Cannot connect to imap.example.com (192.0.2.10:993): Connection refused",
      "imap.example.com",
      993,
      "imap",
    ],
    ["curl: (7) Failed to connect to mail.example.com port 465 after 4 ms", "mail.example.com", 465, "smtp"],
  ])("reads the server and port of %s", (text, host, port, protocol) => {
    expect(serversFromText(text)).toEqual([{ host, port, protocol }]);
  });

  it("keeps a number inside the host name out of the port", () => {
    expect(serversFromText("Could not connect to mail.port25.example.com (Connection refused)")).toEqual([
      { host: "mail.port25.example.com" },
    ]);
  });
});
