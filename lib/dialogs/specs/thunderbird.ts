// Mozilla Thunderbird: Account Settings (main page, Server Settings) and the Outgoing Server (SMTP) editor.
// Wording from Thunderbird's en-US and official ko localisation.
import { bilingual as b, checkbox, select, text, type DialogSpec } from "../spec";

const connectionSecurity = {
  none: b("없음", "None"),
  starttls: b("STARTTLS", "STARTTLS"),
  ssl: b("SSL/TLS", "SSL/TLS"),
} as const;
const authMethods = {
  "normal-password": b("일반 비밀번호", "Normal password"),
  "encrypted-password": b("암호화된 비밀번호", "Encrypted password"),
  kerberos: b("Kerberos / GSSAPI", "Kerberos / GSSAPI"),
  ntlm: b("NTLM", "NTLM"),
  oauth2: b("OAuth2", "OAuth2"),
} as const;

export const thunderbirdDialogs = {
  "thunderbird-account-settings": {
    client: "thunderbird",
    title: b("Thunderbird – 계정 설정", "Thunderbird – Account Settings"),
    fields: {
      accountName: text("계정 이름", "Account Name"),
      yourName: text("이름", "Your Name"),
      email: text("이메일 주소", "Email Address"),
      smtpServer: text("보내는 서버 (SMTP)", "Outgoing Server (SMTP)"),
    },
  },
  "thunderbird-server-settings": {
    client: "thunderbird",
    title: b("Thunderbird – 계정 설정: 서버 설정", "Thunderbird – Account Settings: Server Settings"),
    fields: {
      serverName: text("서버 이름", "Server Name"),
      port: text("포트", "Port"),
      userName: text("사용자 이름", "User Name"),
      connectionSecurity: select("연결 보안", "Connection security", connectionSecurity),
      authMethod: select("인증 방식", "Authentication method", authMethods),
      checkEvery: checkbox("새 메시지 확인 간격", "Check for new messages every"),
      minutes: text("새 메시지 확인 간격(분)", "Check interval (minutes)"),
    },
  },
  "thunderbird-smtp-server": {
    client: "thunderbird",
    title: b("Thunderbird – 보내는 서버 (SMTP)", "Thunderbird – Outgoing Server (SMTP)"),
    fields: {
      serverName: text("서버 이름", "Server Name"),
      port: text("포트", "Port"),
      connectionSecurity: select("연결 보안", "Connection security", connectionSecurity),
      authMethod: select("인증 방식", "Authentication method", {
        none: b("인증 없음", "No authentication"),
        ...authMethods,
      }),
      userName: text("사용자 이름", "User Name"),
    },
  },
} as const satisfies Record<string, DialogSpec>;
