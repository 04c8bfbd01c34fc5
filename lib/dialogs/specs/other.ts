// Any other program: one checklist card with every setting a mail program asks for.
import { bilingual as b, securityOptions, select, text, toggle, type DialogSpec } from "../spec";

export const otherDialogs = {
  "other-checklist": {
    client: "other",
    title: b("메일 프로그램 설정 확인표", "Mail settings checklist"),
    fields: {
      email: text("이메일 주소", "Email address"),
      userName: text("사용자 이름(아이디)", "User name"),
      password: text("비밀번호", "Password"),
      incomingServer: text(
        "받는 메일 서버({incoming.protocolName})",
        "Incoming server ({incoming.protocolName})",
      ),
      incomingPort: text("받는 메일 포트", "Incoming port"),
      incomingSecurity: select("받는 메일 보안", "Incoming security", securityOptions),
      outgoingServer: text("보내는 메일 서버(SMTP)", "Outgoing server (SMTP)"),
      outgoingPort: text("보내는 메일 포트", "Outgoing port"),
      outgoingSecurity: select("보내는 메일 보안", "Outgoing security", securityOptions),
      outgoingAuth: toggle("보내는 메일 서버 인증 사용", "Outgoing server requires authentication"),
      authMethod: select("인증 방식", "Authentication method", {
        "normal-password": b("일반 비밀번호(PLAIN/LOGIN)", "Normal password (PLAIN/LOGIN)"),
        "encrypted-password": b("암호화된 비밀번호(SPA/CRAM-MD5)", "Encrypted password (SPA/CRAM-MD5)"),
      }),
      checkInterval: text("새 메일 확인 간격(분)", "Check for new mail every (minutes)"),
    },
  },
} as const satisfies Record<string, DialogSpec>;
