// Mail on macOS (Ventura and later): Mail › Settings › Accounts (Account Information, Server Settings) and General.
import { bilingual as b, checkbox, select, text, type DialogSpec } from "../spec";

const authentication = {
  password: b("암호", "Password"),
  md5: b("MD5 챌린지-응답", "MD5 Challenge-Response"),
  ntlm: b("NTLMv2", "NTLMv2"),
  kerberos: b("Kerberos 버전 5", "Kerberos Version 5"),
  none: b("없음", "None"),
} as const;

export const appleMailDialogs = {
  "apple-mail-account-info": {
    client: "apple-mail",
    title: b("Mail – 설정: 계정 › 계정 정보", "Mail – Settings: Accounts › Account Information"),
    fields: {
      description: text("설명", "Description"),
      emailAddress: text("이메일 주소", "Email Address"),
      fullName: text("이름", "Full Name"),
    },
  },
  "apple-mail-server-settings": {
    client: "apple-mail",
    title: b("Mail – 설정: 계정 › 서버 설정", "Mail – Settings: Accounts › Server Settings"),
    fields: {
      incomingUser: text("수신 메일 서버 사용자 이름", "Incoming user name"),
      incomingPassword: text("수신 메일 서버 암호", "Incoming password"),
      incomingHost: text("수신 메일 서버 호스트 이름", "Incoming host name"),
      incomingAuto: checkbox(
        "수신: 연결 설정 자동 관리",
        "Incoming: Automatically manage connection settings",
      ),
      incomingPort: text("수신 메일 서버 포트", "Incoming port"),
      incomingTls: checkbox("수신: TLS/SSL 사용", "Incoming: Use TLS/SSL"),
      incomingAuth: select("수신: 인증", "Incoming: Authentication", authentication),
      outgoingUser: text("발신 메일 서버 사용자 이름", "Outgoing user name"),
      outgoingPassword: text("발신 메일 서버 암호", "Outgoing password"),
      outgoingHost: text("발신 메일 서버 호스트 이름", "Outgoing host name"),
      outgoingAuto: checkbox(
        "발신: 연결 설정 자동 관리",
        "Outgoing: Automatically manage connection settings",
      ),
      outgoingPort: text("발신 메일 서버 포트", "Outgoing port"),
      outgoingTls: checkbox("발신: TLS/SSL 사용", "Outgoing: Use TLS/SSL"),
      outgoingAuth: select("발신: 인증", "Outgoing: Authentication", authentication),
    },
  },
  "apple-mail-general": {
    client: "apple-mail",
    title: b("Mail – 설정: 일반", "Mail – Settings: General"),
    fields: {
      checkNewMessages: select("새로운 메시지 확인", "Check for new messages", {
        auto: b("자동으로", "Automatically"),
        "15": b("15분마다", "Every 15 minutes"),
        "30": b("30분마다", "Every 30 minutes"),
        "60": b("1시간마다", "Every hour"),
        manual: b("수동으로", "Manually"),
      }),
    },
  },
} as const satisfies Record<string, DialogSpec>;
