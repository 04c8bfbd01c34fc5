import { describe, expect, it } from "vitest";
import { decodeErrorText } from "./index";
import { normalize } from "./normalize";
import { findServerMentions } from "./server-mentions";

const serverOf = (text: string) => {
  const { server, port, protocol } = decodeErrorText(text).fields;
  return { server, port, protocol };
};

describe("server names and ports in running text", () => {
  it.each([
    ["msmtp: cannot connect to mail.example.com, port 587: Connection refused", "mail.example.com", 587],
    ["=== Trying mail.example.com:465...", "mail.example.com", 465],
    ["Cannot connect to mail.example.com (192.0.2.10:993): Connection refused", "mail.example.com", 993],
    [
      "fetchmail: connection to mail.example.com:995 [192.0.2.10/995] failed: Connection refused.",
      "mail.example.com",
      995,
    ],
    [
      "curl: (7) Failed to connect to smtp.example.com port 587 after 31 ms: Couldn't connect",
      "smtp.example.com",
      587,
    ],
    ["* Connected to imap.example.com (192.0.2.10) port 143 (#0)", "imap.example.com", 143],
    ['Could not find the host "mail.example.com"', "mail.example.com", null],
    ["Lookup of mail.example.com:587 failed: Name or service not known", "mail.example.com", 587],
    ["SimplePOP3SSLRetriever:kim@example.com@mail.example.com:995:", "mail.example.com", 995],
    ["Unable to open mailbox imaps://kim@example.com@imap.example.com:993/INBOX", "imap.example.com", 993],
    ["Unable to open mailbox pops://kim%40example.com@pop.example.com/", "pop.example.com", 995],
    ["fetchmail: mail.example.com: SSL connection failed.", "mail.example.com", null],
    ["mail.example.com (연결이 거부됨)로 연결할 수 없음", "mail.example.com", null],
    ["mail.example.com 서버에 연결할 수 없습니다. 연결이 거부되었습니다.", "mail.example.com", null],
    ["SMTP 서버(smtp.example.com)로 연결이 실패했기 때문에", "smtp.example.com", null],
    ["The certificate for mail.example.com expired on 1/1/2021.", "mail.example.com", null],
  ])("%s", (text, server, port) => {
    expect(serverOf(text)).toMatchObject({ server, port });
  });

  it("never reads a number inside a host name as the port", () => {
    expect(serverOf("Could not connect to mail.port25.example.com (Connection refused)")).toMatchObject({
      server: "mail.port25.example.com",
      port: null,
    });
    expect(serverOf("Connection to server smtp-587.example.com timed out.").port).toBeNull();
  });

  it("takes the port written beside the name over one named elsewhere", () => {
    const text =
      "Tried port 25 first.\nmsmtp: cannot connect to mail.example.com, port 587: Connection refused";
    expect(serverOf(text)).toMatchObject({ server: "mail.example.com", port: 587 });
  });

  it("reads the protocol from a mail URL or the program's words", () => {
    expect(serverOf("imaps://kim@imap.example.com/INBOX").protocol).toBe("IMAP");
    expect(serverOf("SMTP session failed: 535 5.7.8 Error: authentication failed").protocol).toBe("SMTP");
    expect(serverOf("msmtp: cannot connect to mail.example.com, port 465: Connection refused").protocol).toBe(
      "SMTP",
    );
  });

  it("leaves out the certificate's own name, help links, file names and e-mail domains", () => {
    expect(
      serverOf("hostname 'mail.example.com' doesn't match 'www.other.example' (_ssl.c:992)").server,
    ).toBe("mail.example.com");
    expect(
      serverOf(
        "curl: (60) SSL certificate problem: certificate has expired\nMore details here: https://curl.se/docs/sslcerts.html",
      ).server,
    ).toBeNull();
    expect(serverOf('File "/usr/lib/python3.11/smtplib.py", line 341, in connect').server).toBeNull();
    expect(serverOf("550 5.1.1 <nobody@example.com>: Recipient address rejected").server).toBeNull();
  });

  it("does not take another system's server from a bounce or its headers", () => {
    const bounce =
      "Received: from mx.example.org (mx.example.org [192.0.2.1])\nThis is the mail system at host mail.example.org.\n<a@example.net>: host mx.example.net[192.0.2.10] said: 550 5.1.1 User unknown (in reply to RCPT TO command)";
    expect(serverOf(bounce).server).toBeNull();
  });

  it("scans 20 000 characters of names and dots in under 5 ms (warm, best of five)", () => {
    for (const text of [`${"a.".repeat(9_000)}example.com:993`, "mail.example.com ".repeat(1_200)]) {
      const input = normalize(text);
      for (let i = 0; i < 5; i++) findServerMentions(input); // warm-up: the JIT, like npm run bench:parse
      let best = Number.POSITIVE_INFINITY;
      for (let i = 0; i < 5; i++) {
        const start = performance.now();
        findServerMentions(input);
        best = Math.min(best, performance.now() - start);
      }
      expect(best).toBeLessThan(5);
    }
  });
});
