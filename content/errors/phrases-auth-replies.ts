// What mail servers answer about logging in and about encryption: Postfix, Dovecot, Exim, Exchange /
// Microsoft 365, Gmail, and the Korean services (Naver, Daum/Kakao, Hiworks). A reply about the login
// *method* or about encryption is not a wrong password, so these supersede `wrong-password`.
// Sources: the reply texts compiled into Debian 12's Postfix 3.7 smtpd (smtpd_sasl_proto.c, smtpd.c) and
// Dovecot 2.3 login processes (src/login-common, src/imap-login, src/pop3-login) — seen word for word in the
// rig's capture; Exim 4 smtp_in.c ("503 AUTH command used when not advertised"); Microsoft's SMTP AUTH and
// IMAP/POP troubleshooting pages (learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online);
// support.google.com/mail/answer/7126229 and /a/answer/3726730; Hiworks' mail-only password
// (customer.gabia.com/manual/hiworks/128/18580). Rows whose exact wording no primary source shows are
// marked unverified and matched by their keywords.
import type { PhraseEntry } from "@/lib/content/error-catalog-schema";

export const authReplyPhrases: PhraseEntry[] = [
  {
    id: "postfix-auth-not-enabled",
    tier: "response",
    specificity: 0.9,
    match: ["error: authentication not enabled", "auth command used when not advertised"],
    meaning: {
      ko: "서버가 이 연결에서는 로그인(AUTH)을 받지 않습니다: 보통 암호화(STARTTLS) 뒤에만 받습니다. STARTTLS를 켜거나 587/465를 쓰세요",
      en: "The server takes no login (AUTH) on this connection: usually only after encryption (STARTTLS). Turn on STARTTLS, or use 587/465",
    },
    causes: { "tls-required": 0.7, "auth-method-mismatch": 0.2 },
    supersedes: ["wrong-password"],
    protocol: "SMTP",
  },
  {
    id: "encryption-required-for-mechanism",
    tier: "response",
    specificity: 0.9,
    match: [
      "encryption required for requested authentication mechanism",
      "authentication not allowed until ssl/tls is enabled",
      "ssl required for authentication",
      "starttls is required to send mail",
    ],
    meaning: {
      ko: "서버가 암호화(SSL/TLS, STARTTLS) 뒤에만 로그인을 받습니다",
      en: "The server accepts a login only after encryption (SSL/TLS or STARTTLS)",
    },
    causes: { "tls-required": 0.9 },
    supersedes: ["wrong-password", "auth-method-mismatch"],
  },
  {
    id: "plaintext-auth-disabled",
    tier: "response",
    specificity: 0.9,
    match: ["plaintext authentication disabled"],
    meaning: {
      ko: "암호화 없는 연결에서는 비밀번호 로그인이 막혀 있습니다: SSL/TLS(993·995)나 STARTTLS를 켜세요",
      en: "Password logins are blocked on unencrypted connections: turn on SSL/TLS (993, 995) or STARTTLS",
    },
    causes: { "tls-required": 0.9 },
    supersedes: ["wrong-password", "auth-method-mismatch"],
  },
  {
    id: "imap-logindisabled",
    tier: "response",
    specificity: 0.6,
    match: ["logindisabled"],
    meaning: {
      ko: "IMAP 서버가 암호화 전에는 로그인을 받지 않는다고 알렸습니다 (LOGINDISABLED)",
      en: "The IMAP server announced it takes no login before encryption (LOGINDISABLED)",
    },
    causes: { "tls-required": 0.7 },
    protocol: "IMAP",
  },
  {
    id: "mechanism-unsupported",
    tier: "response",
    specificity: 0.9,
    match: [
      "unsupported authentication mechanism",
      "invalid authentication mechanism",
      "provided authentication mechanism is not supported",
      "server authentication mechanisms incompatible",
    ],
    meaning: {
      ko: "서버가 이 로그인 방식(예: CRAM-MD5, 암호화된 비밀번호, SPA)을 지원하지 않습니다: '일반 비밀번호'로 바꾸세요",
      en: "The server doesn't support this login method (such as CRAM-MD5, an encrypted password or SPA): switch to a normal password",
    },
    causes: { "auth-method-mismatch": 0.85 },
    supersedes: ["wrong-password", "app-password-required"],
  },
  {
    id: "postfix-tls-local-problem",
    tier: "response",
    specificity: 0.9,
    match: ["tls not available due to local problem"],
    meaning: {
      ko: "서버 쪽 TLS 설정에 문제가 있어 STARTTLS를 할 수 없습니다 (호스팅 회사에 알리세요)",
      en: "The server's own TLS setup is broken, so STARTTLS can't work (tell the hosting company)",
    },
    causes: { "server-busy": 0.5, "tls-mismatch": 0.3 },
    protocol: "SMTP",
  },
  {
    id: "m365-imap-not-connected",
    tier: "response",
    specificity: 0.8,
    unverified: true,
    match: ["user is authenticated but not connected"],
    meaning: {
      ko: "Microsoft 365가 로그인은 받았지만 메일함 연결을 막았습니다 (기본 인증 차단, 메일함의 IMAP/POP 사용 안 함)",
      en: "Microsoft 365 accepted the login but refused the mailbox (basic authentication blocked, or IMAP/POP off for the mailbox)",
    },
    causes: { "app-password-required": 0.6, "account-disabled": 0.25 },
    supersedes: ["wrong-password"],
    protocol: "IMAP",
  },
  {
    id: "gmail-imap-disabled",
    tier: "response",
    specificity: 0.85,
    match: ["not enabled for imap use", "your account is not enabled for pop"],
    meaning: {
      ko: "웹메일 설정에서 IMAP/POP 사용이 꺼져 있습니다 (Gmail: 설정 › 전달 및 POP/IMAP)",
      en: "IMAP/POP access is turned off in the webmail settings (Gmail: Settings › Forwarding and POP/IMAP)",
    },
    causes: { "account-disabled": 0.55, "app-password-required": 0.3 },
    supersedes: ["wrong-password"],
  },
  {
    id: "korean-mail-only-password",
    tier: "response",
    specificity: 0.8,
    unverified: true,
    match: ["메일 전용 비밀번호", "외부 메일 프로그램 전용 비밀번호"],
    meaning: {
      ko: "이 메일 서비스는 메일 프로그램용 비밀번호를 따로 씁니다 (하이웍스 '메일 전용 비밀번호', 네이버 '애플리케이션 비밀번호')",
      en: "This mail service uses a separate password for mail programs (Hiworks' mail-only password, Naver's application password)",
    },
    causes: { "app-password-required": 0.85 },
    supersedes: ["wrong-password"],
  },
  {
    id: "korean-external-access-off",
    tier: "response",
    specificity: 0.7,
    unverified: true,
    match: [
      ["pop3", "사용 안 함"],
      ["imap", "사용 안 함"],
      ["pop3/smtp", "사용하지 않"],
      "외부 메일 프로그램 사용이 제한",
    ],
    meaning: {
      ko: "웹메일 설정에서 POP3/IMAP/SMTP 사용이 꺼져 있습니다 (네이버·다음·하이웍스는 처음에 꺼져 있습니다)",
      en: "POP3/IMAP/SMTP access is turned off in the webmail settings (Naver, Daum and Hiworks start with it off)",
    },
    causes: { "account-disabled": 0.5, "wrong-password": 0.3 },
  },
];
