// POP3 and IMAP response codes in brackets: `-ERR [IN-USE] …`, `NO [AUTHENTICATIONFAILED] …`.
// POP3: RFC 2449 §8 and RFC 3206 (https://www.rfc-editor.org/rfc/rfc3206). IMAP: RFC 5530
// (https://www.rfc-editor.org/rfc/rfc5530). These are the server's own words, so they outrank error numbers.
// `ERR` and `BYE` stand for a bare `-ERR` / `* BYE` without a bracket code.
import type { MailboxResponseEntry } from "@/lib/content/error-catalog-schema";

// One row per line, like the reference tables, so prettier is told to leave the layout alone.
// prettier-ignore
export const mailboxResponses: MailboxResponseEntry[] = [
  { protocol: "POP3", code: "IN-USE", meaning: { ko: "다른 기기(휴대폰·다른 PC)가 메일함을 쓰고 있어 잠겨 있습니다", en: "Another device (phone, other PC) is using the mailbox, so it is locked" }, causes: { "mailbox-locked": 0.9 }, supersedes: ["wrong-password"] },
  { protocol: "POP3", code: "LOGIN-DELAY", meaning: { ko: "메일을 너무 자주 확인해서 잠시 로그인이 막혔습니다", en: "Mail is checked too often, so logins are delayed for a while" }, causes: { "polling-too-often": 0.9 }, supersedes: ["wrong-password"] },
  { protocol: "POP3", code: "SYS/TEMP", meaning: { ko: "서버의 일시적인 문제입니다 (잠시 후 다시)", en: "A temporary server problem (try again later)" }, causes: { "server-busy": 0.75 }, supersedes: ["wrong-password"] },
  { protocol: "POP3", code: "SYS/PERM", meaning: { ko: "서버 쪽의 영구적인 문제입니다 (메일 관리자에게 문의)", en: "A permanent server-side problem (contact the mail administrator)" }, causes: { "account-disabled": 0.45, "server-down": 0.35 }, supersedes: ["wrong-password"] },
  { protocol: "POP3", code: "AUTH", meaning: { ko: "로그인 정보(사용자 이름·비밀번호)가 거부되었습니다", en: "The login credentials (user name or password) were rejected" }, causes: { "wrong-password": 0.75, "app-password-required": 0.3 } },
  { protocol: "IMAP", code: "AUTHENTICATIONFAILED", meaning: { ko: "로그인 정보(사용자 이름·비밀번호)가 거부되었습니다", en: "The login credentials (user name or password) were rejected" }, causes: { "wrong-password": 0.75, "app-password-required": 0.35 } },
  { protocol: "IMAP", code: "AUTHORIZATIONFAILED", meaning: { ko: "로그인은 되었지만 이 메일함을 쓸 권한이 없습니다", en: "Logged in, but not allowed to use this mailbox" }, causes: { "account-disabled": 0.45, "wrong-password": 0.35 } },
  { protocol: "IMAP", code: "EXPIRED", meaning: { ko: "비밀번호나 계정의 유효 기간이 지났습니다", en: "The password or account has expired" }, causes: { "wrong-password": 0.55, "account-disabled": 0.35 } },
  { protocol: "IMAP", code: "PRIVACYREQUIRED", meaning: { ko: "보안 연결(SSL/TLS) 없이 로그인할 수 없습니다", en: "Logging in requires a secure (SSL/TLS) connection" }, causes: { "tls-required": 0.85 } },
  { protocol: "IMAP", code: "CONTACTADMIN", meaning: { ko: "메일 관리자에게 문의해야 합니다 (계정 정지 등)", en: "Contact the mail administrator (for example, the account is suspended)" }, causes: { "account-disabled": 0.65 } },
  { protocol: "IMAP", code: "UNAVAILABLE", meaning: { ko: "서버의 일시적인 문제입니다 (잠시 후 다시)", en: "A temporary server problem (try again later)" }, causes: { "server-busy": 0.75 } },
  { protocol: "IMAP", code: "OVERQUOTA", meaning: { ko: "메일함 용량이 가득 찼습니다", en: "The mailbox is over its quota" }, causes: { "recipient-mailbox-full": 0.6 } },
  { protocol: "IMAP", code: "INUSE", meaning: { ko: "다른 곳에서 이 메일함을 쓰고 있습니다", en: "The mailbox is in use elsewhere" }, causes: { "mailbox-locked": 0.75 } },
  { protocol: "IMAP", code: "LIMIT", meaning: { ko: "서버의 사용 한도(연결 수 등)를 넘었습니다", en: "A server limit (such as connections) was exceeded" }, causes: { "server-busy": 0.6 } },
  { protocol: "POP3", code: "ERR", meaning: { ko: "POP3 서버가 요청을 거부했습니다 (뒤에 이어지는 문장이 이유입니다)", en: "The POP3 server refused the request (the words after it say why)" }, causes: {} },
  { protocol: "IMAP", code: "BYE", meaning: { ko: "IMAP 서버가 연결을 끊었습니다", en: "The IMAP server closed the connection" }, causes: { "connection-dropped": 0.4, "server-busy": 0.3 } },
  { protocol: "IMAP", code: "ALERT", meaning: { ko: "서버가 사용자에게 꼭 보여 달라는 안내입니다 (이어지는 문장을 읽으세요)", en: "A notice the server wants you to read (see the words after it)" }, causes: {} },
];
