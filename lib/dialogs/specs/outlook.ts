// Outlook 2016/2019/2021/365 (classic) for Windows: File › Account Settings › Change, and More Settings.
// Korean wording as in the Korean Outlook builds; accelerator letters are added by the drawings.
import {
  bilingual as b,
  button,
  checkbox,
  protocolOptions,
  radio,
  select,
  text,
  type DialogSpec,
} from "../spec";

const encryption = {
  none: b("없음", "None"),
  ssl: b("SSL/TLS", "SSL/TLS"),
  starttls: b("STARTTLS", "STARTTLS"),
  auto: b("자동", "Auto"),
} as const;

export const outlookDialogs = {
  "outlook-account-settings": {
    client: "outlook",
    title: b("Outlook – POP 및 IMAP 계정 설정", "Outlook – POP and IMAP Account Settings"),
    fields: {
      name: text("이름", "Your Name"),
      email: text("전자 메일 주소", "Email Address"),
      accountType: select("계정 유형", "Account Type", protocolOptions),
      incomingServer: text("받는 메일 서버", "Incoming mail server"),
      outgoingServer: text("보내는 메일 서버(SMTP)", "Outgoing mail server (SMTP)"),
      userName: text("사용자 이름", "User Name"),
      password: text("암호", "Password"),
      rememberPassword: checkbox("암호 저장", "Remember password"),
      spa: checkbox(
        "보안 암호 인증(SPA)을 사용하여 로그온",
        "Require logon using Secure Password Authentication (SPA)",
      ),
      moreSettings: button("기타 설정", "More Settings"),
    },
  },
  "outlook-outgoing-tab": {
    client: "outlook",
    title: b(
      "Outlook – 인터넷 전자 메일 설정: 보내는 메일 서버 탭",
      "Outlook – Internet E-mail Settings: Outgoing Server tab",
    ),
    fields: {
      smtpAuth: checkbox(
        "보내는 메일 서버(SMTP) 인증 필요",
        "My outgoing server (SMTP) requires authentication",
      ),
      sameAsIncoming: radio(
        "받는 메일 서버와 동일한 설정 사용",
        "Use same settings as my incoming mail server",
      ),
      logOnUsing: radio("로그온 정보", "Log on using"),
      userName: text("사용자 이름", "User Name"),
      password: text("암호", "Password"),
      spa: checkbox("보안 암호 인증(SPA) 필요", "Require Secure Password Authentication (SPA)"),
    },
  },
  "outlook-advanced-tab": {
    client: "outlook",
    title: b("Outlook – 인터넷 전자 메일 설정: 고급 탭", "Outlook – Internet E-mail Settings: Advanced tab"),
    fields: {
      incomingPort: text(
        "받는 메일 서버({incoming.protocolName})",
        "Incoming server ({incoming.protocolName})",
      ),
      incomingEncryption: select("받는 메일 서버 암호화", "Incoming server encryption", encryption),
      outgoingPort: text("보내는 메일 서버(SMTP)", "Outgoing server (SMTP)"),
      outgoingEncryption: select(
        "다음 형식의 암호화된 연결 사용",
        "Use the following type of encrypted connection",
        encryption,
      ),
    },
  },
  "outlook-send-receive": {
    client: "outlook",
    title: b("Outlook – 보내기/받기 그룹", "Outlook – Send/Receive Groups"),
    fields: {
      scheduleEvery: checkbox("자동 보내기/받기 예약 간격", "Schedule an automatic send/receive every"),
      minutes: text("자동 보내기/받기 간격(분)", "Automatic send/receive interval (minutes)"),
    },
  },
} as const satisfies Record<string, DialogSpec>;
