// The labelled fields of the Outlook Express / Windows Live Mail / Outlook 2003–2007 dialog block:
// `Account: '…', Server: '…', Protocol: POP3, Server Response: '…', Port: 110, Secure(SSL): No,
// Socket Error: 10061, Server Error: 550, Error Number: 0x800CCC0E` and the Korean `계정: …` form
// (reference notes §0). Labels are matched lower case with spaces removed, so `서 버:` still reads as 서버.
import type { Anchors, FieldLabelEntry } from "@/lib/content/error-catalog-schema";

export const fieldLabels: FieldLabelEntry[] = [
  { field: "account", labels: ["account", "계정"] },
  { field: "server", labels: ["server", "서버"] },
  { field: "protocol", labels: ["protocol", "프로토콜"] },
  { field: "serverResponse", labels: ["serverresponse", "서버응답"] },
  { field: "port", labels: ["port", "포트"] },
  { field: "secure", labels: ["secure(ssl)", "보안(ssl)", "secure"] },
  { field: "socketError", labels: ["socketerror", "소켓오류"] },
  { field: "serverError", labels: ["servererror", "서버오류"] },
  { field: "errorNumber", labels: ["errornumber", "오류번호"] },
];

/**
 * Where values stand in free text (Thunderbird, Apple Mail, bounces). Lower case; matched in the text with
 * runs of spaces folded to one. Sources: Thunderbird's en-US/ko strings, Gmail/M365/Postfix/Exim bounces.
 */
export const anchors: Anchors = {
  responseBefore: [
    "the server responded:",
    "the mail server responded:",
    "server responded:",
    "responded:",
    "the response was:",
    "the response from the remote server was:",
    "the error that the other server returned was:",
    "remote server returned",
    "said:",
    "diagnostic-code: smtp;",
    "smtp error from remote mail server after",
    "메일 서버 응답:",
    "서버 메시지:",
    "메일 서버가 응답했습니다.",
    "서버 응답:",
  ],
  addressBefore: [
    "the rejected e-mail address was",
    "the rejected email address was",
    "거부된 전자 메일 주소는",
    "please check the message recipient",
    "메시지 주소",
    "the recipient",
    "받는 사람",
    "wasn't delivered to",
    "your message to",
    "final-recipient: rfc822;",
    "rcpt to:",
    "delivery to the following recipient failed permanently:",
    "the following address(es) failed:",
  ],
  addressAfter: [": recipient address rejected", "... user unknown", "sorry, no mailbox here by that name"],
  hostBefore: [
    { text: "outgoing server (smtp)", protocol: "SMTP" },
    { text: "smtp server", protocol: "SMTP" },
    { text: "smtp 서버(", protocol: "SMTP" },
    { text: "smtp서버(", protocol: "SMTP" },
    { text: "login to server" },
    { text: "failed to connect to server" },
    { text: "could not connect to server" },
    { text: "connection to server" },
    { text: "the host" },
    { text: "the mail server" },
    { text: "the user name or password for" },
    { text: "the identity of" },
    { text: "the server" },
  ],
  hostAfter: [
    { text: "호스트를 찾을 수 없습니다" },
    { text: "서버에 연결하지 못했습니다" },
    { text: "서버로의 연결" },
    { text: "서버 로그인을" },
    { text: "smtp 서버 인증에 실패", protocol: "SMTP" },
    { text: "서버의 연결이 끊어졌습니다" },
  ],
  responseEnd: [
    "(in reply to",
    ". please ",
    ". verify ",
    ". 메시지 주소",
    ". 메일 설정",
    ". 보내려는",
    "\n\n",
  ],
  microsoftMarkers: [
    "outlook.com",
    "office365",
    "microsoft",
    "exchange",
    "storedrv",
    "resolver.adr",
    "aka.ms",
  ],
  yes: ["yes", "예", "네", "true"],
  no: ["no", "아니오", "아니요", "false"],
};
