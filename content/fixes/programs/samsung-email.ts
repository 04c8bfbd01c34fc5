// Samsung Email: ☰ › ⚙ Settings › (account) › Server settings (Samsung calls STARTTLS "TLS"), Sync settings.
import { pic, step, type ProgramGuides } from "../step";

const open = {
  ko: "삼성 이메일 앱 왼쪽 위 ☰ › ⚙ 설정 › 이 계정 › [서버 설정]을 누르세요.",
  en: "In Samsung Email tap ☰ › ⚙ Settings › this account › Server settings.",
};

const inServer = step(
  `${open.ko} 받는 서버의 {incoming.protocolName} 서버를 {incoming.host}(으)로 고치세요.`,
  `${open.en} Change the incoming {incoming.protocolName} server to {incoming.host}.`,
  pic("samsung-email-incoming", ["server", "{incoming.host}"]),
);
const outServer = step(
  `${open.ko} 아래로 내려 보내는 서버의 SMTP 서버를 {outgoing.host}(으)로 고치고 [완료]를 누르세요.`,
  `${open.en} Scroll down and change the outgoing SMTP server to {outgoing.host}, then tap Done.`,
  pic("samsung-email-outgoing", ["server", "{outgoing.host}"]),
);
const inPorts = step(
  `${open.ko} 받는 서버의 보안 유형과 포트({incoming.port})를 그림처럼 맞추세요.`,
  `${open.en} Set the incoming server's security type and port ({incoming.port}) as in the picture.`,
  pic("samsung-email-incoming", ["securityType", "{incoming.security}"], ["port", "{incoming.port}"]),
);
const outPorts = step(
  `${open.ko} 아래로 내려 보내는 서버의 보안 유형과 포트({outgoing.port})를 그림처럼 맞추세요. 삼성 이메일은 STARTTLS를 ‘TLS’라고 부릅니다. 25번은 가정용 인터넷에서 막혀 있습니다.`,
  `${open.en} Scroll down and set the outgoing server's security type and port ({outgoing.port}) as in the picture. Samsung Email calls STARTTLS “TLS”. Port 25 is blocked on home internet lines.`,
  pic("samsung-email-outgoing", ["securityType", "{outgoing.security}"], ["port", "{outgoing.port}"]),
);
const outLogin = step(
  `${open.ko} 아래로 내려 보내는 서버의 ‘이메일을 보낼 때 인증 필요’를 켜고 사용자 이름({userName})과 비밀번호를 넣으세요.`,
  `${open.en} Scroll down, turn on “Require authentication to send emails” for the outgoing server and fill in Username ({userName}) and Password.`,
  pic("samsung-email-outgoing", ["requireAuth", "on"], ["userName", "{userName}"], "password"),
);
const finish = step(
  "[완료]를 누르면 앱이 서버에 접속해 확인합니다. 받은편지함을 아래로 당겨 새로 고쳐 보세요.",
  "Tap Done; the app checks the server. Then pull down the inbox to refresh.",
);

const certificateWarning = step(
  "인증서가 만료되었을 때 삼성 이메일은 인증서 오류를 알리며 연결하지 않습니다. 보안 유형을 ‘모든 인증서 허용’으로 바꾸지 마세요.",
  "While the certificate is expired, Samsung Email reports a certificate error and does not connect. Don't switch the security type to an “accept all certificates” option.",
);

export const samsungEmailGuides: ProgramGuides = {
  "server-not-found": [inServer, outServer, finish],
  "wrong-server-name": [inServer, outServer, finish],
  "connection-refused": [inPorts, outPorts, finish],
  "connection-timeout": [inPorts, outPorts, finish],
  "port25-blocked": [outPorts, outLogin, finish],
  "tls-mismatch": [
    step(
      `${open.ko} 서버 이름은 인증서에 적힌 {incoming.host}(으)로 하고, 보안 유형과 포트를 그림처럼 맞추세요. ‘모든 인증서 허용’은 고르지 마세요.`,
      `${open.en} Use the certificate's name {incoming.host} and set the security type and port as in the picture; don't pick “Accept all certificates”.`,
      pic(
        "samsung-email-incoming",
        ["server", "{incoming.host}"],
        ["securityType", "{incoming.security}"],
        ["port", "{incoming.port}"],
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
      pic("samsung-email-incoming", ["userName", "{userName}"], "password"),
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
      `${open.ko} 비밀번호 칸에 앱 비밀번호를 넣으세요. 아래 보내는 서버의 비밀번호도 똑같이 바꾸세요.`,
      `${open.en} Type the app password as Password, and change the outgoing server's password the same way.`,
      pic("samsung-email-incoming", "password"),
    ),
    finish,
  ],
  "auth-method-mismatch": [
    step(
      `${open.ko} 삼성 이메일은 인증 방식을 고르지 않습니다. 보안 유형과 포트({incoming.port})를 그림처럼 맞추면 일반 비밀번호로 로그인합니다.`,
      `${open.en} Samsung Email has no authentication method setting: with the security type and port ({incoming.port}) shown it logs in with a normal password.`,
      pic("samsung-email-incoming", ["securityType", "{incoming.security}"], ["port", "{incoming.port}"]),
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
      `${open.ko} ‘이메일 주소’와 사용자 이름을 로그인하는 주소({email})로 똑같이 맞추세요.`,
      `${open.en} Use the address you log in with ({email}) as both Email address and Username.`,
      pic("samsung-email-incoming", ["email", "{email}"], ["userName", "{userName}"]),
    ),
    outLogin,
    finish,
  ],
  "polling-too-often": [
    step(
      "☰ › ⚙ 설정 › 이 계정 › [동기화 설정]에서 ‘동기화 주기’를 ‘15분마다’ 이상으로 하세요.",
      "Tap ☰ › ⚙ Settings › this account › Sync settings and set Sync schedule to every 15 minutes or longer.",
      pic("samsung-email-sync", ["syncSchedule", "15"]),
    ),
    step(
      "다른 PC나 휴대폰에서도 같은 주소를 POP3로 받고 있다면, 그쪽도 간격을 늘리세요.",
      "If a computer or another phone also checks this address with POP3, lengthen its interval too.",
    ),
  ],
};
