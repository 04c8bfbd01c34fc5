// Automatic setup (SPEC §8): the endpoints' refusals, the profile's names, the guide's download step and
// the staff page's DNS records.
import { defineMessages } from "@/lib/i18n/define-messages";

export const setup = defineMessages({
  ko: {
    errors: {
      badAddress: "메일 주소(예: kim@example.com)가 필요합니다.",
      badRequest: "Outlook 자동 검색 요청(XML)을 읽을 수 없습니다.",
      otherSchema: "이 서버는 IMAP·POP·SMTP 계정용 Outlook 자동 검색에만 답합니다.",
      notOffered: "이 도메인의 자동 설정은 여기서 제공하지 않습니다.",
      nothingWorks: "지금 확인해 보니 {domain}에서 접속되는 메일 서버가 없어 자동 설정을 만들 수 없습니다.",
      noIncoming:
        "지금 확인해 보니 {domain}에서 메일을 받을 서버(IMAP·POP3)가 접속되지 않아 자동 설정을 만들 수 없습니다.",
      noOutgoing:
        "지금 확인해 보니 {domain}에서 메일을 보낼 서버(SMTP 465·587)가 접속되지 않아 자동 설정을 만들 수 없습니다.",
    },
    profile: {
      name: "{domain} 메일",
      description:
        "{email} 메일 계정을 설정합니다. 설치할 때 메일 비밀번호를 물어봅니다. Mail Doctor가 {date}에 확인한 서버 설정입니다.",
      account: "{email}",
    },
  },
  en: {
    errors: {
      badAddress: "An e-mail address (like kim@example.com) is needed.",
      badRequest: "The Outlook autodiscover request (XML) could not be read.",
      otherSchema: "This server answers Outlook autodiscover for IMAP, POP and SMTP accounts only.",
      notOffered: "Automatic setup for this domain is not offered here.",
      nothingWorks: "No mail server of {domain} answers right now, so no automatic setup can be made.",
      noIncoming:
        "No incoming mail server (IMAP or POP3) of {domain} answers right now, so no automatic setup can be made.",
      noOutgoing:
        "No outgoing mail server (SMTP on 465 or 587) of {domain} answers right now, so no automatic setup can be made.",
    },
    profile: {
      name: "{domain} mail",
      description:
        "Sets up the mail account {email}. You are asked for your mail password while installing. Server settings checked by Mail Doctor on {date}.",
      account: "{email}",
    },
  },
});
