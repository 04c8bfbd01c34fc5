// Everything the diagnosis says about what it saw, in Korean and English: one sentence per rule of
// lib/diagnose/rules (a finding of the live check, or a reason for a cause), one line per check as it
// streams in, the words those sentences use, and why a name was not checked.
// {placeholders} are filled by lib/diagnose; the Korean ones are checked against the code by the type
// checker, the English ones against the Korean by `npm run validate:content`.
import { defineMessages } from "@/lib/i18n/define-messages";

export const checkSentences = defineMessages({
  ko: {
    said: {
      // The domain's DNS.
      "domain-not-found":
        "{domain} 도메인이 인터넷에 없습니다. 메일 주소의 @ 뒤 부분이 맞는지, 도메인 사용 기간이 끝나지 않았는지 확인해 주세요.",
      "dns-failing":
        "{domain} 도메인의 네임서버가 제대로 응답하지 않습니다. 도메인을 관리하는 곳(호스팅 회사)에 알려 주세요.",
      "dns-slow": "{domain} 도메인의 정보를 제때 받지 못했습니다. 잠시 뒤 다시 확인해 주세요.",
      "null-mx": "{domain} 도메인은 메일을 받지 않도록 설정되어 있습니다(null MX).",
      "no-mx-no-a":
        "{domain} 도메인에는 메일 서버(MX)도 주소(A)도 등록되어 있지 않습니다. 도메인의 DNS 설정을 고쳐야 합니다.",
      "mx-missing":
        "{domain} 도메인에는 메일 서버(MX) 정보가 없습니다. 이 도메인으로 오는 메일이 도착하지 않을 수 있습니다.",
      "mx-found": "{domain} 도메인의 메일 서버(MX)는 {hosts} 입니다.",
      "spf-missing":
        "{domain} 도메인에 SPF 기록이 없습니다. 이 도메인에서 보낸 메일이 스팸으로 분류되거나 거부될 수 있습니다.",
      "dmarc-missing":
        "{domain} 도메인에 DMARC 기록이 없습니다. 큰 메일 서비스(Gmail, 네이버 등)에 보내는 메일이 거부될 수 있습니다.",
      // Each mail host, from its probes.
      "address-blocked":
        "{host} 는 인터넷에서 접속할 수 없는 주소({ip}, {kind})를 가리킵니다. 도메인 설정을 확인해 주세요.",
      "server-down":
        "{host}의 메일 포트({ports})가 모두 닫혀 있거나 응답하지 않습니다. 메일 서버가 멈춘 것으로 보입니다. 호스팅 회사에 알려 주세요.",
      "host-down":
        "{host}의 메일 포트({ports})는 모두 닫혀 있거나 응답하지 않지만, 이 도메인의 다른 메일 서버는 응답합니다.",
      "ports-silent": "{host} 서버가 {ports}번 포트에서 연결은 받았지만 응답하지 않았습니다.",
      "ports-untried": "{host} 서버가 다른 포트에서 전혀 응답하지 않아 {ports}번 포트는 확인하지 않았습니다.",
      "not-mail-server": "{host} 서버의 {ports}번 포트에서 메일 서버가 아닌 다른 프로그램이 응답합니다.",
      "greeting-refused": '{host} 서버의 {port}번 포트가 연결을 거절했습니다: "{text}"',
      "tls-expired":
        "{host} 서버({ports}번 포트)의 보안 인증서가 {date}에 만료되었습니다. 메일 프로그램이 보안 경고를 띄우거나 연결하지 않습니다. 인증서는 호스팅 회사만 새로 받을 수 있습니다.",
      "tls-wrong-name":
        "{host} 서버({ports}번 포트)의 보안 인증서는 {names} 이름으로 발급되었습니다. 서버 이름을 인증서의 이름으로 바꾸면 보안 경고가 사라집니다.",
      "tls-untrusted":
        "{host} 서버({ports}번 포트)의 보안 인증서를 믿을 수 없습니다({reason}). 메일 프로그램이 보안 경고를 띄웁니다.",
      "tls-failed": "{host} 서버({ports}번 포트)와 보안 연결(SSL/TLS)을 맺지 못했습니다.",
      "starttls-missing":
        "{host} 서버의 {ports}번 포트는 암호화(STARTTLS)를 지원하지 않습니다. 비밀번호가 암호화되지 않은 채 전송됩니다.",
      "submission-no-auth":
        "{host} 서버의 {port}번 포트는 로그인(SMTP 인증)을 제공하지 않습니다. 이 포트로는 다른 곳으로 메일을 보낼 수 없습니다.",
      "check-incomplete":
        "시간 안에 하지 못한 확인이 {count}개 있습니다. 확인하지 못한 포트는 판단에 쓰지 않았습니다.",
      "target-refused": "{input} 은(는) 확인하지 않았습니다: {reason}",
      // What works: the settings the pictures will show.
      "outgoing-ok": "메일 보내기: {host}, {port}번 포트, 보안 {security}, 로그인 필요 — 정상 동작합니다.",
      "incoming-ok": "메일 받기({protocol}): {host}, {port}번 포트, 보안 {security} — 정상 동작합니다.",
      "outgoing-none": "{host} 서버에서 로그인해서 메일을 보낼 수 있는 포트(465, 587)를 찾지 못했습니다.",
      "incoming-none": "{host} 서버에서 메일을 받을 수 있는 포트(POP3, IMAP)를 찾지 못했습니다.",
      "port25-closed-use-other":
        "{host} 서버는 25번 포트로 응답하지 않지만 {port}번 포트는 정상입니다. 보내는 메일 서버(SMTP) 포트를 {port}번으로 바꾸세요.",
      "auth-after-starttls":
        "{host} 서버의 {port}번 포트는 암호화(STARTTLS)를 켠 뒤에만 로그인할 수 있습니다. 메일 프로그램에서 암호화 방식을 STARTTLS(또는 TLS)로 설정하세요.",
      "mail-host-missing":
        "mail.{domain} 이라는 서버 이름은 없습니다. 메일 프로그램의 서버 이름에는 {host} 를 쓰세요.",
      // The message (or the settings the customer gave) against the check.
      "server-answers":
        "서버는 정상적으로 응답합니다. 여기서 확인하니 {host}의 {ports}번 포트가 응답합니다. 그러니 원인은 고객님 쪽, 곧 서버 이름, 포트 번호, 백신 프로그램이나 로그인 설정에 있을 가능성이 큽니다.",
      "used-port-closed":
        "{host}의 {port}번 포트는 닫혀 있지만 {open}번 포트는 열려 있습니다. 메일 프로그램의 포트 번호를 {open}번으로 바꿔 주세요.",
      "ssl-port-mismatch":
        "{port}번 포트는 처음부터 보안 연결(SSL/TLS)로 접속해야 하는 포트인데, 메일 프로그램은 SSL을 쓰지 않도록 되어 있습니다. ‘SSL 사용’을 켜 주세요.",
      "answers-where-silent":
        "메시지에는 서버가 응답하지 않았다고 나오지만, 여기서 확인하니 {host}은(는) {ports}번 포트에서 바로 응답합니다. 연결된 뒤 아무 응답이 없는 것은 대개 SSL 설정이 포트와 맞지 않을 때입니다. 465, 993, 995번 포트는 ‘SSL 사용’을 켜고, 587, 143, 110번 포트는 STARTTLS를 쓰세요.",
      "name-not-found":
        "메일 프로그램에 적힌 서버 이름 {host}은(는) 인터넷에서 찾을 수 없는 이름입니다. 이 도메인의 메일 서버는 {right}입니다. 서버 이름을 {right}(으)로 고쳐 주세요.",
      "host-not-found": "{host} 라는 서버 이름을 찾을 수 없습니다. 서버 이름의 철자를 확인해 주세요.",
      "name-resolves-here":
        "메시지에는 {host}을(를) 찾을 수 없다고 나오지만, 여기서는 이 이름을 정상적으로 찾습니다. 메일이 안 되는 그 기기의 인터넷 연결부터 확인해 주세요.",
      "wrong-server-name":
        "메일 프로그램에 적힌 {host}에서는 메일 서버가 응답하지 않지만, 이 도메인의 메일 서버 {right}은(는) 정상적으로 응답합니다. 서버 이름을 {right}(으)로 바꿔 주세요.",
      "relay-needs-auth":
        "받는 사람이 거부된 것은 보내는 메일 서버 인증이 꺼져 있기 때문입니다. {host}의 {port}번 포트는 보안 {security} 연결에서 로그인을 받습니다. 포트 {port}, 보안 {security}, ‘보내는 메일 서버 인증 사용’으로 바꿔 주세요.",
      "port25-blocked":
        "25번 포트로는 보내지 못했지만, 여기서 확인하니 {host}의 {port}번 포트는 열려 있습니다. 가정용 인터넷은 25번 포트를 막는 경우가 많으니 보내는 메일 서버 포트를 {port}번으로 바꿔 주세요.",
      "mail-host-answers":
        "이 도메인의 메일 서버 {host}은(는) {ports}번 포트에서 정상적으로 응답합니다. 서버가 멈춘 것은 아닙니다.",
      "local-server":
        "메일 프로그램의 서버가 {host}(으)로 되어 있습니다. 이 주소는 고객님 컴퓨터 자신을 가리키며, 백신 프로그램이 메일 설정을 바꿀 때 생깁니다. 서버 이름을 원래 메일 서버 이름으로 되돌려 주세요.",
      "local-port":
        "메일 프로그램의 포트가 {port}번으로 되어 있습니다. 백신 프로그램이 메일을 검사할 때 쓰는 번호입니다. 포트를 원래 번호로 되돌려 주세요.",
      // The customer's answers.
      "answer-no-internet":
        "다른 웹사이트도 열리지 않는다고 하셨습니다. 메일보다 먼저 인터넷 연결을 고쳐야 합니다.",
      "answer-internet-works": "다른 웹사이트는 잘 열린다고 하셨으니 인터넷 연결은 문제가 아닙니다.",
      "answer-webmail-shows":
        "웹메일에는 새 메일이 보인다고 하셨습니다. 서버는 메일을 잘 받고 있으니 메일 프로그램의 설정을 살펴봐야 합니다.",
      "answer-webmail-missing":
        "웹메일에도 새 메일이 없다고 하셨습니다. 메일이 서버의 메일함까지 오지 못하고 있으니 메일 프로그램이 아니라 서버나 도메인 쪽을 살펴봐야 합니다.",
      "answer-stopped-suddenly":
        "잘 되다가 갑자기 안 된다고 하셨습니다. 그사이 바뀐 것, 예를 들어 백신 프로그램 업데이트나 비밀번호 변경이 원인일 때가 많습니다.",
      "answer-receive-works":
        "받기는 된다고 하셨으니 인터넷과 메일 서버는 살아 있습니다. 보내는 메일 서버의 포트와 인증 설정을 먼저 봅니다.",
    },
    events: {
      mxFound: "메일 서버 주소(MX): {hosts}",
      mxNone: "메일 서버 주소(MX)가 등록되어 있지 않음",
      addressFound: "{name}의 IP 주소: {addresses}",
      addressNone: "{name}: IP 주소 없음",
      nxdomain: "{name}: 인터넷에 없는 이름",
      dnsFailed: "{name}: 네임서버가 응답하지 않음 ({rrtype})",
      recordFound: "{name}: {rrtype} 레코드 있음",
      recordNone: "{name}: {rrtype} 레코드 없음",
      probe: "{role} {host} {port}번 포트: {status}",
      certOk: "{line} · 보안 인증서 정상",
      certProblem: "{line} · 보안 인증서 경고",
      pendingMx: "메일 서버 주소 찾는 중 (MX)…",
      pendingPort: "{role} {port}번 포트 확인 중…",
    },
    words: {
      roles: { incoming: "받는 메일 서버", outgoing: "보내는 메일 서버" },
      statuses: {
        open: "응답함",
        refused: "연결 거부",
        timeout: "응답 없음",
        reset: "연결이 끊김",
        blocked: "확인하지 않는 주소",
        skipped: "확인하지 않음",
        error: "확인 실패",
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
    errors: {
      invalid: "확인할 도메인, 메일 주소 또는 서버 이름이 필요합니다.",
      rateLimited: "확인 요청이 너무 많습니다. 잠시 뒤 다시 시도해 주세요.",
      internal: "확인 중 문제가 생겼습니다. 잠시 뒤 다시 시도해 주세요.",
    },
  },
  en: {
    said: {
      "domain-not-found":
        "The domain {domain} does not exist on the internet. Please check the part of the e-mail address after the @, and whether the domain registration has expired.",
      "dns-failing":
        "The name servers of {domain} are not answering properly. Please tell whoever manages the domain (your hosting company).",
      "dns-slow": "We could not get the details of {domain} in time. Please check again in a moment.",
      "null-mx": "{domain} is set up to accept no mail at all (null MX).",
      "no-mx-no-a":
        "{domain} has neither a mail server (MX) nor an address (A) record. The domain's DNS settings need fixing.",
      "mx-missing": "{domain} has no mail server (MX) record, so mail sent to this domain may not arrive.",
      "mx-found": "The mail servers (MX) of {domain}: {hosts}.",
      "spf-missing":
        "{domain} has no SPF record, so mail from this domain may be marked as spam or rejected.",
      "dmarc-missing":
        "{domain} has no DMARC record; large mail services (Gmail, Naver, …) may reject its mail.",
      "address-blocked":
        "{host} points at an address that cannot be reached from the internet ({ip}, {kind}). Please check the domain's settings.",
      "server-down":
        "Every mail port of {host} ({ports}) is closed or silent. The mail server seems to be down. Please tell your hosting company.",
      "host-down":
        "Every mail port of {host} ({ports}) is closed or silent, but this domain's other mail server answers.",
      "ports-silent": "{host} accepted connections on port(s) {ports} but never answered.",
      "ports-untried": "{host} did not answer at all on other ports, so port(s) {ports} were not tried.",
      "not-mail-server": "Something other than a mail server answers on port(s) {ports} of {host}.",
      "greeting-refused": '{host} refused the connection on port {port}: "{text}"',
      "tls-expired":
        "The security certificate of {host} (port {ports}) expired on {date}. Mail programs will warn you or refuse to connect. Only the hosting company can renew it.",
      "tls-wrong-name":
        "The security certificate of {host} (port {ports}) is made out for {names}. Using the certificate's name as the server name removes the warning.",
      "tls-untrusted":
        "The security certificate of {host} (port {ports}) cannot be trusted ({reason}). Mail programs will show a warning.",
      "tls-failed": "A secure connection (SSL/TLS) to {host} (port {ports}) could not be made.",
      "starttls-missing":
        "Port(s) {ports} of {host} offer no encryption (STARTTLS): passwords would travel unprotected.",
      "submission-no-auth":
        "Port {port} of {host} offers no login (SMTP authentication), so you cannot send mail to other domains through it.",
      "check-incomplete":
        "{count} checks could not run in time; the ports not checked were left out of the diagnosis.",
      "target-refused": "{input} was not checked: {reason}",
      "outgoing-ok": "Sending: {host}, port {port}, security {security}, with login. This works.",
      "incoming-ok": "Receiving ({protocol}): {host}, port {port}, security {security}. This works.",
      "outgoing-none": "We found no port on {host} (465 or 587) where you can log in and send mail.",
      "incoming-none": "We found no port on {host} where you can receive mail (POP3 or IMAP).",
      "port25-closed-use-other":
        "{host} does not answer on port 25, but port {port} works. Set the outgoing (SMTP) server port to {port}.",
      "auth-after-starttls":
        "On port {port}, {host} lets you log in only after encryption (STARTTLS) is on. Set the encryption in your mail program to STARTTLS (or TLS).",
      "mail-host-missing":
        "There is no server named mail.{domain}. Use {host} as the server name in your mail program.",
      "server-answers":
        "The server is working: from here, {host} answers on port {ports}. So the cause is most likely on your side: the server name, the port number, an antivirus program or the login settings.",
      "used-port-closed":
        "Port {port} on {host} is closed, but port {open} is open. Please change the port number in your mail program to {open}.",
      "ssl-port-mismatch":
        "Port {port} expects a secure (SSL/TLS) connection from the start, but your mail program is set not to use SSL. Please turn SSL on.",
      "answers-where-silent":
        "The message says the server did not answer, but from here {host} answers at once on port {ports}. Silence after connecting usually means the SSL setting does not match the port: turn SSL on for ports 465, 993 and 995, and use STARTTLS on 587, 143 and 110.",
      "name-not-found":
        "The server name in your mail program, {host}, does not exist on the internet. This domain's mail server is {right}. Please change the server name to {right}.",
      "host-not-found": "The server name {host} does not exist. Please check its spelling.",
      "name-resolves-here":
        "The message says {host} could not be found, but from here the name resolves fine. Please check the internet connection of the device where mail fails first.",
      "wrong-server-name":
        "No mail server answers at {host}, the name in your mail program, but this domain's mail server {right} answers fine. Please change the server name to {right}.",
      "relay-needs-auth":
        "The recipient was refused because outgoing authentication is off. Port {port} on {host} accepts a login with security {security}. Please use port {port}, security {security}, and turn on 'My outgoing server requires authentication'.",
      "port25-blocked":
        "Sending on port 25 failed, but from here port {port} on {host} is open. Home internet lines often block port 25, so please change the outgoing server port to {port}.",
      "mail-host-answers":
        "This domain's mail server {host} answers on port {ports}. The server is not down.",
      "local-server":
        "Your mail program's server is set to {host}, which points at your own computer; antivirus programs set this when they take over mail. Please change the server name back to your real mail server.",
      "local-port":
        "Your mail program uses port {port}, a number antivirus programs use to scan mail. Please change the port back to the standard one.",
      "answer-no-internet":
        "You said other web sites do not open either. The internet connection needs fixing before mail can work.",
      "answer-internet-works":
        "You said other web sites open, so the internet connection is not the problem.",
      "answer-webmail-shows":
        "You said webmail shows the new mail. The server is receiving mail fine, so the settings of your mail program need a look.",
      "answer-webmail-missing":
        "You said webmail does not show the new mail either. The mail is not reaching your mailbox, so the server or the domain needs a look, not your program.",
      "answer-stopped-suddenly":
        "You said it worked and then stopped. Something that changed in between, such as an antivirus update or a new password, is often the cause.",
      "answer-receive-works":
        "You said receiving works, so the internet and the mail server are fine. The outgoing server's port and login settings come first.",
    },
    events: {
      mxFound: "Mail server (MX): {hosts}",
      mxNone: "No mail server (MX) record",
      addressFound: "IP address of {name}: {addresses}",
      addressNone: "{name}: no IP address",
      nxdomain: "{name}: this name does not exist",
      dnsFailed: "{name}: the name servers did not answer ({rrtype})",
      recordFound: "{name}: {rrtype} record found",
      recordNone: "{name}: no {rrtype} record",
      probe: "The {role} {host}, port {port}: {status}",
      certOk: "{line} · certificate OK",
      certProblem: "{line} · certificate warning",
      pendingMx: "Looking up the mail server (MX)…",
      pendingPort: "Checking port {port} of the {role}…",
    },
    words: {
      roles: { incoming: "incoming mail server", outgoing: "outgoing mail server" },
      statuses: {
        open: "answers",
        refused: "refused",
        timeout: "no answer",
        reset: "connection cut",
        blocked: "not checked (address not allowed)",
        skipped: "not tried",
        error: "check failed",
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
    errors: {
      invalid: "Please give a domain, an e-mail address or a server name to check.",
      rateLimited: "Too many checks at once. Please try again in a moment.",
      internal: "Something went wrong during the check. Please try again in a moment.",
    },
  },
});
