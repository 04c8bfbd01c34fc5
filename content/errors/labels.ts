// How each recognised part is named when it is explained ("소켓 오류 10061 = …"), and the meanings of the
// plain fields of a message. Used by the decoded panel and in the evidence sentences of the parser.
import type { CatalogProtocol, PartKind } from "@/lib/content/error-catalog-schema";
import type { Bilingual } from "@/lib/i18n/bilingual";

export const partKinds: Record<PartKind, Bilingual> = {
  account: { ko: "계정", en: "Account" },
  server: { ko: "서버", en: "Server" },
  protocol: { ko: "프로토콜", en: "Protocol" },
  port: { ko: "포트", en: "Port" },
  secure: { ko: "보안(SSL)", en: "Secure (SSL)" },
  rejectedAddress: { ko: "거부된 주소", en: "Rejected address" },
  errorNumber: { ko: "오류 번호", en: "Error number" },
  socketError: { ko: "소켓 오류", en: "Socket error" },
  smtpCode: { ko: "SMTP 응답 코드", en: "SMTP reply code" },
  enhancedStatus: { ko: "확장 상태 코드", en: "Enhanced status code" },
  pop3Response: { ko: "POP3 서버 응답", en: "POP3 server reply" },
  imapResponse: { ko: "IMAP 서버 응답", en: "IMAP server reply" },
  phrase: { ko: "문구", en: "Phrase" },
  authResult: { ko: "인증 결과", en: "Authentication result" },
  spamVerdict: { ko: "스팸 판정", en: "Spam verdict" },
  hopDelay: { ko: "전달 지연", en: "Delay at a hop" },
};

type FieldMeaning = "account" | "server" | "rejectedAddress" | "secureYes" | "secureNo" | "portOther";

export const fieldMeanings: Record<FieldMeaning, Bilingual> = {
  account: {
    ko: "메일 프로그램에 만든 계정의 이름입니다",
    en: "The name of the account in the mail program",
  },
  server: {
    ko: "메일 프로그램이 연결하려던 서버 이름입니다",
    en: "The server the mail program tried to reach",
  },
  rejectedAddress: {
    ko: "서버가 받아들이지 않은 메일 주소입니다",
    en: "The address the server did not accept",
  },
  secureYes: { ko: "SSL/TLS 암호화를 켜고 연결했습니다", en: "Connected with SSL/TLS encryption on" },
  secureNo: { ko: "암호화 없이 연결했습니다", en: "Connected without encryption" },
  portOther: {
    ko: "메일에 흔히 쓰는 포트가 아닙니다. 메일 업체가 안내한 포트인지 확인하세요",
    en: "Not a usual mail port: check it is the one your provider gave",
  },
};

export const protocols: Record<CatalogProtocol, Bilingual> = {
  SMTP: { ko: "메일 보내기에 쓰는 방식입니다", en: "The protocol for sending mail" },
  POP3: {
    ko: "메일을 내 컴퓨터로 내려받는 방식입니다",
    en: "The protocol that downloads mail to this device",
  },
  IMAP: {
    ko: "메일을 서버에 둔 채 여러 기기에서 함께 보는 방식입니다",
    en: "The protocol that keeps mail on the server for all devices",
  },
  HTTP: {
    ko: "옛 Hotmail(HTTPMail) 방식입니다. 지금은 쓸 수 없습니다",
    en: "The old Hotmail (HTTPMail) access, no longer available",
  },
};
