// A short title for every cause id of SPEC §3, in Korean and English: what a customer reads as the cause.
// Small and free of guide content, so client components (the decoded panel, the wizard) can import it.
// The wording is the fix guides' own (content/fixes); lib/content/cause-titles-check.ts keeps the two equal.
import type { CauseId } from "@/lib/causes";
import type { Bilingual } from "@/lib/i18n/bilingual";

export const causeTitles: Record<CauseId, Bilingual> = {
  "server-not-found": { ko: "서버 이름을 찾을 수 없음", en: "The server name can't be found" },
  "wrong-server-name": { ko: "메일 서버 이름이 다름", en: "The server name is not your mail server" },
  "connection-refused": { ko: "서버가 연결을 거부함", en: "The server refused the connection" },
  "connection-timeout": { ko: "서버 응답 시간 초과", en: "The server did not answer in time" },
  "port25-blocked": {
    ko: "25번 포트가 막혀 메일을 보낼 수 없음",
    en: "Port 25 is blocked, so mail can't be sent",
  },
  "connection-dropped": { ko: "연결이 중간에 끊김", en: "The connection was cut off" },
  "local-network-broken": { ko: "PC의 네트워크 설정이 망가짐", en: "This PC's network stack is broken" },
  "no-internet": { ko: "인터넷에 연결되어 있지 않음", en: "No internet connection" },
  "server-down": { ko: "메일 서버가 응답하지 않음", en: "The mail server isn't answering" },
  "domain-dns-broken": { ko: "도메인의 DNS 설정에 문제가 있음", en: "The domain's DNS is broken" },
  "tls-mismatch": { ko: "보안 연결(SSL/TLS) 설정이 맞지 않음", en: "The SSL/TLS setting doesn't match" },
  "certificate-invalid": {
    ko: "메일 서버의 보안 인증서에 문제가 있음",
    en: "The mail server's security certificate is not valid",
  },
  "tls-required": { ko: "서버가 암호화 연결을 요구함", en: "The server requires an encrypted connection" },
  "wrong-password": { ko: "아이디 또는 비밀번호가 틀림", en: "User name or password rejected" },
  "app-password-required": { ko: "앱 비밀번호가 필요함", en: "An app password is needed" },
  "auth-method-mismatch": {
    ko: "로그인 방식(SPA/암호화된 비밀번호)이 맞지 않음",
    en: "The logon method (SPA / encrypted password) doesn't match",
  },
  "smtp-auth-required": {
    ko: "보내는 메일 서버 인증이 꺼져 있음",
    en: "Outgoing server authentication is off",
  },
  "sender-not-allowed": { ko: "이 주소로 보낼 권한이 없음", en: "Not allowed to send as this address" },
  "recipient-unknown": { ko: "받는 사람 주소가 없음", en: "The recipient address doesn't exist" },
  "recipient-mailbox-full": { ko: "받는 사람 메일함이 가득 참", en: "The recipient's mailbox is full" },
  "send-limit-exceeded": { ko: "발송 한도를 넘음", en: "Sending limit reached" },
  "message-too-large": { ko: "메일이 너무 큼", en: "The message is too large" },
  "ip-blocklisted": { ko: "보내는 IP가 차단 목록에 있음", en: "The sending IP is on a block list" },
  "sender-domain-unauthenticated": {
    ko: "보내는 도메인의 인증(SPF/DKIM/DMARC)이 없음",
    en: "The sending domain isn't authenticated (SPF/DKIM/DMARC)",
  },
  "spam-rejected": { ko: "스팸으로 분류되어 거절됨", en: "Rejected as spam" },
  greylisted: { ko: "일시 보류(그레이리스팅)", en: "Temporarily deferred (greylisting)" },
  "server-busy": { ko: "서버가 일시적으로 바쁨", en: "The server is temporarily busy" },
  "mailbox-locked": { ko: "다른 곳에서 메일함을 쓰는 중", en: "The mailbox is in use elsewhere" },
  "polling-too-often": { ko: "메일을 너무 자주 확인함", en: "Mail is checked too often" },
  "antivirus-interference": {
    ko: "백신 프로그램이 메일을 가로챔",
    en: "An antivirus program intercepts your mail",
  },
  "data-file-problem": { ko: "Outlook 데이터 파일(PST/OST) 문제", en: "Outlook data file (PST/OST) problem" },
  "account-disabled": { ko: "메일 계정이 정지됨", en: "The mail account is disabled" },
  "windows-mail-app": { ko: "Windows 메일 앱 오류", en: "Windows Mail app error" },
  "protocol-retired": { ko: "더 이상 쓰지 않는 접속 방식", en: "A retired access method" },
};
