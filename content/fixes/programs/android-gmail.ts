// Gmail app on Android with a non-Google account: ☰ › Settings › (account) › Incoming / Outgoing settings.
import { pic, step, type ProgramGuides } from "../step";

const open = {
  ko: "Gmail 앱 왼쪽 위 ☰ › [설정]에서 이 계정을 누르고, 아래쪽의 [수신 설정]을 누르세요.",
  en: "In the Gmail app tap ☰ › Settings, tap this account, then tap Incoming settings near the bottom.",
};
const openOut = {
  ko: "Gmail 앱 ☰ › [설정] › 이 계정 › [발신 설정]을 누르세요.",
  en: "In the Gmail app tap ☰ › Settings › this account › Outgoing settings.",
};

const inServer = step(
  `${open.ko} ‘서버’를 {incoming.host}(으)로 고치고 [완료]를 누르세요.`,
  `${open.en} Change Server to {incoming.host} and tap Done.`,
  pic("android-gmail-incoming", ["server", "{incoming.host}"]),
);
const outServer = step(
  `${openOut.ko} ‘SMTP 서버’를 {outgoing.host}(으)로 고치고 [완료]를 누르세요.`,
  `${openOut.en} Change SMTP server to {outgoing.host} and tap Done.`,
  pic("android-gmail-outgoing", ["server", "{outgoing.host}"]),
);
const inPorts = step(
  `${open.ko} 포트: {incoming.port}, 보안 유형: {incoming.securityName}(으)로 맞추세요.`,
  `${open.en} Set Port to {incoming.port} and Security type to {incoming.securityName}.`,
  pic("android-gmail-incoming", ["port", "{incoming.port}"], ["securityType", "{incoming.security}"]),
);
const outPorts = step(
  `${openOut.ko} 포트: {outgoing.port}, 보안 유형: {outgoing.securityName}(으)로 맞추세요. 25번은 가정용 인터넷에서 막혀 있습니다.`,
  `${openOut.en} Set Port to {outgoing.port} and Security type to {outgoing.securityName}. Port 25 is blocked on home internet lines.`,
  pic("android-gmail-outgoing", ["port", "{outgoing.port}"], ["securityType", "{outgoing.security}"]),
);
const outLogin = step(
  `${openOut.ko} ‘로그인 필요’를 체크하고 사용자 이름({userName})과 비밀번호를 넣으세요.`,
  `${openOut.en} Check “Require signin” and fill in Username ({userName}) and Password.`,
  pic("android-gmail-outgoing", ["requireSignin", "on"], ["userName", "{userName}"], "password"),
);
const finish = step(
  "[완료]를 누르면 앱이 서버에 접속해 확인합니다. 받은편지함을 아래로 당겨 새로 고쳐 보세요.",
  "Tap Done; the app checks the server. Then pull down the inbox to refresh.",
);

const certificateWarning = step(
  "인증서가 만료되었을 때 Gmail 앱은 서버에 연결할 수 없다거나 인증서에 문제가 있다고 알립니다. 보안 유형을 ‘모든 인증서 허용’으로 바꾸지 마세요.",
  "While the certificate is expired, the Gmail app says it can't connect to the server or that the certificate has a problem. Don't switch the security type to “accept all certificates”.",
);

export const androidGmailGuides: ProgramGuides = {
  "server-not-found": [inServer, outServer, finish],
  "wrong-server-name": [inServer, outServer, finish],
  "connection-refused": [inPorts, outPorts, finish],
  "connection-timeout": [inPorts, outPorts, finish],
  "port25-blocked": [outPorts, outLogin, finish],
  "tls-mismatch": [
    step(
      `${open.ko} 서버는 인증서에 적힌 {incoming.host}(으)로, 보안 유형은 {incoming.securityName}(으)로 하세요. ‘모든 인증서 허용’은 고르지 마세요.`,
      `${open.en} Use the certificate's name {incoming.host} as Server and {incoming.securityName} as Security type; don't pick “Accept all certificates”.`,
      pic(
        "android-gmail-incoming",
        ["server", "{incoming.host}"],
        ["port", "{incoming.port}"],
        ["securityType", "{incoming.security}"],
      ),
    ),
    outPorts,
    finish,
  ],
  "certificate-invalid": [inServer, outServer, certificateWarning, finish],
  "tls-required": [inPorts, outPorts, finish],
  "wrong-password": [
    step(
      `${open.ko} 사용자 이름을 메일 주소 전체({userName})로 하고 비밀번호를 다시 입력하세요.`,
      `${open.en} Use your whole address ({userName}) as Username and type the password again.`,
      pic("android-gmail-incoming", ["userName", "{userName}"], "password"),
    ),
    outLogin,
    finish,
  ],
  "app-password-required": [
    step(
      "먼저 웹메일에서 ‘앱 비밀번호’(애플리케이션 비밀번호)를 만들고 IMAP/POP3 사용을 켜 두세요.",
      "First, create an app password in your webmail's security settings and turn on IMAP/POP3 access.",
    ),
    step(
      `${open.ko} 비밀번호 칸에 앱 비밀번호를 넣으세요. [발신 설정]의 비밀번호도 똑같이 바꾸세요.`,
      `${open.en} Type the app password as Password, and do the same in Outgoing settings.`,
      pic("android-gmail-incoming", "password"),
    ),
    finish,
  ],
  "auth-method-mismatch": [
    step(
      `${open.ko} Gmail 앱은 인증 방식을 고르지 않습니다. 보안 유형을 {incoming.securityName}, 포트를 {incoming.port}(으)로 맞추면 일반 비밀번호로 로그인합니다.`,
      `${open.en} The Gmail app has no authentication method setting: with Security type {incoming.securityName} and Port {incoming.port} it logs in with a normal password.`,
      pic("android-gmail-incoming", ["securityType", "{incoming.security}"], ["port", "{incoming.port}"]),
    ),
    outLogin,
    finish,
  ],
  "smtp-auth-required": [outLogin, outPorts, finish],
  "antivirus-interference": [
    step(
      "휴대폰의 보안 앱이나 VPN 앱이 메일을 가로채고 있다면 잠시 끄세요.",
      "If a security or VPN app on the phone intercepts mail, turn it off for a moment.",
    ),
    inServer,
    inPorts,
    outServer,
    finish,
  ],
  "sender-not-allowed": [
    step(
      `${openOut.ko} 사용자 이름을 보내는 주소와 같은 {userName}(으)로 하세요. 다른 주소로 보내려면 그 주소의 계정을 따로 추가하세요.`,
      `${openOut.en} Use the same address you send from ({userName}) as Username. To send as another address, add that address as its own account.`,
      pic("android-gmail-outgoing", ["requireSignin", "on"], ["userName", "{userName}"]),
    ),
    finish,
  ],
  "polling-too-often": [
    step(
      "Gmail 앱 ☰ › [설정] › 이 계정에서 ‘동기화 빈도’를 ‘15분마다’ 이상으로 하세요.",
      "In the Gmail app tap ☰ › Settings › this account and set Sync frequency to every 15 minutes or longer.",
      pic("android-gmail-account", ["syncFrequency", "15"]),
    ),
    step(
      "다른 PC나 휴대폰에서도 같은 주소를 POP3로 받고 있다면, 그쪽도 간격을 늘리세요.",
      "If a computer or another phone also checks this address with POP3, lengthen its interval too.",
    ),
  ],
};
