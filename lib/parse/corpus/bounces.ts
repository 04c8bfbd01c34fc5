// Returned mail: Gmail, Microsoft 365, Postfix (a whole message with headers), Exim, qmail, Korean portals.
import type { CorpusCase } from "./types";

const postfixBounceWithHeaders = `Return-Path: <>
Received: from mail.example.com (mail.example.com [192.0.2.5])
	by mx.example.org (Postfix) with ESMTPS id 4XyZ12abCdz9sN1
	for <me@example.org>; Mon, 25 Nov 2024 10:00:00 +0900 (KST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.com; s=mail; t=1732496400;
	bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; h=From:To:Subject:Date;
Date: Mon, 25 Nov 2024 10:00:00 +0900 (KST)
From: MAILER-DAEMON@mail.example.com (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: me@example.org
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="4XyZ12abCdz9sN1.1732496400/mail.example.com"
Message-Id: <20241125010000.4XyZ12abCdz9sN1@mail.example.com>

This is a MIME-encapsulated message.

--4XyZ12abCdz9sN1.1732496400/mail.example.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<friend@example.net>: host mx.example.net[192.0.2.10] said: 552 5.2.2
    <friend@example.net>: Recipient address rejected: Mailbox full (in reply to
    RCPT TO command)

--4XyZ12abCdz9sN1.1732496400/mail.example.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.com
Arrival-Date: Mon, 25 Nov 2024 09:59:58 +0900 (KST)

Final-Recipient: rfc822; friend@example.net
Original-Recipient: rfc822;friend@example.net
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.example.net
Diagnostic-Code: smtp; 552 5.2.2 <friend@example.net>: Recipient address rejected: Mailbox full
`;

export const bounceCases: CorpusCase[] = [
  {
    name: "Gmail: address not found",
    family: "bounce",
    lang: "en",
    text: "Delivery Status Notification (Failure)\nAddress not found\nYour message wasn't delivered to nobody@example.net because the address couldn't be found, or is unable to receive mail.\nThe response from the remote server was:\n550 5.1.1 <nobody@example.net>: Recipient address rejected: User unknown in virtual mailbox table",
    fields: {
      client: null,
      protocol: "SMTP",
      smtpCode: 550,
      enhancedStatus: "5.1.1",
      rejectedAddress: "nobody@example.net",
      serverResponse:
        "550 5.1.1 <nobody@example.net>: Recipient address rejected: User unknown in virtual mailbox table",
    },
    top: "recipient-unknown",
  },
  {
    name: "Gmail: delayed by greylisting",
    family: "bounce",
    lang: "en",
    text: "Delivery incomplete\nThere was a temporary problem delivering your message to friend@example.net. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.\nThe response was:\n450 4.2.0 <friend@example.net>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.net.html",
    fields: { smtpCode: 450, enhancedStatus: "4.2.0" },
    top: "greylisted",
  },
  {
    name: "Microsoft 365: recipient not found (5.1.10)",
    family: "bounce",
    lang: "en",
    text: "Undeliverable: Quarterly report\nYour message to nobody@example.com couldn't be delivered.\nnobody wasn't found at example.com.\nAction Required: Recipient\nUnknown To address\nDiagnostic information for administrators:\nGenerating server: AM0PR01MB1234.eurprd01.prod.outlook.com\nnobody@example.com\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
    fields: {
      server: null,
      smtpCode: 550,
      enhancedStatus: "5.1.10",
      rejectedAddress: "nobody@example.com",
      serverResponse: "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
    },
    top: "recipient-unknown",
  },
  {
    name: "Microsoft 365 Korean NDR: submission quota exceeded",
    family: "bounce",
    lang: "ko",
    text: "배달 못 함: 견적서\n보낸 사람의 전송 할당량이 초과되어 메시지를 전송할 수 없습니다.\n관리자를 위한 진단 정보:\nRemote Server returned '550 5.2.2 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message due to a permanent exception with message Cannot submit message.'",
    fields: { smtpCode: 550, enhancedStatus: "5.2.2", language: "ko" },
    top: "send-limit-exceeded",
  },
  {
    name: "Postfix: whole bounce e-mail with headers, mailbox full",
    family: "bounce",
    lang: "en",
    text: postfixBounceWithHeaders,
    fields: {
      client: null,
      protocol: "SMTP",
      smtpCode: 552,
      enhancedStatus: "5.2.2",
      rejectedAddress: "friend@example.net",
      account: null,
      server: null,
      port: null,
      socketError: null,
      errorNumber: null,
    },
    top: "recipient-mailbox-full",
  },
  {
    name: "Exim: relay not permitted",
    family: "bounce",
    lang: "en",
    text: "Mail delivery failed: returning message to sender\nThis message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its recipients. This is a permanent error. The following address(es) failed:\n\n  friend@example.org\n    SMTP error from remote mail server after RCPT TO:<friend@example.org>:\n    550 relay not permitted",
    fields: { smtpCode: 550, rejectedAddress: "friend@example.org" },
    top: "smtp-auth-required",
  },
  {
    name: "qmail: no mailbox here by that name",
    family: "bounce",
    lang: "en",
    text: "Hi. This is the qmail-send program at mail.example.com.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<nobody@example.com>:\nSorry, no mailbox here by that name. (#5.1.1)",
    fields: { enhancedStatus: "5.1.1", rejectedAddress: "nobody@example.com" },
    top: "recipient-unknown",
  },
  {
    name: "Naver Korean bounce: sending IP filtered",
    family: "bounce",
    lang: "ko",
    text: "메일이 반송되었습니다.\n받는 사람: friend@naver.com\n사유: 421 4.3.2 Your IP(203.0.113.25) is filtered and this connection will be closed. Please visit http://realip.naver.com",
    fields: { smtpCode: 421, enhancedStatus: "4.3.2", rejectedAddress: "friend@naver.com", language: "ko" },
    top: "ip-blocklisted",
  },
  {
    name: "Daum: blocked by the anti-spam system",
    family: "bounce",
    lang: "ko",
    text: "메일 발송 실패 안내\n554 5.7.1 DAS51 203.0.113.25: Your mail is blocked automatically by anti-spam system. (E06)",
    fields: { smtpCode: 554, enhancedStatus: "5.7.1" },
    top: "ip-blocklisted",
  },
  {
    name: "Korean portal: suspended (dormant) user",
    family: "bounce",
    lang: "ko",
    text: "메일이 반송되었습니다.\n받는 사람 friend@example.co.kr 에게 메일을 보내지 못했습니다.\n550 5.1.1 Suspended user",
    fields: { smtpCode: 550, enhancedStatus: "5.1.1", rejectedAddress: "friend@example.co.kr" },
    top: "account-disabled",
  },
  {
    name: "Gmail: sender unauthenticated (5.7.26, multiline)",
    family: "bounce",
    lang: "en",
    text: "The response from the remote server was:\n550-5.7.26 This mail has been blocked because the sender is unauthenticated.\n550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.\n550 5.7.26 Authentication results: DKIM = did not pass SPF [example.com] with ip: [203.0.113.5] = did not pass - gsmtp",
    fields: { smtpCode: 550, enhancedStatus: "5.7.26" },
    top: "sender-domain-unauthenticated",
  },
  {
    name: "Gmail: likely unsolicited mail",
    family: "bounce",
    lang: "en",
    text: "550-5.7.1 [203.0.113.5 12] Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked. Please visit https://support.google.com/mail/?p=UnsolicitedMessageError for more information. - gsmtp",
    fields: { smtpCode: 550, enhancedStatus: "5.7.1" },
    top: "spam-rejected",
  },
  {
    name: "Microsoft 365: DMARC reject (5.7.509)",
    family: "bounce",
    lang: "en",
    text: "Remote Server returned '550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification and has a DMARC policy of reject.'",
    fields: { smtpCode: 550, enhancedStatus: "5.7.509" },
    top: "sender-domain-unauthenticated",
  },
  {
    name: "Outlook.com: banned sending IP (5.7.606)",
    family: "bounce",
    lang: "en",
    text: "550 5.7.606 Access denied, banned sending IP [203.0.113.9]. To request removal from this list please visit https://sender.office.com/ and follow the directions.",
    fields: { smtpCode: 550, enhancedStatus: "5.7.606" },
    top: "ip-blocklisted",
  },
  {
    name: "Korean ISP: too many messages",
    family: "bounce",
    lang: "ko",
    text: "메일 전송 실패\n421 4.3.1 You send too many messages.",
    fields: { smtpCode: 421, enhancedStatus: "4.3.1" },
    top: "send-limit-exceeded",
  },
  {
    name: "Korean ISP: no answer from host",
    family: "bounce",
    lang: "ko",
    text: "메일이 반송되었습니다.\n441 4.4.1 No answer from host",
    fields: { smtpCode: 441, enhancedStatus: "4.4.1" },
    top: "server-down",
  },
  {
    name: "Korean ISP: DNS resolving error",
    family: "bounce",
    lang: "ko",
    text: "반송된 메일\n451 4.4.0 DNS resolving error",
    fields: { smtpCode: 451, enhancedStatus: "4.4.0" },
    top: "domain-dns-broken",
  },
];
