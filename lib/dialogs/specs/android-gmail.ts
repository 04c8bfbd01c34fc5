// Gmail app on Android with a non-Google (IMAP/POP3) account: Settings › account › Incoming / Outgoing settings.
import { bilingual as b, button, checkbox, select, text, type DialogSpec } from "../spec";

const securityType = {
  none: b("없음", "None"),
  ssl: b("SSL/TLS", "SSL/TLS"),
  "ssl-all": b("SSL/TLS(모든 인증서 허용)", "SSL/TLS (Accept all certificates)"),
  starttls: b("STARTTLS", "STARTTLS"),
  "starttls-all": b("STARTTLS(모든 인증서 허용)", "STARTTLS (Accept all certificates)"),
} as const;

export const androidGmailDialogs = {
  "android-gmail-account": {
    client: "android-gmail",
    title: b("Gmail 앱 – 계정 설정", "Gmail app – Account settings"),
    fields: {
      syncFrequency: select("동기화 빈도", "Sync frequency", {
        never: b("안함", "Never"),
        "15": b("15분마다", "Every 15 minutes"),
        "30": b("30분마다", "Every 30 minutes"),
        "60": b("1시간마다", "Every hour"),
      }),
      incomingSettings: button("수신 설정", "Incoming settings"),
      outgoingSettings: button("발신 설정", "Outgoing settings"),
    },
  },
  "android-gmail-incoming": {
    client: "android-gmail",
    title: b("Gmail 앱 – 수신 서버 설정", "Gmail app – Incoming server settings"),
    fields: {
      userName: text("사용자 이름", "Username"),
      password: text("비밀번호", "Password"),
      server: text("서버", "Server"),
      port: text("포트", "Port"),
      securityType: select("보안 유형", "Security type", securityType),
    },
  },
  "android-gmail-outgoing": {
    client: "android-gmail",
    title: b("Gmail 앱 – 발신 서버 설정", "Gmail app – Outgoing server settings"),
    fields: {
      server: text("SMTP 서버", "SMTP server"),
      port: text("포트", "Port"),
      securityType: select("보안 유형", "Security type", securityType),
      requireSignin: checkbox("로그인 필요", "Require signin"),
      userName: text("사용자 이름", "Username"),
      password: text("비밀번호", "Password"),
    },
  },
} as const satisfies Record<string, DialogSpec>;
