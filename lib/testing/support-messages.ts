// The messages of the original support answer's ten cases (SPEC §3), pointed at the loopback rig's
// domains (e2e/rig/README.md), as customers paste them. Shared by the API's rig tests and the e2e specs.
const oe = (account: string, server: string, protocol: string, port: number, tail: string) =>
  `서버에 연결할 수 없습니다. 계정: '${account}', 서버: '${server}', 프로토콜: ${protocol}, 포트: ${port}, 보안(SSL): 아니오, ${tail}`;
const refused = "소켓 오류: 10061, 오류 번호: 0x800CCC0E";

export const supportMessages = {
  /** 1. 0x800CCC0E on POP3/110, while the server answers. */
  pop3Refused: oe("good.test", "good.test", "POP3", 110, refused),
  /** 2. 0x800CCC0E on SMTP/25, where 25 is closed and 465/587 work. */
  smtp25Refused: oe("port25blocked.test", "port25blocked.test", "SMTP", 25, refused),
  /** 3. 0x800CCC0D with 11004 on POP3: the apex has no address. */
  pop3NotFound:
    "호스트를 찾을 수 없습니다. 'mxonly.test'호스트를 찾을 수 없습니다. 서버이름을 올바르게 입력했는지 확인하십시오. 계정: 'mxonly.test', 서버: 'mxonly.test', 프로토콜: POP3, 포트: 110, 보안(SSL): 아니오, 소켓 오류: 11004, 오류 번호: 0x800CCC0D",
  /** 4. 0x800CCC0D with 11001 on SMTP: mail.<domain> does not exist, the MX works. */
  smtpNotFound:
    "호스트를 찾을 수 없습니다. 'mail.mxonly.test'호스트를 찾을 수 없습니다. 서버이름을 올바르게 입력했는지 확인하십시오. 계정: 'mail.mxonly.test', 서버: 'mail.mxonly.test', 프로토콜: SMTP, 포트: 25, 보안(SSL): 아니오, 소켓 오류: 11001, 오류 번호: 0x800CCC0D",
  /** 5. 0x800CCC18: secure password authentication. */
  spa: "보안 암호 인증을 사용하여 서버에 로그온할 수 없습니다. 계정: 'good.test', 서버: 'good.test', 프로토콜: POP3, 서버 응답: '.', 포트: 110, 보안(SSL): 아니오, 오류 번호: 0x800CCC18",
  /** 6. 0x800CCC79 with 550 5.7.1 Relaying denied. */
  relay:
    "받는 사람 중 한 사람이 서버에서 거부되었으므로 메시지를 보낼 수 없습니다. 거부된 전자 메일 주소는 'someone@relay.test'입니다. 제목 'test', 계정: 'mail.relay.test', 서버: 'mail.relay.test', 프로토콜: SMTP, 서버 응답: '550 5.7.1 ... Relaying denied. IP name lookup failed [211.174.111.211]', 포트: 25, 보안(SSL): 아니오, 서버 오류: 550, 오류 번호: 0x800CCC79",
  /** 7. An antivirus program set the server to 127.0.0.1. */
  localhost: oe("good.test", "127.0.0.1", "POP3", 110, refused),
  /** 8. An antivirus program set the port to 1110. */
  port1110: oe("good.test", "good.test", "POP3", 1110, refused),
} as const;

/** 9 and 10: the wizard's own walks, without a message. */
export const supportWalks = {
  sendNoMessage: "symptom=send&message=no&sent=outbox&receives=yes&before=no&client=outlook",
  receiveWebmailShows: "symptom=receive&webmail=yes&sudden=no&client=thunderbird",
  receiveNoInternet: "symptom=receive&webmail=unknown&internet=no",
  receiveWebmailEmpty: "symptom=receive&webmail=no",
} as const;

/** A /diagnose query for a pasted message (the "I see an error" flow). */
export const errorQuery = (text: string, domain: string, client = "outlook-legacy") =>
  `symptom=error&client=${client}&domain=${domain}&error=${encodeURIComponent(text)}`;
