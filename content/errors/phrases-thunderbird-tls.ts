// Thunderbird's certificate, TLS, authentication-method and connection texts as Thunderbird 153 shows them
// (dialogs and desktop notifications), en-US and the official Korean localisation. Exact texts from its
// own localisation files: messenger/certError.ftl (the notification after a certificate error),
// security/certificates/certManager.ftl (the Add Security Exception dialog), chrome messenger
// imapMsgs.properties, localMsgs.properties, messengercompose/composeMsgs.properties (mozilla/releases-
// comm-central and thunderbird/thunderbird-l10n, as shipped in Debian's thunderbird 153.8.0esr and
// thunderbird-l10n-ko), and seen in the capture of lib/parse/corpus/client-texts.
// `{ $hostname }` and `%S` split a text into keywords that must all appear.
import type { PhraseEntry } from "@/lib/content/error-catalog-schema";
import { CERTIFICATE } from "./certificate-cause";

const tb = { tier: "client", client: "thunderbird", specificity: 0.9 } as const;

export const thunderbirdTlsPhrases: PhraseEntry[] = [
  {
    ...tb,
    id: "tb-cert-expired",
    match: [
      ["the certificate for", "expired on"],
      ["인증서가", "에 만료됩니다"],
      "the certificate is not currently valid",
      "인증서가 현재 유효하지 않습니다",
    ],
    meaning: {
      ko: "Thunderbird: 서버 인증서가 만료되었습니다. 호스팅 회사가 인증서를 갱신해야 합니다",
      en: "Thunderbird: the server's certificate has expired. The hosting company must renew it",
    },
    causes: { [CERTIFICATE]: 0.9 },
  },
  {
    ...tb,
    id: "tb-cert-not-yet-valid",
    match: [
      ["the certificate for", "will not be valid until"],
      ["인증서가", "까지 유효하지 않습니다"],
    ],
    meaning: {
      ko: "Thunderbird: 인증서가 아직 유효하지 않다고 합니다 (이 컴퓨터의 날짜·시간 확인)",
      en: "Thunderbird: the certificate is not valid yet (check this computer's date and time)",
    },
    causes: { [CERTIFICATE]: 0.8 },
  },
  {
    ...tb,
    id: "tb-cert-domain-mismatch",
    match: [
      "is not valid for that server. someone could be trying to impersonate the server",
      "인증서가 해당 서버에서 유효하지 않습니다",
      "the certificate belongs to a different site",
      "이 인증서는 다른 웹 사이트의 인증서로서",
    ],
    meaning: {
      ko: "Thunderbird: 서버 인증서가 다른 이름으로 발급되었습니다. 인증서에 적힌 서버 이름을 쓰세요",
      en: "Thunderbird: the server's certificate is made out for another name. Use the server name the certificate covers",
    },
    causes: { [CERTIFICATE]: 0.9, "wrong-server-name": 0.2 },
  },
  {
    ...tb,
    id: "tb-cert-untrusted",
    match: [
      "does not come from a trusted source",
      "인증서의 출처를 신뢰할 수 없습니다",
      "hasn't been verified as issued by a trusted authority",
      "믿을 수 있는 권한에 의해 발급된 것으로 확인되지 않기",
    ],
    meaning: {
      ko: "Thunderbird: 서버 인증서를 믿을 수 있는 기관이 발급하지 않았습니다 (자체 서명, 또는 백신이 연결을 가로챔)",
      en: "Thunderbird: the server's certificate wasn't issued by a trusted authority (self-signed, or an antivirus intercepting)",
    },
    causes: { [CERTIFICATE]: 0.85, "antivirus-interference": 0.15 },
  },
  {
    ...tb,
    id: "tb-security-exception-dialog",
    specificity: 0.6,
    match: [
      "add security exception",
      "you are about to override how thunderbird identifies",
      "보안 예외 추가",
      "thunderbird가 사이트를 식별하는 방법을 사용자가 다시 설정하려고 합니다",
    ],
    meaning: {
      ko: "Thunderbird가 서버 인증서를 믿을 수 없어 예외를 추가할지 묻습니다 (인증서에 적힌 서버 이름을 쓰거나 호스팅 회사에 문의)",
      en: "Thunderbird doesn't trust the server's certificate and offers an exception (use the name on the certificate, or ask the hosting company)",
    },
    causes: { [CERTIFICATE]: 0.7 },
  },
  {
    ...tb,
    id: "tb-ssl-connection-error",
    specificity: 0.6,
    match: ["an error occurred connecting to", "에 연결하는 도중 오류가 발생했습니다"],
    meaning: {
      ko: "Thunderbird: 서버와 보안 연결을 만들다 오류가 났습니다 (SSL/TLS 설정과 포트 확인)",
      en: "Thunderbird: an error occurred making the secure connection (check the SSL/TLS setting and the port)",
    },
    causes: { "tls-mismatch": 0.6 },
  },
  {
    ...tb,
    id: "tb-security-issue",
    specificity: 0.5,
    match: [["the configuration related to", "must be corrected"], "관련 설정이 수정되어야 합니다"],
    meaning: {
      ko: "Thunderbird: 이 서버와의 보안 연결 설정을 고쳐야 합니다 (앞 문장이 이유를 말합니다)",
      en: "Thunderbird: the secure connection to this server must be fixed (the sentence before says why)",
    },
    causes: { "tls-mismatch": 0.3 },
  },
  {
    ...tb,
    id: "tb-selected-auth-method",
    match: ["does not support the selected authentication method", "선택한 인증 방식을 지원하지 않습니다"],
    meaning: {
      ko: "Thunderbird: 서버가 고른 인증 방식을 받지 않습니다. 대개 암호화 없이 연결해서 서버가 로그인을 막은 경우입니다 (SSL/TLS 또는 STARTTLS를 켜세요)",
      en: "Thunderbird: the server won't take the chosen authentication method, usually because the connection isn't encrypted and the server blocks logins (turn on SSL/TLS or STARTTLS)",
    },
    causes: { "tls-required": 0.55, "auth-method-mismatch": 0.4 },
    supersedes: ["wrong-password"],
  },
  {
    ...tb,
    id: "tb-encrypted-passwords-ko",
    match: [
      "암호화된 비밀번호를 지원하지 않는 것 같습니다",
      "암호화된 비밀번호 사용을 지원하지 않는것 같습니다",
    ],
    meaning: {
      ko: "서버가 '암호화된 비밀번호' 방식을 지원하지 않습니다. '일반 비밀번호'로 바꾸세요",
      en: 'The server doesn\'t support encrypted passwords: choose "Normal password"',
    },
    causes: { "auth-method-mismatch": 0.8 },
    supersedes: ["wrong-password"],
  },
  {
    ...tb,
    id: "tb-imap-timeout-ko",
    match: ["서버 연결 시간이 초과되었습니다"],
    meaning: {
      ko: "서버 연결 시간이 초과되었습니다 (막힌 포트, 방화벽, SSL 설정)",
      en: "The connection to the server timed out (a blocked port, a firewall, or the SSL setting)",
    },
    causes: { "connection-timeout": 0.65, "tls-mismatch": 0.3 },
    failure: "timeout",
  },
  {
    ...tb,
    id: "tb-pop3-server-error",
    specificity: 0.6,
    match: ["an error occurred with the pop3 mail server", "pop3 메일 서버에 오류 발생"],
    meaning: {
      ko: "POP3 서버와의 대화가 어긋났습니다 (다른 서비스의 포트일 수 있습니다: POP3는 995·110)",
      en: "The conversation with the POP3 server went wrong (possibly another service's port: POP3 is 995 or 110)",
    },
    causes: { "connection-refused": 0.45, "tls-mismatch": 0.25 },
    protocol: "POP3",
  },
  {
    ...tb,
    id: "tb-error-with-account",
    specificity: 0.5,
    match: [
      "error with account",
      ["계정", "에 오류 발생"],
      ["login to account", "failed"],
      "계정 로그인 실패",
    ],
    meaning: {
      ko: "Thunderbird의 계정 오류 창입니다 (이유는 아래 문장에)",
      en: "Thunderbird's account error window (the reason follows)",
    },
    causes: {},
  },
];
