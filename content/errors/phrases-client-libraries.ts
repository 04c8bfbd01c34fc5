// Result codes and exception texts of the libraries that web sites, scripts and apps send and fetch mail
// with: curl/libcurl, PHPMailer, Nodemailer, Python's smtplib/imaplib/poplib, .NET System.Net.Mail and
// MailKit, JavaMail (Jakarta Mail, also inside Android apps). What they say is the library's own sentence;
// the server's reply quoted with it (the response tier) says more and decides when present.
// Sources: https://curl.se/libcurl/c/libcurl-errors.html (CURLE_* numbers and curl_easy_strerror texts);
// PHPMailer language/phpmailer.lang-en.php; https://nodemailer.com/usage/#error-codes (EAUTH, ESOCKET, …);
// https://docs.python.org/3/library/smtplib.html; https://learn.microsoft.com/dotnet/api/system.net.mail.smtpexception;
// MailKit's SslHandshakeException help text; https://jakarta.ee/specifications/mail/ (MailConnectException).
// Wordings seen in the rig's capture (curl 7.88) are exact; the others are the libraries' source texts.
import type { PhraseEntry } from "@/lib/content/error-catalog-schema";
import { CERTIFICATE } from "./certificate-cause";

export const clientLibraryPhrases: PhraseEntry[] = [
  {
    id: "curl-resolve",
    tier: "client",
    specificity: 0.6,
    match: ["curl: (6)", "curle_couldnt_resolve_host"],
    meaning: {
      ko: "curl: 서버 이름을 찾지 못했습니다 (오류 6)",
      en: "curl: the server name could not be resolved (error 6)",
    },
    causes: { "server-not-found": 0.65 },
    failure: "dns",
  },
  {
    id: "curl-connect",
    tier: "client",
    specificity: 0.5,
    match: ["curl: (7)", "curle_couldnt_connect"],
    meaning: {
      ko: "curl: 서버에 연결하지 못했습니다 (오류 7: 연결 거부 또는 닿지 않음)",
      en: "curl: could not connect to the server (error 7: refused or unreachable)",
    },
    causes: { "connection-refused": 0.55, "connection-timeout": 0.2 },
    failure: "refused",
  },
  {
    id: "curl-timeout",
    tier: "client",
    specificity: 0.45,
    match: ["curl: (28)", "curle_operation_timedout"],
    meaning: {
      ko: "curl: 시간 안에 끝나지 않았습니다 (오류 28)",
      en: "curl: the operation timed out (error 28)",
    },
    causes: { "connection-timeout": 0.45 },
    failure: "timeout",
  },
  {
    id: "curl-ssl-connect",
    tier: "client",
    specificity: 0.45,
    match: ["curl: (35)", "curle_ssl_connect_error"],
    meaning: {
      ko: "curl: 보안 연결(SSL/TLS)을 만들지 못했습니다 (오류 35)",
      en: "curl: the SSL/TLS connection failed (error 35)",
    },
    causes: { "tls-mismatch": 0.55 },
  },
  {
    id: "curl-peer-verification",
    tier: "client",
    specificity: 0.55,
    match: [
      "curl: (60)",
      "curl: (51)",
      "curle_peer_failed_verification",
      "failed to verify the legitimacy of the server",
    ],
    meaning: {
      ko: "curl: 서버 인증서를 믿을 수 없습니다 (오류 60: 만료, 다른 이름, 믿을 수 없는 발급자)",
      en: "curl: the server's certificate could not be verified (error 60: expired, another name, or an untrusted issuer)",
    },
    causes: { [CERTIFICATE]: 0.7 },
  },
  {
    id: "curl-use-ssl-failed",
    tier: "client",
    specificity: 0.55,
    match: ["curl: (64)", "curle_use_ssl_failed"],
    meaning: {
      ko: "curl: 요구한 암호화(STARTTLS)를 서버가 제공하지 않습니다 (오류 64)",
      en: "curl: the server doesn't offer the encryption (STARTTLS) that was required (error 64)",
    },
    causes: { "tls-mismatch": 0.65 },
  },
  {
    id: "curl-login-denied",
    tier: "client",
    specificity: 0.45,
    match: ["curl: (67)", "login denied", "curle_login_denied"],
    meaning: {
      ko: "curl: 서버가 로그인을 받지 않았습니다 (오류 67: 비밀번호, 또는 로그인 방식·암호화 조건)",
      en: "curl: the server did not accept the login (error 67: the password, or the login method or encryption it requires)",
    },
    causes: { "wrong-password": 0.5, "auth-method-mismatch": 0.2, "tls-required": 0.15 },
  },
  {
    id: "curl-no-known-mechanism",
    tier: "client",
    specificity: 0.6,
    match: ["no known authentication mechanisms supported"],
    meaning: {
      ko: "curl: 서버가 제공하는 로그인 방식 중 쓸 수 있는 것이 없습니다 (암호화 전에는 로그인을 막는 서버가 많습니다)",
      en: "curl: none of the login methods the server offers can be used (many servers allow no login before encryption)",
    },
    causes: { "auth-method-mismatch": 0.55, "tls-required": 0.35 },
    supersedes: ["wrong-password"],
  },
  {
    id: "curl-send-recv",
    tier: "client",
    specificity: 0.35,
    match: ["curl: (55)", "curl: (56)", "curl: (52)", "curl: (8)"],
    meaning: {
      ko: "curl: 보내거나 받는 중에 서버와의 대화가 끊겼거나 서버가 거부했습니다 (서버 응답이 이유를 말합니다)",
      en: "curl: the exchange with the server broke off or was refused (the server's reply says why)",
    },
    causes: { "connection-dropped": 0.3 },
  },
  {
    id: "phpmailer-could-not-authenticate",
    tier: "client",
    specificity: 0.7,
    match: ["smtp error: could not authenticate", "smtp error: password command failed"],
    meaning: {
      ko: "PHPMailer: SMTP 서버 로그인에 실패했습니다 (비밀번호·앱 비밀번호·인증 방식)",
      en: "PHPMailer: logging in to the SMTP server failed (password, app password, or authentication method)",
    },
    causes: { "wrong-password": 0.6, "app-password-required": 0.3 },
    protocol: "SMTP",
  },
  {
    id: "phpmailer-connect-failed",
    tier: "client",
    specificity: 0.6,
    match: [
      "smtp connect() failed",
      "could not connect to smtp host",
      "smtp error: failed to connect to server",
    ],
    meaning: {
      ko: "PHPMailer: SMTP 서버에 연결하지 못했습니다 (호스트·포트·SMTPSecure 설정, 호스팅의 바깥 연결 차단)",
      en: "PHPMailer: could not connect to the SMTP server (host, port or SMTPSecure setting, or the web host blocks outgoing connections)",
    },
    causes: { "connection-refused": 0.35, "connection-timeout": 0.3, "tls-mismatch": 0.3 },
    protocol: "SMTP",
  },
  {
    id: "phpmailer-recipients-failed",
    tier: "client",
    specificity: 0.6,
    match: ["smtp error: the following recipients failed"],
    meaning: {
      ko: "PHPMailer: 서버가 받는 사람을 거부했습니다 (서버 응답이 이유를 말합니다)",
      en: "PHPMailer: the server refused a recipient (its reply says why)",
    },
    causes: { "recipient-unknown": 0.35, "smtp-auth-required": 0.3 },
    protocol: "SMTP",
  },
  {
    id: "php-crypto-failed",
    tier: "client",
    specificity: 0.5,
    match: ["stream_socket_enable_crypto", "unable to connect to ssl://", "unable to connect to tls://"],
    meaning: {
      ko: "PHP: 보안 연결(SSL/TLS)을 만들지 못했습니다 (포트와 암호화 방식, 인증서)",
      en: "PHP: the SSL/TLS connection could not be made (the port and encryption setting, or the certificate)",
    },
    causes: { "tls-mismatch": 0.55 },
  },
  {
    id: "nodemailer-invalid-login",
    tier: "client",
    specificity: 0.6,
    match: ["invalid login:", "code: 'eauth'", 'code: "eauth"'],
    meaning: {
      ko: "Nodemailer: SMTP 로그인이 거부되었습니다 (이어지는 서버 응답 참고)",
      en: "Nodemailer: the SMTP login was refused (see the server's reply that follows)",
    },
    causes: { "wrong-password": 0.6, "app-password-required": 0.3 },
    protocol: "SMTP",
  },
  {
    id: "nodemailer-greeting-never-received",
    tier: "client",
    specificity: 0.55,
    match: ["greeting never received"],
    meaning: {
      ko: "서버가 인사말을 보내지 않았습니다: 465에서 secure를 끈 채(또는 587에서 켠 채) 연결했거나 서버가 멈췄습니다",
      en: "The server never sent its greeting: connecting to 465 with secure off (or to 587 with it on), or the server hangs",
    },
    causes: { "tls-mismatch": 0.5, "connection-timeout": 0.35 },
    failure: "timeout",
    protocol: "SMTP",
  },
  {
    id: "python-smtp-auth-not-supported",
    tier: "client",
    specificity: 0.7,
    match: ["smtp auth extension not supported by server"],
    meaning: {
      ko: "서버가 로그인(SMTP AUTH)을 제공하지 않았습니다: 대개 STARTTLS 전이라서입니다 (starttls()를 먼저 부르거나 587/465를 쓰세요)",
      en: "The server offered no login (SMTP AUTH): usually because STARTTLS hadn't been done yet (call starttls() first, or use 587/465)",
    },
    causes: { "tls-required": 0.6, "auth-method-mismatch": 0.25 },
    supersedes: ["wrong-password"],
    protocol: "SMTP",
  },
  {
    id: "python-smtp-exceptions",
    tier: "client",
    specificity: 0.4,
    match: [
      "smtpauthenticationerror",
      "smtpserverdisconnected",
      "smtprecipientsrefused",
      "smtpsenderrefused",
      "smtpdataerror",
    ],
    meaning: {
      ko: "Python smtplib 오류입니다 (괄호 안의 서버 응답이 이유를 말합니다)",
      en: "A Python smtplib error (the server's reply in brackets says why)",
    },
    causes: {},
    protocol: "SMTP",
  },
  {
    id: "dotnet-secure-connection-required",
    tier: "client",
    specificity: 0.6,
    match: ["requires a secure connection or the client was not authenticated"],
    meaning: {
      ko: ".NET: 서버가 보안 연결이나 로그인을 요구합니다 (EnableSsl과 자격 증명, 이어지는 서버 응답 확인)",
      en: ".NET: the server requires a secure connection or a login (check EnableSsl and the credentials; the server's reply follows)",
    },
    causes: { "tls-required": 0.45, "smtp-auth-required": 0.4 },
    protocol: "SMTP",
  },
  {
    id: "dotnet-syntax-error-on-465",
    tier: "client",
    specificity: 0.45,
    match: ["syntax error, command unrecognized"],
    meaning: {
      ko: "서버가 명령을 알아듣지 못했습니다: .NET SmtpClient를 465(SSL 전용)에 연결하면 흔히 나옵니다 (587과 STARTTLS를 쓰세요)",
      en: "The server didn't understand a command: common when .NET's SmtpClient is pointed at 465, which it can't use (use 587 with STARTTLS)",
    },
    causes: { "tls-mismatch": 0.5 },
    protocol: "SMTP",
  },
  {
    id: "javamail-connect",
    tier: "client",
    specificity: 0.5,
    match: ["couldn't connect to host, port", "mailconnectexception"],
    meaning: {
      ko: "JavaMail: 서버에 연결하지 못했습니다 (이어지는 nested exception이 이유를 말합니다)",
      en: "JavaMail: could not connect to the server (the nested exception says why)",
    },
    causes: { "connection-refused": 0.3, "connection-timeout": 0.3 },
    failure: "connect",
  },
  {
    id: "javamail-authentication-failed",
    tier: "client",
    specificity: 0.55,
    match: ["authenticationfailedexception"],
    meaning: {
      ko: "JavaMail: 로그인이 거부되었습니다",
      en: "JavaMail: the login was refused",
    },
    causes: { "wrong-password": 0.6, "app-password-required": 0.3 },
  },
  {
    id: "javamail-no-common-mechanism",
    tier: "client",
    specificity: 0.65,
    match: ["no authentication mechanisms supported by both server and client"],
    meaning: {
      ko: "JavaMail: 서버와 프로그램이 함께 쓸 수 있는 로그인 방식이 없습니다 (암호화 전이라 서버가 로그인을 숨겼을 수 있습니다)",
      en: "JavaMail: no login method is supported by both sides (the server may hide its logins until encryption starts)",
    },
    causes: { "auth-method-mismatch": 0.55, "tls-required": 0.35 },
    supersedes: ["wrong-password"],
  },
];
