// Causes fixed by a setting in the mail program: title, one-sentence meaning, and what to try if the
// program's own steps (content/fixes/programs) did not help.
import type { SettingCauseId } from "@/lib/fix/guide-types";
import type { CauseGuide } from "@/lib/content/fix-guide-schema";
import { step } from "../step";

const callUs = step(
  "이 페이지 주소와 오류 메시지를 호스팅 고객센터에 보내 주세요. 어떤 값을 바꿨는지도 함께 알려 주시면 빨라집니다.",
  "Send this page's address and the error message to your hosting company's support, and say which values you changed.",
);

export const settingCauseGuides: Record<SettingCauseId, CauseGuide> = {
  "server-not-found": {
    meaning: {
      ko: "메일 프로그램에 적힌 서버 이름이 인터넷에 없는 이름이라, 어디로 접속할지 모르는 상태입니다(오타, www. 붙임, 다른 도메인 등).",
      en: "The server name in your mail program doesn't exist on the internet, so it doesn't know where to connect (a typo, an added “www.”, or the wrong domain).",
    },
    steps: [
      step(
        "웹 브라우저로 아무 사이트나 열어 인터넷이 되는지 확인하세요. 인터넷이 안 되면 이 오류가 모든 서버에서 납니다.",
        "Open any website to make sure the internet works; without internet this error appears for every server.",
      ),
      callUs,
    ],
  },
  "wrong-server-name": {
    meaning: {
      ko: "적힌 서버 이름은 있는 이름이지만, 이 도메인의 메일을 받는 서버가 아닙니다.",
      en: "The server name exists, but it is not the server that handles this domain's mail.",
    },
    steps: [callUs],
  },
  "connection-refused": {
    meaning: {
      ko: "그 서버 주소와 포트에서 아무도 기다리고 있지 않아 연결이 바로 거절되었습니다. 대개 포트 번호나 서버 이름이 틀렸거나 백신이 설정을 바꾼 경우입니다.",
      en: "Nothing is listening at that server and port, so the connection was turned away at once — usually a wrong port or server name, or an antivirus program changed the settings.",
    },
    steps: [
      step(
        "서버 이름이 127.0.0.1이나 localhost로 되어 있다면 백신 프로그램이 바꾼 것입니다. ‘백신 프로그램이 메일을 가로챔’ 안내를 따라 주세요.",
        "If the server name reads 127.0.0.1 or localhost, an antivirus program changed it; follow the “antivirus intercepts mail” guide.",
      ),
      callUs,
    ],
  },
  "connection-timeout": {
    meaning: {
      ko: "서버로 보낸 연결 요청에 아무 대답이 없었습니다. 방화벽이나 인터넷 회사가 그 포트를 막고 있을 때 흔히 생깁니다.",
      en: "The connection request got no answer at all, which usually means a firewall or your internet provider is blocking that port.",
    },
    steps: [
      step(
        "회사나 학교 네트워크라면 휴대폰 테더링 같은 다른 인터넷으로 한 번 시도해 보세요. 그때 된다면 네트워크 관리자에게 해당 포트를 열어 달라고 하세요.",
        "On an office or school network, try once over another connection such as phone tethering; if that works, ask the network administrator to open the port.",
      ),
      callUs,
    ],
  },
  "port25-blocked": {
    meaning: {
      ko: "국내 가정용 인터넷은 스팸을 막기 위해 25번 포트로 메일을 보내는 것을 차단하므로, 보내는 메일 포트를 587(또는 465)로 바꾸고 인증을 켜야 합니다.",
      en: "Home internet lines (in Korea, all of them) block sending on port 25 against spam, so the outgoing port must be 587 (or 465) with authentication turned on.",
    },
    steps: [callUs],
  },
  "tls-mismatch": {
    meaning: {
      ko: "포트와 보안 연결(SSL/TLS, STARTTLS) 설정이 서로 맞지 않거나, 서버 이름이 인증서의 이름과 달라 안전한 연결을 만들 수 없습니다.",
      en: "The port and the SSL/TLS or STARTTLS setting don't go together, or the server name differs from the certificate's, so no secure connection can be made.",
    },
    steps: [
      step(
        "오래된 프로그램(Outlook 2007 이하, Windows 7)은 최신 보안(TLS 1.2)을 쓰지 못할 수 있습니다. 프로그램과 Windows를 업데이트하세요.",
        "Old programs (Outlook 2007 and earlier, Windows 7) may not support TLS 1.2; update the program and Windows.",
      ),
      callUs,
    ],
  },
  "certificate-invalid": {
    meaning: {
      ko: "메일 서버의 보안 인증서가 만료되었거나, 공인 기관이 발급하지 않았거나, 다른 이름으로 발급되어 메일 프로그램이 서버를 믿을 수 없다고 경고합니다. 다른 이름으로 발급된 경우에는 서버 이름을 인증서의 이름으로 바꾸면 되고, 만료된 경우에는 호스팅 회사가 인증서를 새로 받아야 합니다.",
      en: "The mail server's security certificate has expired, was not issued by a recognised authority, or is made out for another name, so your mail program warns that it cannot trust the server. For another name, use the name the certificate covers; an expired certificate only the hosting company can renew.",
    },
    steps: [
      step(
        "경고 창에 ‘만료’, ‘자체 서명’ 또는 ‘신뢰할 수 없음’이 보이면 고객님 쪽에서 고칠 수 없습니다. 아래 내용을 호스팅 회사에 알려 주세요. 인증서가 새로 발급되면 경고는 저절로 사라집니다.",
        "If the warning says the certificate has expired, is self-signed or is not trusted, it cannot be fixed on your side. Tell your hosting company (below); once the certificate is renewed the warning goes away by itself.",
      ),
      step(
        "그때까지는 경고 창에 나온 서버 이름이 {incoming.host}과(와) 같을 때만 ‘계속’이나 ‘연결’을 누르세요. 모르는 이름이 보이면 누르지 말고 호스팅 회사에 먼저 물어보세요.",
        "Until then, continue past the warning only when the server name it shows is {incoming.host}. If it shows a name you don't know, don't continue: ask your hosting company first.",
      ),
      callUs,
    ],
    tell: {
      ko: "{incoming.host} 메일 서버의 보안 인증서가 만료되었거나 올바르지 않다고 나옵니다. 인증서를 새로 발급해 주세요.",
      en: "My mail program says the security certificate of the mail server {incoming.host} has expired or is not valid. Please renew the certificate.",
    },
  },
  "tls-required": {
    meaning: {
      ko: "서버는 비밀번호를 보내기 전에 암호화(SSL/TLS 또는 STARTTLS)를 요구하는데, 메일 프로그램이 암호화 없이 접속하고 있습니다.",
      en: "The server requires encryption (SSL/TLS or STARTTLS) before you log in, but your mail program connects without it.",
    },
    steps: [callUs],
  },
  "wrong-password": {
    meaning: {
      ko: "서버가 메일 프로그램에 저장된 사용자 이름이나 비밀번호를 받아들이지 않았습니다.",
      en: "The server did not accept the user name or password saved in your mail program.",
    },
    steps: [
      step(
        "웹메일에 같은 주소와 비밀번호로 로그인해 보세요. 웹메일도 안 되면 비밀번호를 재설정하세요.",
        "Try logging in to webmail with the same address and password; if that fails too, reset the password.",
      ),
      callUs,
    ],
  },
  "app-password-required": {
    meaning: {
      ko: "2단계 인증이 켜져 있거나 외부 메일 프로그램 사용이 꺼져 있어서, 평소 비밀번호 대신 ‘앱 비밀번호’가 필요합니다.",
      en: "Two-step verification is on or access from mail programs is turned off, so the normal password no longer works and an app password is needed.",
    },
    steps: [
      step(
        "네이버·다음 같은 포털은 웹메일 [환경설정] › [POP3/IMAP 설정]에서 ‘사용함’을 골라야 메일 프로그램에서 쓸 수 있습니다.",
        "Portals such as Naver and Daum need POP3/IMAP turned on in webmail settings before a mail program can use them.",
      ),
      callUs,
    ],
  },
  "auth-method-mismatch": {
    meaning: {
      ko: "메일 프로그램이 ‘보안 암호 인증(SPA)’이나 ‘암호화된 비밀번호’로 로그인하려 하지만, 서버는 일반 비밀번호 방식만 받습니다.",
      en: "Your mail program tries to log on with Secure Password Authentication (SPA) or an “encrypted password”, but the server only accepts a normal password.",
    },
    steps: [callUs],
  },
  "smtp-auth-required": {
    meaning: {
      ko: "보내는 메일 서버는 로그인한 사람의 메일만 보내 주는데, 메일 프로그램이 로그인(인증) 없이 보내려 해서 거절되었습니다(Relaying denied).",
      en: "The outgoing server only sends mail for people who log in, and your program tried to send without logging in, so it was refused (“relaying denied”).",
    },
    steps: [callUs],
  },
  "antivirus-interference": {
    meaning: {
      ko: "백신이나 방화벽의 메일 검사 기능이 메일 설정을 127.0.0.1 같은 자기 주소나 1110 같은 포트로 바꾸었거나, 메일 연결을 중간에서 가로채고 있습니다.",
      en: "An antivirus or firewall mail scanner changed your settings to its own address (such as 127.0.0.1) or port (such as 1110), or intercepts the mail connection.",
    },
    steps: [
      step(
        "백신의 ‘메일 검사’ 예외에 메일 프로그램을 추가하거나 백신을 최신 버전으로 업데이트하세요.",
        "Add the mail program to the antivirus program's e-mail scanning exclusions, or update the antivirus program.",
      ),
      callUs,
    ],
  },
  "sender-not-allowed": {
    meaning: {
      ko: "로그인한 계정과 보내는 사람 주소(From)가 달라서, 서버가 남의 주소로 보내는 것으로 보고 거절했습니다.",
      en: "The account you log in with differs from the sender (From) address, so the server treats it as sending as someone else and refuses.",
    },
    steps: [callUs],
  },
  "polling-too-often": {
    meaning: {
      ko: "서버가 정한 간격보다 자주 메일을 확인해서, 서버가 잠시 로그인을 막았습니다.",
      en: "Mail was checked more often than the server allows, so it blocks logins for a while.",
    },
    steps: [
      step(
        "간격을 늘린 뒤 15분쯤 기다렸다가 다시 받아 보세요.",
        "After lengthening the interval, wait about 15 minutes before checking again.",
      ),
      callUs,
    ],
  },
};
