// Samsung Email: Settings › (account) › Server settings (one long screen, drawn in two parts) and Sync settings.
import { bilingual as b, select, text, toggle, type DialogSpec } from "../spec";

// Samsung Email calls STARTTLS "TLS".
const securityType = {
  none: b("없음", "None"),
  ssl: b("SSL", "SSL"),
  "ssl-all": b("SSL (모든 인증서 허용)", "SSL (Accept all certificates)"),
  starttls: b("TLS", "TLS"),
  "starttls-all": b("TLS (모든 인증서 허용)", "TLS (Accept all certificates)"),
} as const;

export const samsungEmailDialogs = {
  "samsung-email-incoming": {
    client: "samsung-email",
    title: b("삼성 이메일 – 서버 설정: 받는 서버", "Samsung Email – Server settings: Incoming server"),
    fields: {
      email: text("이메일 주소", "Email address"),
      userName: text("사용자 이름", "Username"),
      password: text("비밀번호", "Password"),
      server: text("{incoming.protocolName} 서버", "{incoming.protocolName} server"),
      securityType: select("보안 유형", "Security type", securityType),
      port: text("포트", "Port"),
    },
  },
  "samsung-email-outgoing": {
    client: "samsung-email",
    title: b("삼성 이메일 – 서버 설정: 보내는 서버", "Samsung Email – Server settings: Outgoing server"),
    fields: {
      server: text("SMTP 서버", "SMTP server"),
      securityType: select("보안 유형", "Security type", securityType),
      port: text("포트", "Port"),
      requireAuth: toggle("이메일을 보낼 때 인증 필요", "Require authentication to send emails"),
      userName: text("사용자 이름", "Username"),
      password: text("비밀번호", "Password"),
    },
  },
  "samsung-email-sync": {
    client: "samsung-email",
    title: b("삼성 이메일 – 동기화 설정", "Samsung Email – Sync settings"),
    fields: {
      syncSchedule: select("동기화 주기", "Sync schedule", {
        manual: b("수동", "Manual"),
        "15": b("15분마다", "Every 15 minutes"),
        "30": b("30분마다", "Every 30 minutes"),
        "60": b("1시간마다", "Every hour"),
      }),
    },
  },
} as const satisfies Record<string, DialogSpec>;
