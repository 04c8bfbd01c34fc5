// The own sentences of the mail programs people run on Linux, BSD and macOS desktops and servers: msmtp,
// swaks, s-nail (mailx), NeoMutt, fetchmail, getmail6, OfflineIMAP and mbsync (isync). Exact texts, seen in
// their real output in the rig (lib/parse/corpus/client-texts, captured with scripts/capture-client-texts)
// and found in their sources: msmtp src/smtp.c and msmtp.c, swaks' swaks script, s-nail src/mx/net-smtp.c,
// NeoMutt smtp.c / imap/auth.c / po/ko.po, fetchmail socket.c / fetchmail.c, getmail6 getmailcore,
// OfflineIMAP offlineimap/imapserver.py, isync src/drv_imap.c. The socket and TLS texts these programs print
// from their libraries are in phrases-network.ts and phrases-tls.ts.
import type { PhraseEntry } from "@/lib/content/error-catalog-schema";
import { CERTIFICATE } from "./certificate-cause";

export const unixClientPhrases: PhraseEntry[] = [
  {
    id: "no-auth-offered",
    tier: "client",
    specificity: 0.7,
    match: [
      "the server does not support authentication",
      "host did not advertise authentication",
      "server does not support authentication",
    ],
    meaning: {
      ko: "서버가 로그인(SMTP AUTH)을 제공하지 않았습니다: 대부분 암호화(STARTTLS) 전에는 로그인을 막아 둔 서버입니다. STARTTLS를 켜세요",
      en: "The server offered no login (SMTP AUTH): most servers allow none before encryption (STARTTLS). Turn STARTTLS on",
    },
    causes: { "tls-required": 0.6, "auth-method-mismatch": 0.25 },
    supersedes: ["wrong-password"],
    protocol: "SMTP",
  },
  {
    id: "mechanism-not-offered",
    tier: "client",
    specificity: 0.8,
    match: [
      "does not support authentication method",
      "requested type not available",
      "no supported authentication mechanisms found",
      "server supports no acceptable authentication mechanism",
    ],
    meaning: {
      ko: "프로그램이 고른 로그인 방식(예: CRAM-MD5, 암호화된 비밀번호)을 서버가 제공하지 않습니다: '일반 비밀번호'(PLAIN/LOGIN)로 바꾸세요 (암호화 전이라 로그인을 숨긴 서버일 수도 있습니다)",
      en: "The server doesn't offer the login method the program chose (such as CRAM-MD5 or an encrypted password): switch to a normal password (PLAIN/LOGIN); or the server hides its logins until encryption starts",
    },
    causes: { "auth-method-mismatch": 0.7, "tls-required": 0.3 },
    supersedes: ["wrong-password"],
  },
  {
    id: "login-rejected-by-program",
    tier: "client",
    specificity: 0.5,
    match: [
      "authentication failed (method",
      "no authentication type succeeded",
      "all authentication types failed",
      "sasl authentication failed",
      "credential/login error",
      "no authenticators available or wrong credentials",
      "authorization failure on",
      "query status=3",
    ],
    meaning: {
      ko: "로그인이 거부되었습니다 (비밀번호나 사용자 이름; 서버 응답이 이유를 말합니다)",
      en: "The login was refused (the password or user name; the server's reply says why)",
    },
    causes: { "wrong-password": 0.55, "app-password-required": 0.2, "tls-required": 0.15 },
  },
  {
    // The programs' words for the server's LOGINDISABLED / plaintext refusal: the server's verdict, so its tier.
    id: "login-disabled-before-tls",
    tier: "response",
    specificity: 0.75,
    match: [
      "login disabled on this server",
      "login is disabled by server",
      "need to use ssl?",
      "이 서버는 login이 허용되지 않음",
    ],
    meaning: {
      ko: "서버가 암호화 전에는 로그인(LOGIN)을 막아 두었습니다: SSL/TLS(993·995) 또는 STARTTLS를 켜세요",
      en: "The server blocks logins (LOGIN) before encryption: turn on SSL/TLS (993, 995) or STARTTLS",
    },
    causes: { "tls-required": 0.8 },
    supersedes: ["wrong-password", "auth-method-mismatch"],
  },
  {
    id: "no-authenticator-offered",
    tier: "client",
    specificity: 0.6,
    match: ["no authenticators available", "인증자가 없음"],
    meaning: {
      ko: "서버가 제공하는 로그인 방식 중 쓸 수 있는 것이 없습니다: 대개 암호화(STLS/STARTTLS) 전이라 서버가 로그인을 숨긴 경우입니다",
      en: "None of the login methods the server offers can be used: usually the server hides its logins until encryption (STLS/STARTTLS)",
    },
    causes: { "tls-required": 0.5, "auth-method-mismatch": 0.4 },
    supersedes: ["wrong-password"],
  },
  {
    id: "fetchmail-mechanism-refused",
    tier: "client",
    specificity: 0.7,
    match: ["could not decode base64 challenge"],
    meaning: {
      ko: "fetchmail이 고른 로그인 방식(CRAM-MD5 등)을 서버가 받지 않았습니다: auth password로 바꾸세요",
      en: "The server didn't take the login method fetchmail chose (CRAM-MD5 or the like): use auth password",
    },
    causes: { "auth-method-mismatch": 0.65 },
    supersedes: ["wrong-password"],
  },
  {
    id: "fetchmail-ssl-port-warning",
    tier: "client",
    specificity: 0.9,
    match: [
      ["configuration invalid, you normally need port", "for --ssl"],
      "configuration invalid, you normally need --ssl for port",
    ],
    meaning: {
      ko: "fetchmail의 경고: 포트와 SSL 설정이 맞지 않습니다 (995·993에는 SSL, 110·143에는 STARTTLS)",
      en: "fetchmail's warning: the port and the SSL setting don't match (SSL on 995/993, STARTTLS on 110/143)",
    },
    causes: { "tls-mismatch": 0.85 },
    supersedes: ["connection-timeout", "connection-dropped"],
  },
  {
    id: "offlineimap-ssl-port-hint",
    tier: "client",
    specificity: 0.9,
    match: ["non-standard ssl port", "make sure you connect to the correct port"],
    meaning: {
      ko: "SSL로 연결하려 한 포트가 SSL 포트가 아닙니다 (IMAP SSL은 993, STARTTLS는 143)",
      en: "The port used for SSL isn't an SSL port (IMAP over SSL is 993, STARTTLS 143)",
    },
    causes: { "tls-mismatch": 0.85 },
  },
  {
    id: "other-service-answered",
    tier: "client",
    specificity: 0.6,
    match: [
      "the server sent an invalid reply",
      "unexpected reply: +ok",
      "unexpected reply: * ok",
      "unrecognised server welcome message",
      "client/server protocol error",
      "smtp server: +ok",
      "smtp session failed: +ok",
      "the server responded: +ok",
      "<** +ok",
      "<- +ok",
      "smtp 서버에 장애 발생 +ok",
      "pop error (b'* ok",
      "error_proto: b'* ok",
      "smtpconnecterror: (-1,",
      "query status=4",
    ],
    meaning: {
      ko: "다른 종류의 서버가 답했습니다: 포트가 틀렸습니다 (SMTP 587·465, IMAP 993·143, POP3 995·110)",
      en: "A different kind of server answered: the port is wrong (SMTP 587/465, IMAP 993/143, POP3 995/110)",
    },
    causes: { "connection-refused": 0.6, "tls-mismatch": 0.25 },
    failure: "connect",
  },
  {
    id: "stuck-connecting",
    tier: "client",
    specificity: 0.2,
    match: ["connecting to", "로 연결 중", "establishing connection to"],
    meaning: {
      ko: "서버에 연결하는 중입니다 (여기서 멈춰 있다면 서버가 응답하지 않는 것입니다)",
      en: "Connecting to the server (stuck here means the server doesn't answer)",
    },
    causes: { "connection-timeout": 0.25, "tls-mismatch": 0.2 },
  },
  {
    id: "neomutt-certificate-prompt",
    tier: "client",
    specificity: 0.6,
    match: ["this certificate belongs to", "ssl certificate check", "이 인증서는 다음에 속함"],
    meaning: {
      ko: "프로그램이 서버 인증서를 믿을 수 없어 받아들일지 묻고 있습니다 (경고 문장이 이유를 말합니다)",
      en: "The program doesn't trust the server's certificate and asks whether to accept it (the warning says why)",
    },
    causes: { [CERTIFICATE]: 0.6 },
  },
  {
    id: "sending-program-frame",
    tier: "client",
    specificity: 0.3,
    match: ["could not send the message", "message not sent"],
    meaning: {
      ko: "메일을 보내지 못했습니다 (이유는 앞 줄에)",
      en: "The message was not sent (the line before says why)",
    },
    causes: {},
    protocol: "SMTP",
  },
  {
    id: "fetchmail-query-status",
    tier: "client",
    specificity: 0.4,
    match: ["query status=11", "query status=2 (socket)"],
    meaning: {
      ko: "fetchmail이 연결 단계에서 실패했습니다 (앞 줄이 이유를 말합니다)",
      en: "fetchmail failed while connecting (the line before says why)",
    },
    causes: { "connection-refused": 0.2, "server-not-found": 0.2 },
  },
];
