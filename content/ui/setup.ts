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
    guide: {
      download: "설정 파일 받기",
      downloadFor: "{email}의 설정 파일 받기",
      qrTitle: "컴퓨터로 보고 계신가요?",
      qrHint: "iPhone 카메라로 이 QR 코드를 찍으면 iPhone에서 설정 파일을 받습니다.",
      qrLabel: "설정 파일 받기 링크의 QR 코드",
      qrTooLong: "링크가 너무 길어 QR 코드를 만들 수 없습니다. 이 페이지를 iPhone에서 열어 주세요.",
      addressLabel: "메일 주소",
      addressHint: "설정할 메일 주소를 넣으면, 그 주소의 서버를 확인해 설정 파일을 만듭니다.",
      install: "설치하는 방법",
      checking: "메일 서버를 확인하고 설정 파일을 만들고 있습니다… (최대 10초)",
      failed: "설정 파일을 받지 못했습니다. 잠시 뒤 다시 눌러 주세요. 아래의 직접 고치는 방법도 있습니다.",
    },
    staff: {
      title: "메일 프로그램 자동 설정 (DNS)",
      intro:
        "고객 도메인에 아래 레코드를 추가하면 Thunderbird와 Outlook이 이 서비스에서 점검으로 확인된 설정을 스스로 가져갑니다. 이 서비스의 서버에는 그 이름들의 HTTPS 인증서가 있어야 하고, MAILDOC_SETUP_DOMAINS를 쓰고 계시면 도메인을 거기에 더해 주세요.",
      domainLabel: "고객 도메인",
      name: "이름",
      type: "유형",
      value: "값",
      thunderbird: "Thunderbird가 https://autoconfig.{domain}/mail/config-v1.1.xml 에서 찾습니다.",
      outlook: "Outlook이 https://autodiscover.{domain}/autodiscover/autodiscover.xml 로 요청합니다.",
      srv: "autodiscover 이름에 인증서를 둘 수 없을 때 Outlook이 쓰는 대안입니다.",
      wellKnown:
        "웹 사이트가 {domain}에 있으면, /.well-known/autoconfig/ 경로를 이 서비스로 전달(프록시)해도 Thunderbird가 찾습니다.",
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
    guide: {
      download: "Download the setup file",
      downloadFor: "Download the setup file for {email}",
      qrTitle: "Reading this on a computer?",
      qrHint: "Point your iPhone's camera at this QR code to download the setup file on the iPhone.",
      qrLabel: "QR code of the setup file's download link",
      qrTooLong: "The link is too long for a QR code. Please open this page on your iPhone.",
      addressLabel: "E-mail address",
      addressHint: "Enter the address to set up; its servers are checked and the setup file is made for it.",
      install: "How to install it",
      checking: "Checking your mail server and making the setup file… (up to 10 seconds)",
      failed:
        "The setup file could not be downloaded. Please try again in a moment, or follow the steps below by hand.",
    },
    staff: {
      title: "Automatic setup of mail programs (DNS)",
      intro:
        "Add these records to a customer's domain and Thunderbird and Outlook fetch the settings this service checked by themselves. This service's server needs an HTTPS certificate for those names; if you use MAILDOC_SETUP_DOMAINS, add the domain there.",
      domainLabel: "Customer's domain",
      name: "Name",
      type: "Type",
      value: "Value",
      thunderbird: "Thunderbird looks at https://autoconfig.{domain}/mail/config-v1.1.xml.",
      outlook: "Outlook posts to https://autodiscover.{domain}/autodiscover/autodiscover.xml.",
      srv: "Outlook's fallback when the autodiscover name cannot have a certificate.",
      wellKnown:
        "If the website of {domain} can forward (proxy) /.well-known/autoconfig/ to this service, Thunderbird finds it there too.",
    },
  },
});
