// Mail on iPhone/iPad: Settings › Apps › Mail › Mail Accounts › (account) and its SMTP and Advanced screens.
import { bilingual as b, button, select, text, toggle, type DialogSpec } from "../spec";

const authentication = {
  password: b("암호", "Password"),
  md5: b("MD5 챌린지-응답", "MD5 Challenge-Response"),
  ntlm: b("NTLM", "NTLM"),
  "http-md5": b("HTTP MD5 다이제스트", "HTTP MD5 Digest"),
} as const;

export const iosMailDialogs = {
  "ios-mail-account": {
    client: "ios-mail",
    title: b(
      "iPhone 메일 – 계정 ({incoming.protocolName})",
      "iPhone Mail – Account ({incoming.protocolName})",
    ),
    fields: {
      name: text("이름", "Name"),
      email: text("이메일", "Email"),
      incomingHost: text("받는 메일 서버 호스트 이름", "Incoming Mail Server Host Name"),
      incomingUser: text("받는 메일 서버 사용자 이름", "Incoming Mail Server User Name"),
      incomingPassword: text("받는 메일 서버 암호", "Incoming Mail Server Password"),
      smtp: button("SMTP (보내는 메일 서버)", "SMTP (Outgoing Mail Server)"),
      advanced: button("고급", "Advanced"),
    },
  },
  "ios-mail-smtp-server": {
    client: "ios-mail",
    title: b("iPhone 메일 – 보내는 메일 서버 (SMTP)", "iPhone Mail – Outgoing Mail Server (SMTP)"),
    fields: {
      server: toggle("서버", "Server"),
      host: text("호스트 이름", "Host Name"),
      userName: text("사용자 이름", "User Name"),
      password: text("암호", "Password"),
      useSsl: toggle("SSL 사용", "Use SSL"),
      authentication: select("인증", "Authentication", authentication),
      port: text("서버 포트", "Server Port"),
    },
  },
  "ios-mail-advanced": {
    client: "ios-mail",
    title: b("iPhone 메일 – 고급: 받는 설정", "iPhone Mail – Advanced: Incoming Settings"),
    fields: {
      useSsl: toggle("SSL 사용", "Use SSL"),
      authentication: select("인증", "Authentication", authentication),
      port: text("서버 포트", "Server Port"),
    },
  },
  "ios-mail-fetch": {
    client: "ios-mail",
    title: b("iPhone 메일 – 데이터 가져오기", "iPhone Mail – Fetch New Data"),
    fields: {
      push: toggle("푸시", "Push"),
      fetch: select("가져오기", "Fetch", {
        auto: b("자동으로", "Automatically"),
        "15": b("15분마다", "Every 15 Minutes"),
        "30": b("30분마다", "Every 30 Minutes"),
        "60": b("매시간", "Hourly"),
        manual: b("수동으로", "Manually"),
      }),
    },
  },
} as const satisfies Record<string, DialogSpec>;
