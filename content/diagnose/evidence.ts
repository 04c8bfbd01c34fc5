// The sentences the diagnosis gives as its reasons ("why we think so"), one per rule of lib/diagnose/rules.ts.
// {placeholders} are filled with host names, ports and domains; both languages must use the same ones.
import type { Bilingual } from "@/lib/i18n/bilingual";

export const evidenceText = {
  serverAnswers: {
    ko: "서버는 정상적으로 응답합니다. 여기서 확인하니 {host}의 {ports}번 포트가 응답합니다. 그러니 원인은 고객님 쪽, 곧 서버 이름, 포트 번호, 백신 프로그램이나 로그인 설정에 있을 가능성이 큽니다.",
    en: "The server is working: from here, {host} answers on port {ports}. So the cause is most likely on your side: the server name, the port number, an antivirus program or the login settings.",
  },
  usedPortClosed: {
    ko: "{host}의 {port}번 포트는 닫혀 있지만 {open}번 포트는 열려 있습니다. 메일 프로그램의 포트 번호를 {open}번으로 바꿔 주세요.",
    en: "Port {port} on {host} is closed, but port {open} is open. Please change the port number in your mail program to {open}.",
  },
  nameNotFound: {
    ko: "메일 프로그램에 적힌 서버 이름 {host}은(는) 인터넷에서 찾을 수 없는 이름입니다. 이 도메인의 메일 서버는 {right}입니다. 서버 이름을 {right}(으)로 고쳐 주세요.",
    en: "The server name in your mail program, {host}, does not exist on the internet. This domain's mail server is {right}. Please change the server name to {right}.",
  },
  nameResolvesHere: {
    ko: "메시지에는 {host}을(를) 찾을 수 없다고 나오지만, 여기서는 이 이름을 정상적으로 찾습니다. 메일이 안 되는 그 기기의 인터넷 연결부터 확인해 주세요.",
    en: "The message says {host} could not be found, but from here the name resolves fine. Please check the internet connection of the device where mail fails first.",
  },
  wrongServerName: {
    ko: "메일 프로그램에 적힌 {host}에서는 메일 서버가 응답하지 않지만, 이 도메인의 메일 서버 {right}은(는) 정상적으로 응답합니다. 서버 이름을 {right}(으)로 바꿔 주세요.",
    en: "No mail server answers at {host}, the name in your mail program, but this domain's mail server {right} answers fine. Please change the server name to {right}.",
  },
  relayNeedsAuth: {
    ko: "받는 사람이 거부된 것은 보내는 메일 서버 인증이 꺼져 있기 때문입니다. {host}의 587번 포트는 암호화(STARTTLS) 뒤에 로그인을 받습니다. 포트 587, STARTTLS, '보내는 메일 서버 인증 사용'으로 바꿔 주세요.",
    en: "The recipient was refused because outgoing authentication is off. Port 587 on {host} accepts a login after encryption (STARTTLS). Please use port 587, STARTTLS, and turn on 'My outgoing server requires authentication'.",
  },
  port25Blocked: {
    ko: "25번 포트로는 보내지 못했지만, 여기서 확인하니 {host}의 {port}번 포트는 열려 있습니다. 가정용 인터넷은 25번 포트를 막는 경우가 많으니 보내는 메일 서버 포트를 {port}번으로 바꿔 주세요.",
    en: "Sending on port 25 failed, but from here port {port} on {host} is open. Home internet lines often block port 25, so please change the outgoing server port to {port}.",
  },
  allPortsClosed: {
    ko: "{host}의 메일 포트({ports})가 모두 닫혀 있거나 응답하지 않습니다. 메일 서버가 멈춘 것으로 보입니다. 호스팅 회사에 알려 주세요.",
    en: "Every mail port of {host} ({ports}) is closed or silent. The mail server seems to be down. Please tell your hosting company.",
  },
  mailHostAnswers: {
    ko: "이 도메인의 메일 서버 {host}은(는) {ports}번 포트에서 정상적으로 응답합니다. 서버가 멈춘 것은 아닙니다.",
    en: "This domain's mail server {host} answers on port {ports}. The server is not down.",
  },
  domainMissing: {
    ko: "{domain}은(는) 인터넷에 없는 도메인입니다. 주소의 철자를 확인하고, 도메인 사용 기간이 끝나지 않았는지 확인해 주세요.",
    en: "{domain} does not exist on the internet. Please check the spelling, and whether the domain registration has expired.",
  },
  noMxNoA: {
    ko: "{domain}에는 메일 서버(MX)도 주소(A)도 등록되어 있지 않습니다. 도메인의 DNS 설정을 고쳐야 합니다.",
    en: "{domain} has neither a mail server (MX) nor an address (A) record. The domain's DNS settings need fixing.",
  },
  dnsFailing: {
    ko: "{domain}의 네임서버가 제대로 응답하지 않습니다. 도메인의 DNS를 관리하는 곳에 알려 주세요.",
    en: "The name servers of {domain} do not answer properly. Please tell whoever manages the domain's DNS.",
  },
  localServer: {
    ko: "메일 프로그램의 서버가 {host}(으)로 되어 있습니다. 이 주소는 고객님 컴퓨터 자신을 가리키며, 백신 프로그램이 메일 설정을 바꿀 때 생깁니다. 서버 이름을 원래 메일 서버 이름으로 되돌려 주세요.",
    en: "Your mail program's server is set to {host}, which points at your own computer; antivirus programs set this when they take over mail. Please change the server name back to your real mail server.",
  },
  localPort: {
    ko: "메일 프로그램의 포트가 {port}번으로 되어 있습니다. 백신 프로그램이 메일을 검사할 때 쓰는 번호입니다. 포트를 원래 번호로 되돌려 주세요.",
    en: "Your mail program uses port {port}, a number antivirus programs use to scan mail. Please change the port back to the standard one.",
  },
  answerNoInternet: {
    ko: "다른 웹사이트도 열리지 않는다고 하셨습니다. 메일보다 먼저 인터넷 연결을 고쳐야 합니다.",
    en: "You said other web sites do not open either. The internet connection needs fixing before mail can work.",
  },
  answerInternetWorks: {
    ko: "다른 웹사이트는 잘 열린다고 하셨으니 인터넷 연결은 문제가 아닙니다.",
    en: "You said other web sites open, so the internet connection is not the problem.",
  },
  answerWebmailShows: {
    ko: "웹메일에는 새 메일이 보인다고 하셨습니다. 서버는 메일을 잘 받고 있으니 메일 프로그램의 설정을 살펴봐야 합니다.",
    en: "You said webmail shows the new mail. The server is receiving mail fine, so the settings of your mail program need a look.",
  },
  answerWebmailMissing: {
    ko: "웹메일에도 새 메일이 없다고 하셨습니다. 메일이 서버의 메일함까지 오지 못하고 있으니 메일 프로그램이 아니라 서버나 도메인 쪽을 살펴봐야 합니다.",
    en: "You said webmail does not show the new mail either. The mail is not reaching your mailbox, so the server or the domain needs a look, not your program.",
  },
  answerStoppedSuddenly: {
    ko: "잘 되다가 갑자기 안 된다고 하셨습니다. 그사이 바뀐 것, 예를 들어 백신 프로그램 업데이트나 비밀번호 변경이 원인일 때가 많습니다.",
    en: "You said it worked and then stopped. Something that changed in between, such as an antivirus update or a new password, is often the cause.",
  },
  answerReceiveWorks: {
    ko: "받기는 된다고 하셨으니 인터넷과 메일 서버는 살아 있습니다. 보내는 메일 서버의 포트와 인증 설정을 먼저 봅니다.",
    en: "You said receiving works, so the internet and the mail server are fine. The outgoing server's port and login settings come first.",
  },
  certExpired: {
    ko: "{host}의 보안 인증서는 사용 기간이 끝났습니다. 메일 프로그램이 보안 경고를 띄우거나 연결을 끊을 수 있습니다.",
    en: "The security certificate of {host} has expired. Mail programs may warn about it or refuse to connect.",
  },
  certWrongName: {
    ko: "{host}의 보안 인증서는 다른 이름({names})용입니다. 서버 이름을 인증서의 이름으로 바꾸면 보안 경고가 사라집니다.",
    en: "The security certificate of {host} is made out to another name ({names}). Using the certificate's name as the server name removes the warning.",
  },
  certUntrusted: {
    ko: "{host}의 보안 인증서를 믿을 수 없습니다(공인 기관이 발급하지 않은 인증서). 메일 프로그램이 보안 경고를 띄울 수 있습니다.",
    en: "The security certificate of {host} is not trusted (not issued by a recognised authority). Mail programs may show a security warning.",
  },
} satisfies Record<string, Bilingual>;

export type EvidenceKey = keyof typeof evidenceText;
