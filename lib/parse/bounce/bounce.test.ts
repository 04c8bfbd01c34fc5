// The bounce reader's rules, each on the wording that issue 11 reported as misread.
import { describe, expect, it } from "vitest";
import { decodeErrorText } from "../index";

const top = (text: string) => decodeErrorText(text).causes[0];
const postfix = (reply: string) =>
  `Subject: Undelivered Mail Returned to Sender\nThis is the mail system at host mx.example.org.\n\n<friend@example.net>: host mx.example.net[192.0.2.10] said: ${reply} (in reply to RCPT TO command)`;

describe("bounce reader", () => {
  it("reads a bare 550 with 'Unknown user' as the recipient, not a login problem (no tie by list order)", () => {
    expect(top("550 Unknown user friend@example.net")?.id).toBe("recipient-unknown");
    expect(top(postfix("550 Unknown user friend@example.net"))?.id).toBe("recipient-unknown");
  });

  it("reads enhanced codes for a bounce apart from the customer's own client error", () => {
    expect(top(postfix("550 5.7.9 Message not accepted for policy reasons"))?.id).toBe("spam-rejected");
    expect(top("535 5.7.9 Authentication mechanism is too weak")?.id).toBe("app-password-required");
    expect(
      top(
        postfix(
          "452 4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered",
        ),
      )?.id,
    ).toBe("send-limit-exceeded");
    const m365 =
      "Undeliverable: hello\nDiagnostic information for administrators:\nRemote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'";
    expect(top(m365)?.id).toBe("recipient-mailbox-full");
  });

  it("reads a remote connection throttle as a passing server-side condition, not the sender's quota", () => {
    expect(top(postfix("452 4.3.2 Connection rate limit exceeded."))?.id).toBe("server-busy");
    expect(top(postfix("452 4.5.3 Daily relay quota exceeded"))?.id).toBe("send-limit-exceeded");
  });

  it("lets the remote server's reply outweigh the reporting system's own summary and subject", () => {
    const text = `Subject: Delivery delayed, try again later\n${postfix("550 5.1.1 <friend@example.net>: Recipient address rejected: User unknown")}\n\nReporting-MTA: dns; mx.example.org\nAction: failed\nStatus: 5.0.0\nDiagnostic-Code: smtp; 554 5.0.0 Service unavailable`;
    expect(top(text)?.id).toBe("recipient-unknown");
  });

  it("leaves the returned original out (its words are not the verdict)", () => {
    const text = `${postfix("550 5.2.2 Mailbox full")}\n\n------ This is a copy of the message, including all the headers. ------\nSubject: relay access denied, please log in`;
    const causes = decodeErrorText(text).causes.map((c) => c.id);
    expect(causes[0]).toBe("recipient-mailbox-full");
    expect(causes).not.toContain("smtp-auth-required");
  });

  it("shows a guess from a bare code below 0.5", () => {
    for (const code of ["550", "554", "421", "452"]) expect(top(code)?.confidence ?? 0).toBeLessThan(0.5);
  });

  it("reads a refusal after MAIL FROM as about the sender's address", () => {
    const exim =
      "Mail delivery failed: returning message to sender\nSMTP error from remote mail server after MAIL FROM:<me@example.org>:\n550 5.1.0 example.org does not exist";
    expect(top(exim)?.id).toBe("sender-not-allowed");
  });

  it("reads non-English bounces (Japanese carrier, Korean portal)", () => {
    expect(
      top(
        "次のあて先へのメッセージはエラーのため送信できませんでした。\n送信先メールアドレスが見つかりませんでした。",
      )?.id,
    ).toBe("recipient-unknown");
    expect(
      top("메일이 반송되었습니다.\n받는 사람의 메일함 용량이 부족하여 메일을 전달하지 못했습니다.")?.id,
    ).toBe("recipient-mailbox-full");
  });

  it("reads only the '<<< ' lines of a Sendmail transcript as the remote server's words", () => {
    // Sendmail adds its own "550 5.1.1 <a@b>... User unknown" line after the remote reply it quotes.
    const sendmail = (reply: string) =>
      `Subject: Returned mail: see transcript for details\n   ----- The following addresses had permanent fatal errors -----\n<friend@example.net>\n\n   ----- Transcript of session follows -----\n... while talking to mx.example.net.:\n>>> DATA\n<<< ${reply}\n550 5.1.1 <friend@example.net>... User unknown\n<<< 503 5.5.2 Need rcpt command`;
    expect(top(sendmail("550 5.7.606 Access denied, banned sending IP [192.0.2.1]"))?.id).toBe(
      "ip-blocklisted",
    );
    expect(top(sendmail("550 [SUSPEND] Mailbox currently suspended"))?.id).toBe("account-disabled");
    // The same sentence without a remote reply before it is still read.
    expect(top(sendmail("250 2.1.0 ok"))?.id).toBe("recipient-unknown");
  });

  it("takes a null reverse-path as the mark of a delivery report", () => {
    const exim =
      "Return-Path: <>\nFrom: <>\nAuto-Submitted: auto-replied\n\nYou sent mail to a@b.example. That's not a valid user here.";
    expect(decodeErrorText(exim).bounce?.sentence.en).toMatch(/\S/);
    expect(top(exim)?.id).toBe("recipient-unknown");
  });

  it("keeps the customer's own dialog apart from bounce wordings", () => {
    expect(top("Could not connect to server mail.example.com; the connection was refused.")?.id).toBe(
      "connection-refused",
    );
  });
});
