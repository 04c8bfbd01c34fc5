// New Outlook for Windows: Settings › Accounts › Email accounts, and the IMAP/POP account form.
import { bilingual as b, button, securityOptions, select, text, type DialogSpec } from "../spec";

export const outlookNewDialogs = {
  "outlook-new-accounts": {
    client: "outlook-new",
    title: b("새 Outlook – 설정: 계정 › 메일 계정", "New Outlook – Settings: Accounts › Email accounts"),
    fields: {
      account: text("메일 계정", "Email account"),
      manage: button("관리", "Manage"),
      addAccount: button("계정 추가", "Add account"),
    },
  },
  "outlook-new-account-form": {
    client: "outlook-new",
    title: b(
      "새 Outlook – 계정 추가: {incoming.protocolName} 설정",
      "New Outlook – Add account: {incoming.protocolName} settings",
    ),
    fields: {
      email: text("전자 메일 주소", "Email address"),
      incomingUser: text("{incoming.protocolName} 사용자 이름", "{incoming.protocolName} username"),
      incomingPassword: text("{incoming.protocolName} 암호", "{incoming.protocolName} password"),
      incomingServer: text("{incoming.protocolName} 받는 서버", "{incoming.protocolName} incoming server"),
      incomingPort: text("받는 서버 포트", "Incoming port"),
      incomingSecurity: select(
        "받는 서버 보안 연결 유형",
        "Incoming secure connection type",
        securityOptions,
      ),
      outgoingUser: text("SMTP 사용자 이름", "SMTP username"),
      outgoingPassword: text("SMTP 암호", "SMTP password"),
      outgoingServer: text("SMTP 보내는 서버", "SMTP outgoing server"),
      outgoingPort: text("보내는 서버 포트", "Outgoing port"),
      outgoingSecurity: select(
        "보내는 서버 보안 연결 유형",
        "Outgoing secure connection type",
        securityOptions,
      ),
      continue: button("계속", "Continue"),
    },
  },
} as const satisfies Record<string, DialogSpec>;
