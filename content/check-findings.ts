// What the live check tells the customer, in Korean and English. {placeholders} are filled in by
// lib/probe/findings.ts; both languages must use the same ones (checked by lib/content/check-findings-check.ts).
import { defineMessages } from "@/lib/i18n/define-messages";

export const checkFindings = defineMessages({
  ko: {
    findings: {
      "domain-not-found":
        "{domain} 도메인이 존재하지 않습니다. 메일 주소의 @ 뒤 부분이 맞는지 확인해 주세요.",
      "dns-failing":
        "{domain} 도메인의 네임서버가 제대로 응답하지 않습니다. 도메인을 관리하는 곳(호스팅 업체)에 알려 주세요.",
      "dns-slow": "{domain} 도메인의 정보를 제때 받지 못했습니다. 잠시 뒤 다시 확인해 주세요.",
      "mx-found": "{domain} 도메인의 메일 서버(MX)는 {hosts} 입니다.",
      "mx-missing":
        "{domain} 도메인에는 메일 서버(MX) 정보가 없습니다. 이 도메인으로 오는 메일이 도착하지 않을 수 있습니다.",
      "null-mx": "{domain} 도메인은 메일을 받지 않도록 설정되어 있습니다(null MX).",
      "mail-host-missing":
        "mail.{domain} 이라는 서버 이름은 없습니다. 메일 프로그램의 서버 이름에는 {host} 를 쓰세요.",
      "host-not-found": "{host} 라는 서버 이름을 찾을 수 없습니다. 서버 이름의 철자를 확인해 주세요.",
      "address-blocked":
        "{host} 는 인터넷에서 접속할 수 없는 주소({ip}, {reason})를 가리킵니다. 도메인 설정을 확인해 주세요.",
      "server-down":
        "{host} 서버의 메일 포트가 모두 닫혀 있거나 응답하지 않습니다. 메일 서버가 멈춘 것 같습니다.",
      "ports-silent": "{host} 서버가 {ports}번 포트에서 연결은 받았지만 응답하지 않았습니다.",
      "ports-untried": "{host} 서버가 다른 포트에서 전혀 응답하지 않아 {ports}번 포트는 확인하지 않았습니다.",
      "not-mail-server": "{host} 서버의 {ports}번 포트에서 메일 서버가 아닌 다른 프로그램이 응답합니다.",
      "greeting-refused": '{host} 서버의 {port}번 포트가 연결을 거절했습니다: "{text}"',
      "port25-closed-use-other":
        "{host} 서버는 25번 포트로 응답하지 않지만 {port}번 포트는 정상입니다. 보내는 메일 서버(SMTP) 포트를 {port}번으로 바꾸세요.",
      "outgoing-ok": "메일 보내기: {host}, {port}번 포트, 보안 {security}, 로그인 필요 — 정상 동작합니다.",
      "incoming-ok": "메일 받기({protocol}): {host}, {port}번 포트, 보안 {security} — 정상 동작합니다.",
      "outgoing-none": "{host} 서버에서 로그인해서 메일을 보낼 수 있는 포트(465, 587)를 찾지 못했습니다.",
      "incoming-none": "{host} 서버에서 메일을 받을 수 있는 포트(POP3, IMAP)를 찾지 못했습니다.",
      "tls-expired":
        "{host} 서버({ports}번 포트)의 보안 인증서가 {date}에 만료되었습니다. 메일 프로그램이 경고를 띄우거나 연결하지 않습니다. 서버 관리자에게 알려 주세요.",
      "tls-wrong-name":
        "{host} 서버({ports}번 포트)의 보안 인증서는 {names} 이름으로 발급되었습니다. 서버 이름을 그 이름으로 바꾸거나 서버 관리자에게 문의하세요.",
      "tls-untrusted":
        "{host} 서버({ports}번 포트)의 보안 인증서를 믿을 수 없습니다({reason}). 메일 프로그램이 경고를 띄웁니다.",
      "tls-failed": "{host} 서버({ports}번 포트)와 보안 연결(SSL/TLS)을 맺지 못했습니다.",
      "starttls-missing":
        "{host} 서버의 {ports}번 포트는 암호화(STARTTLS)를 지원하지 않습니다. 비밀번호가 암호화되지 않은 채 전송됩니다.",
      "auth-after-starttls":
        "{host} 서버의 {port}번 포트는 암호화(STARTTLS)를 켠 뒤에만 로그인할 수 있습니다. 메일 프로그램에서 암호화 방식을 STARTTLS(또는 TLS)로 설정하세요.",
      "submission-no-auth":
        "{host} 서버의 {port}번 포트는 로그인(SMTP 인증)을 제공하지 않습니다. 이 포트로는 다른 곳으로 메일을 보낼 수 없습니다.",
      "spf-missing":
        "{domain} 도메인에 SPF 기록이 없습니다. 이 도메인에서 보낸 메일이 스팸으로 분류되거나 거부될 수 있습니다.",
      "dmarc-missing":
        "{domain} 도메인에 DMARC 기록이 없습니다. 큰 메일 서비스(Gmail, 네이버 등)에 보내는 메일이 거부될 수 있습니다.",
      "check-incomplete":
        "시간 안에 끝나지 않은 확인이 {count}개 있습니다. 결과가 일부만 반영되었을 수 있습니다.",
      "target-refused": "{input} 은(는) 확인하지 않았습니다: {reason}",
    },
    security: { ssl: "SSL/TLS", starttls: "STARTTLS", none: "없음" },
    addressKinds: {
      private: "사설 주소",
      loopback: "서버 자기 자신을 가리키는 주소",
      "link-local": "링크 로컬 주소",
      shared: "통신사 내부망 주소",
      multicast: "멀티캐스트 주소",
      reserved: "예약된 특수 주소",
    },
    tlsReasons: {
      "self-signed": "자체 서명 인증서",
      "unknown-issuer": "발급 기관을 확인할 수 없음",
      other: "인증서 확인 실패",
    },
    errors: {
      invalid: "확인할 도메인, 메일 주소 또는 서버 이름이 필요합니다.",
      rateLimited: "확인 요청이 너무 많습니다. 잠시 뒤 다시 시도해 주세요.",
      internal: "확인 중 문제가 생겼습니다. 잠시 뒤 다시 시도해 주세요.",
    },
    refusals: {
      empty: "도메인이나 메일 주소를 입력해 주세요.",
      "ip-literal": "IP 주소 대신 도메인 이름(예: example.com)을 입력해 주세요.",
      "single-label": "점(.)이 들어간 전체 도메인 이름(예: example.com)을 입력해 주세요.",
      "special-use": "이 컴퓨터나 내부망에서만 쓰는 이름이라 인터넷에서 확인할 수 없습니다.",
      "too-long": "도메인 이름이 너무 깁니다.",
      "bad-label": "도메인 이름에 쓸 수 없는 문자가 들어 있습니다.",
      "port-not-allowed": "메일 포트(25, 465, 587, 110, 995, 143, 993)만 확인할 수 있습니다.",
    },
  },
  en: {
    findings: {
      "domain-not-found":
        "The domain {domain} does not exist. Please check the part of the e-mail address after the @.",
      "dns-failing":
        "The name servers of {domain} are not answering properly. Please tell whoever manages the domain (your hosting company).",
      "dns-slow": "We could not get the details of {domain} in time. Please check again in a moment.",
      "mx-found": "The mail servers (MX) of {domain}: {hosts}.",
      "mx-missing": "{domain} has no mail server (MX) record, so mail sent to this domain may not arrive.",
      "null-mx": "{domain} is set up to accept no mail at all (null MX).",
      "mail-host-missing":
        "There is no server named mail.{domain}. Use {host} as the server name in your mail program.",
      "host-not-found": "The server name {host} does not exist. Please check its spelling.",
      "address-blocked":
        "{host} points at an address that cannot be reached from the internet ({ip}, {reason}). Please check the domain's settings.",
      "server-down": "Every mail port of {host} is closed or silent: the mail server seems to be down.",
      "ports-silent": "{host} accepted connections on port(s) {ports} but never answered.",
      "ports-untried": "{host} did not answer at all on other ports, so port(s) {ports} were not tried.",
      "not-mail-server": "Something other than a mail server answers on port(s) {ports} of {host}.",
      "greeting-refused": '{host} refused the connection on port {port}: "{text}"',
      "port25-closed-use-other":
        "{host} does not answer on port 25, but port {port} works. Set the outgoing (SMTP) server port to {port}.",
      "outgoing-ok": "Sending: {host}, port {port}, security {security}, with login. This works.",
      "incoming-ok": "Receiving ({protocol}): {host}, port {port}, security {security}. This works.",
      "outgoing-none": "We found no port on {host} (465 or 587) where you can log in and send mail.",
      "incoming-none": "We found no port on {host} where you can receive mail (POP3 or IMAP).",
      "tls-expired":
        "The security certificate of {host} (port {ports}) expired on {date}. Mail programs will warn you or refuse to connect. Please tell the server's administrator.",
      "tls-wrong-name":
        "The security certificate of {host} (port {ports}) is made out for {names}. Use that name as the server name, or ask the server's administrator.",
      "tls-untrusted":
        "The security certificate of {host} (port {ports}) cannot be trusted ({reason}). Mail programs will show a warning.",
      "tls-failed": "A secure connection (SSL/TLS) to {host} (port {ports}) could not be made.",
      "starttls-missing":
        "Port(s) {ports} of {host} offer no encryption (STARTTLS): passwords would travel unprotected.",
      "auth-after-starttls":
        "On port {port}, {host} lets you log in only after encryption (STARTTLS) is on. Set the encryption in your mail program to STARTTLS (or TLS).",
      "submission-no-auth":
        "Port {port} of {host} offers no login (SMTP authentication), so you cannot send mail to other domains through it.",
      "spf-missing":
        "{domain} has no SPF record, so mail from this domain may be marked as spam or rejected.",
      "dmarc-missing":
        "{domain} has no DMARC record; large mail services (Gmail, Naver, …) may reject its mail.",
      "check-incomplete": "{count} checks did not finish in time, so the results may be incomplete.",
      "target-refused": "{input} was not checked: {reason}",
    },
    security: { ssl: "SSL/TLS", starttls: "STARTTLS", none: "none" },
    addressKinds: {
      private: "a private address",
      loopback: "an address that points back at the server itself",
      "link-local": "a link-local address",
      shared: "a carrier's internal address",
      multicast: "a multicast address",
      reserved: "a reserved special-purpose address",
    },
    tlsReasons: {
      "self-signed": "self-signed certificate",
      "unknown-issuer": "issuer cannot be verified",
      other: "certificate check failed",
    },
    errors: {
      invalid: "Please give a domain, an e-mail address or a server name to check.",
      rateLimited: "Too many checks at once. Please try again in a moment.",
      internal: "Something went wrong during the check. Please try again in a moment.",
    },
    refusals: {
      empty: "Please enter a domain or an e-mail address.",
      "ip-literal": "Please enter a domain name (like example.com) instead of an IP address.",
      "single-label": "Please enter the full domain name with a dot (like example.com).",
      "special-use":
        "This name only works on your own computer or network, so it cannot be checked from the internet.",
      "too-long": "The domain name is too long.",
      "bad-label": "The domain name contains characters that are not allowed.",
      "port-not-allowed": "Only the mail ports (25, 465, 587, 110, 995, 143, 993) can be checked.",
    },
  },
});
