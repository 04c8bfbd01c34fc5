// What each port number in a pasted message means. Mail ports: RFC 8314 §7.3
// (https://www.rfc-editor.org/rfc/rfc8314#section-7.3) and RFC 6409; proxy ports from the reference notes §6
// (Avast 12110/12025/12143 unverified, DavMail 1110/1025/1143).
import type { PortEntry } from "@/lib/content/error-catalog-schema";

// One row per line, like the reference tables, so prettier is told to leave the layout alone.
// prettier-ignore
export const ports: PortEntry[] = [
  { port: 25, meaning: { ko: "서버끼리 메일을 넘기는 포트입니다. 가정용 인터넷에서는 막힌 경우가 많아 587이나 465를 씁니다", en: "The server-to-server mail port; home internet lines often block it, so use 587 or 465" } },
  { port: 465, meaning: { ko: "보내는 메일(SMTP) 포트, 처음부터 SSL/TLS 암호화", en: "Outgoing mail (SMTP) port with SSL/TLS from the start" } },
  { port: 587, meaning: { ko: "보내는 메일(SMTP) 제출 포트, STARTTLS 암호화와 로그인 사용", en: "Outgoing mail (SMTP) submission port, with STARTTLS and login" } },
  { port: 2525, meaning: { ko: "일부 업체가 쓰는 보조 보내는 메일 포트입니다", en: "An alternative outgoing mail port some providers use" } },
  { port: 110, meaning: { ko: "받는 메일(POP3) 기본 포트, 암호화 없음 또는 STARTTLS", en: "Incoming mail (POP3) port, plain or with STARTTLS" } },
  { port: 995, meaning: { ko: "받는 메일(POP3) 포트, SSL/TLS 암호화", en: "Incoming mail (POP3) port with SSL/TLS" } },
  { port: 143, meaning: { ko: "받는 메일(IMAP) 기본 포트, 암호화 없음 또는 STARTTLS", en: "Incoming mail (IMAP) port, plain or with STARTTLS" } },
  { port: 993, meaning: { ko: "받는 메일(IMAP) 포트, SSL/TLS 암호화", en: "Incoming mail (IMAP) port with SSL/TLS" } },
  { port: 80, meaning: { ko: "웹(HTTP) 포트입니다. 메일 프로그램이 쓰는 포트가 아닙니다", en: "The web (HTTP) port, not a mail program's port" } },
  { port: 443, meaning: { ko: "보안 웹(HTTPS) 포트입니다. Exchange·웹메일 동기화에 쓰입니다", en: "The secure web (HTTPS) port, used by Exchange and webmail sync" } },
  { port: 1110, meaning: { ko: "표준 메일 포트가 아닙니다. 백신·메일 프록시 프로그램(DavMail 등)이 받는 메일에 쓰는 포트입니다", en: "Not a standard mail port: antivirus or mail proxy programs (such as DavMail) use it for incoming mail" } },
  { port: 1025, meaning: { ko: "표준 메일 포트가 아닙니다. 메일 프록시 프로그램(DavMail 등)이 보내는 메일에 쓰는 포트입니다", en: "Not a standard mail port: mail proxy programs (such as DavMail) use it for outgoing mail" } },
  { port: 1143, meaning: { ko: "표준 메일 포트가 아닙니다. 메일 프록시 프로그램(DavMail 등)이 IMAP에 쓰는 포트입니다", en: "Not a standard mail port: mail proxy programs (such as DavMail) use it for IMAP" } },
  { port: 12110, meaning: { ko: "표준 메일 포트가 아닙니다. 백신(Avast 등)의 메일 검사 프록시가 쓰는 포트입니다", en: "Not a standard mail port: an antivirus mail shield (such as Avast) uses it" } },
  { port: 12025, meaning: { ko: "표준 메일 포트가 아닙니다. 백신(Avast 등)의 메일 검사 프록시가 쓰는 포트입니다", en: "Not a standard mail port: an antivirus mail shield (such as Avast) uses it" } },
  { port: 12143, meaning: { ko: "표준 메일 포트가 아닙니다. 백신(Avast 등)의 메일 검사 프록시가 쓰는 포트입니다", en: "Not a standard mail port: an antivirus mail shield (such as Avast) uses it" } },
];
