// SMTP basic reply codes: RFC 5321 §4.2 (https://www.rfc-editor.org/rfc/rfc5321#section-4.2), AUTH
// (RFC 4954), STARTTLS (RFC 3207), null MX (RFC 7504/7505). 4xx = temporary, 5xx = permanent.
// A basic code alone says little (550 covers "no such user" and "relay denied"), so the weights stay low:
// the enhanced code and the server's words decide. `bounce` is the reading inside a delivery report, where the
// code is a remote server's answer about someone else's mailbox (550 after RCPT TO is about the recipient).
import type { SmtpReplyEntry } from "@/lib/content/error-catalog-schema";

// One row per line, like the reference tables, so prettier is told to leave the layout alone.
// prettier-ignore
export const smtpReplies: SmtpReplyEntry[] = [
  { code: 220, meaning: { ko: "서버가 준비되었다는 인사입니다 (오류 아님)", en: "The server's greeting: ready (not an error)" }, causes: {} },
  { code: 221, meaning: { ko: "서버가 연결을 정상적으로 닫습니다 (오류 아님)", en: "The server is closing the connection normally (not an error)" }, causes: {} },
  { code: 235, meaning: { ko: "로그인(인증)에 성공했습니다", en: "Authentication succeeded" }, causes: {} },
  { code: 250, meaning: { ko: "요청이 성공했습니다 (오류 아님)", en: "The request succeeded (not an error)" }, causes: {} },
  { code: 334, meaning: { ko: "서버가 로그인 정보를 기다립니다", en: "The server is waiting for login data" }, causes: {} },
  { code: 354, meaning: { ko: "서버가 메일 본문을 기다립니다", en: "The server is waiting for the message body" }, causes: {} },
  { code: 421, meaning: { ko: "서버가 지금은 받을 수 없어 연결을 닫습니다 (연결 과다, 일시 차단)", en: "The service is not available now and is closing the connection (too many connections, temporary block)" }, causes: { "server-busy": 0.45, "ip-blocklisted": 0.2 } },
  { code: 432, meaning: { ko: "비밀번호를 바꿔야 로그인할 수 있습니다", en: "A password change is needed before logging in" }, causes: { "wrong-password": 0.5 } },
  { code: 441, meaning: { ko: "받는 쪽 서버가 응답하지 않습니다", en: "The receiving host did not answer" }, causes: { "server-down": 0.4, "server-busy": 0.3 } },
  { code: 450, meaning: { ko: "메일함을 잠시 쓸 수 없습니다 (일시적, 자동으로 다시 시도)", en: "The mailbox is temporarily unavailable (it will be retried)" }, causes: { "greylisted": 0.4, "server-busy": 0.25 }, bounce: { causes: { "greylisted": 0.35, "server-busy": 0.3 } } },
  { code: 451, meaning: { ko: "서버 처리 중 오류로 중단되었습니다 (일시적)", en: "Aborted by a local error in processing (temporary)" }, causes: { "server-busy": 0.4, "greylisted": 0.3 } },
  { code: 452, meaning: { ko: "저장 공간이 부족하거나 받는 사람이 너무 많습니다 (일시적)", en: "Insufficient storage, or too many recipients (temporary)" }, causes: { "recipient-mailbox-full": 0.35, "send-limit-exceeded": 0.2 }, bounce: { causes: { "recipient-mailbox-full": 0.4, "server-busy": 0.2 } } },
  { code: 454, meaning: { ko: "인증이나 보안 연결을 잠시 할 수 없습니다", en: "Authentication or TLS is temporarily unavailable" }, causes: { "server-busy": 0.45 } },
  { code: 455, meaning: { ko: "서버가 요청한 설정값을 받아들일 수 없습니다", en: "The server can't accommodate the parameters" }, causes: {} },
  { code: 500, meaning: { ko: "명령을 알아듣지 못했습니다 (다른 포트, 중간 프로그램)", en: "Command not recognised (wrong port, or a program in between)" }, causes: { "antivirus-interference": 0.25, "connection-refused": 0.2 }, bounce: { causes: {} } },
  { code: 501, meaning: { ko: "명령의 값(주소, 컴퓨터 이름) 형식이 틀렸습니다", en: "A syntax error in the parameters (an address or the computer name)" }, causes: { "sender-not-allowed": 0.25, "recipient-unknown": 0.2 }, bounce: { meaning: { ko: "주소 형식이 틀렸다고 거부했습니다", en: "An address was refused as malformed" }, causes: { "recipient-unknown": 0.3, "sender-not-allowed": 0.2 } } },
  { code: 502, meaning: { ko: "서버가 이 명령을 지원하지 않습니다", en: "The command is not implemented" }, causes: { "auth-method-mismatch": 0.3 }, bounce: { causes: {} } },
  { code: 503, meaning: { ko: "명령 순서가 틀렸습니다 (대개 먼저 로그인하라는 뜻)", en: "Bad sequence of commands (usually: log in first)" }, causes: { "smtp-auth-required": 0.45 }, bounce: { causes: {} } },
  { code: 504, meaning: { ko: "서버가 이 로그인 방식을 지원하지 않습니다", en: "The server doesn't support this parameter or login method" }, causes: { "auth-method-mismatch": 0.45 }, bounce: { causes: {} } },
  { code: 505, meaning: { ko: "인증이 필요합니다", en: "Authentication required" }, causes: { "smtp-auth-required": 0.5 }, bounce: { causes: {} } },
  { code: 521, meaning: { ko: "이 서버(도메인)는 메일을 받지 않습니다", en: "This host (domain) does not accept mail" }, causes: { "recipient-unknown": 0.4, "domain-dns-broken": 0.3 } },
  { code: 530, meaning: { ko: "먼저 로그인(인증)하거나 보안 연결을 시작해야 합니다", en: "Log in (authenticate) or start TLS first" }, causes: { "smtp-auth-required": 0.45, "tls-required": 0.35 }, bounce: { meaning: { ko: "받는 쪽 서버가 로그인한 발신자만 받습니다", en: "The receiving server accepts only authenticated senders" }, causes: { "sender-not-allowed": 0.3 } } },
  { code: 534, meaning: { ko: "로그인 방식이 너무 약하다고 거부했습니다 (앱 비밀번호·OAuth 필요)", en: "The login method is too weak (an app password or OAuth is needed)" }, causes: { "app-password-required": 0.6 }, bounce: { causes: {} } },
  { code: 535, meaning: { ko: "로그인(인증) 정보가 거부되었습니다", en: "The login (authentication) credentials were rejected" }, causes: { "wrong-password": 0.5, "app-password-required": 0.3 }, bounce: { causes: {} } },
  { code: 538, meaning: { ko: "이 로그인 방식은 보안 연결에서만 쓸 수 있습니다", en: "This login method needs an encrypted connection" }, causes: { "tls-required": 0.6 }, bounce: { causes: {} } },
  { code: 550, meaning: { ko: "요청이 거부되었습니다 (없는 사용자, 중계 거부, 정책 차단 등)", en: "Request refused (no such user, relay denied, policy block, …)" }, causes: { "recipient-unknown": 0.2, "smtp-auth-required": 0.2, "spam-rejected": 0.1 }, bounce: { meaning: { ko: "받는 쪽 서버가 이 메일을 거부했습니다 (대개 받는 사람 주소 문제, 때로 차단)", en: "The receiving server refused the message (usually the recipient address, sometimes a block)" }, causes: { "recipient-unknown": 0.3, "spam-rejected": 0.12, "ip-blocklisted": 0.1 } } },
  { code: 551, meaning: { ko: "받는 사람이 이 서버에 없습니다", en: "User not local" }, causes: { "recipient-unknown": 0.45 } },
  { code: 552, meaning: { ko: "저장 한도를 넘었습니다 (메일이 너무 크거나 메일함이 가득 참)", en: "Storage allocation exceeded (the message is too big, or the mailbox is full)" }, causes: { "message-too-large": 0.4, "recipient-mailbox-full": 0.3 }, bounce: { causes: { "recipient-mailbox-full": 0.35, "message-too-large": 0.35 } } },
  { code: 553, meaning: { ko: "이 주소는 허락되지 않습니다 (주소 형식, 또는 인증 없이 보냄)", en: "Mailbox name not allowed (address syntax, or sending without authentication)" }, causes: { "smtp-auth-required": 0.35, "sender-not-allowed": 0.3 }, bounce: { meaning: { ko: "받는 쪽 서버가 이 주소를 받지 않습니다", en: "The receiving server does not accept this address" }, causes: { "recipient-unknown": 0.3, "sender-not-allowed": 0.25 } } },
  { code: 554, meaning: { ko: "전송이 거부되었습니다 (스팸·차단 목록·정책)", en: "Transaction failed (spam, block list, or policy)" }, causes: { "spam-rejected": 0.25, "ip-blocklisted": 0.25, "smtp-auth-required": 0.15 }, bounce: { meaning: { ko: "받는 쪽 서버가 전송을 거부했습니다 (스팸 판정·차단 목록·정책)", en: "The receiving server refused the transaction (spam, block list, or policy)" }, causes: { "spam-rejected": 0.3, "ip-blocklisted": 0.25 } } },
  { code: 555, meaning: { ko: "서버가 보내기 옵션(SIZE 등)을 지원하지 않습니다", en: "MAIL FROM/RCPT TO parameters not recognised" }, causes: {} },
  { code: 556, meaning: { ko: "받는 도메인이 메일을 받지 않습니다 (null MX)", en: "The domain does not accept mail (null MX)" }, causes: { "recipient-unknown": 0.45 } },
];
