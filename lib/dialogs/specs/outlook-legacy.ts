// Outlook Express / Outlook 2003–2007 / Windows Live Mail: [도구]-[계정]-[등록 정보] (Tools › Accounts › Properties).
import { bilingual as b, button, checkbox, text, type DialogSpec } from "../spec";

export const outlookLegacyDialogs = {
  "outlook-legacy-general-tab": {
    client: "outlook-legacy",
    title: b(
      "Outlook Express – 계정 등록 정보: 일반 탭",
      "Outlook Express – Account Properties: General tab",
    ),
    fields: {
      accountLabel: text("메일 계정 이름", "Mail account name"),
      name: text("이름", "Name"),
      email: text("전자 메일 주소", "E-mail address"),
    },
  },
  "outlook-legacy-servers-tab": {
    client: "outlook-legacy",
    title: b(
      "Outlook Express – 계정 등록 정보: 서버 탭",
      "Outlook Express – Account Properties: Servers tab",
    ),
    fields: {
      incomingServer: text("받는 메일({incoming.protocolName})", "Incoming mail ({incoming.protocolName})"),
      outgoingServer: text("보내는 메일(SMTP)", "Outgoing mail (SMTP)"),
      accountName: text("계정 이름", "Account name"),
      password: text("암호", "Password"),
      rememberPassword: checkbox("암호 저장", "Remember password"),
      spa: checkbox("보안 암호 인증을 사용하여 로그온", "Log on using Secure Password Authentication"),
      smtpAuth: checkbox("인증 필요", "My server requires authentication"),
      smtpSettings: button("설정", "Settings"),
    },
  },
  "outlook-legacy-advanced-tab": {
    client: "outlook-legacy",
    title: b(
      "Outlook Express – 계정 등록 정보: 고급 탭",
      "Outlook Express – Account Properties: Advanced tab",
    ),
    fields: {
      outgoingPort: text("보내는 메일(SMTP)", "Outgoing mail (SMTP)"),
      outgoingSsl: checkbox(
        "이 서버는 보안 연결(SSL)이 필요(보내는 메일)",
        "This server requires a secure connection (SSL) (outgoing)",
      ),
      incomingPort: text("받는 메일({incoming.protocolName})", "Incoming mail ({incoming.protocolName})"),
      incomingSsl: checkbox(
        "이 서버는 보안 연결(SSL)이 필요(받는 메일)",
        "This server requires a secure connection (SSL) (incoming)",
      ),
    },
  },
  "outlook-legacy-options": {
    client: "outlook-legacy",
    title: b("Outlook Express – 옵션: 일반 탭", "Outlook Express – Options: General tab"),
    fields: {
      checkEvery: checkbox("새 메시지 확인 간격", "Check for new messages every"),
      minutes: text("새 메시지 확인 간격(분)", "Check interval (minutes)"),
    },
  },
} as const satisfies Record<string, DialogSpec>;
