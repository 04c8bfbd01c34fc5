// Mail on macOS: Mail › Settings › Accounts › (account) › Server Settings / Account Information, and General.
import { withAutoSetup } from "../auto-setup";
import { pic, step, type ProgramGuides } from "../step";

const open = {
  ko: "메일 앱 위쪽 메뉴에서 [메일] › [설정]을 누르고 [계정]에서 이 계정을 고른 뒤 [서버 설정]을 누르세요.",
  en: "In Mail, choose Mail › Settings, click Accounts, select this account and click Server Settings.",
};

const hosts = step(
  `${open.ko} 호스트 이름을 다음과 같이 고치세요. 수신: {incoming.host}, 발신: {outgoing.host}.`,
  `${open.en} Set the host names: incoming {incoming.host}, outgoing {outgoing.host}.`,
  pic("apple-mail-server-settings", ["incomingHost", "{incoming.host}"], ["outgoingHost", "{outgoing.host}"]),
);
const incomingPorts = step(
  `${open.ko} 수신 메일 서버의 ‘연결 설정 자동 관리’ 체크를 없애고, 포트 {incoming.port}와 ‘TLS/SSL 사용’을 맞추세요.`,
  `${open.en} Under the incoming server, uncheck “Automatically manage connection settings”, then set Port to {incoming.port} and “Use TLS/SSL”.`,
  pic(
    "apple-mail-server-settings",
    ["incomingAuto", "off"],
    ["incomingPort", "{incoming.port}"],
    ["incomingTls", "{incoming.tls}"],
  ),
);
const outgoingPorts = step(
  `${open.ko} 발신 메일 서버의 ‘연결 설정 자동 관리’ 체크를 없애고, 포트 {outgoing.port}와 ‘TLS/SSL 사용’을 맞추세요.`,
  `${open.en} Under the outgoing server, uncheck “Automatically manage connection settings”, then set Port to {outgoing.port} and “Use TLS/SSL”.`,
  pic(
    "apple-mail-server-settings",
    ["outgoingAuto", "off"],
    ["outgoingPort", "{outgoing.port}"],
    ["outgoingTls", "{outgoing.tls}"],
  ),
);
const outgoingLogin = step(
  `${open.ko} 발신 메일 서버의 사용자 이름({userName})과 암호를 채우고, 인증을 ‘암호’로 하세요. 비어 있으면 서버가 보내기를 거절합니다.`,
  `${open.en} Fill in the outgoing server's User Name ({userName}) and Password and set Authentication to Password; when they are empty the server refuses to relay.`,
  pic("apple-mail-server-settings", ["outgoingUser", "{userName}"], "outgoingPassword", [
    "outgoingAuth",
    "password",
  ]),
);
const finish = step(
  "창 아래 [저장]을 누르고, 받은 편지함에서 ⟳(메일 가져오기)를 눌러 확인하세요.",
  "Click Save at the bottom, then click ⟳ (Get Mail) in the mailbox to check.",
);

const certificateWarning = step(
  "인증서가 만료되었을 때 Mac의 메일은 ‘서버의 신원을 확인할 수 없습니다’라는 창을 띄웁니다. [인증서 보기]로 발급 대상 이름을 볼 수 있습니다.",
  "While the certificate is expired, Mail on the Mac says it can't verify the identity of the server; Show Certificate shows the name it was issued to.",
);

// Step 1 of the causes a profile fixes is "set up automatically" (auto-setup.ts).
export const appleMailGuides: ProgramGuides = withAutoSetup("mac-profile", {
  "server-not-found": [hosts, finish],
  "wrong-server-name": [hosts, finish],
  "connection-refused": [incomingPorts, outgoingPorts, finish],
  "connection-timeout": [incomingPorts, outgoingPorts, finish],
  "port25-blocked": [outgoingPorts, outgoingLogin, finish],
  "tls-mismatch": [hosts, incomingPorts, outgoingPorts, finish],
  "certificate-invalid": [hosts, certificateWarning, finish],
  "tls-required": [incomingPorts, outgoingPorts, finish],
  "wrong-password": [
    step(
      `${open.ko} 수신과 발신 모두 사용자 이름을 메일 주소 전체({userName})로 하고 암호를 다시 입력하세요.`,
      `${open.en} Use your whole address ({userName}) as both user names and type both passwords again.`,
      pic(
        "apple-mail-server-settings",
        ["incomingUser", "{userName}"],
        "incomingPassword",
        ["outgoingUser", "{userName}"],
        "outgoingPassword",
      ),
    ),
    finish,
  ],
  "app-password-required": [
    step(
      "먼저 웹메일에서 ‘앱 비밀번호’(애플리케이션 비밀번호)를 만들고 IMAP/POP3 사용을 켜 두세요.",
      "First, create an app password in your webmail's security settings and turn on IMAP/POP3 access.",
    ),
    step(
      `${open.ko} 수신과 발신의 ‘암호’ 칸에 앱 비밀번호를 입력하세요.`,
      `${open.en} Type the app password in both Password boxes.`,
      pic("apple-mail-server-settings", "incomingPassword", "outgoingPassword"),
    ),
    finish,
  ],
  "auth-method-mismatch": [
    step(
      `${open.ko} 수신과 발신의 ‘인증’을 모두 ‘암호’로 바꾸세요(MD5, NTLM, Kerberos가 아닌).`,
      `${open.en} Set Authentication to Password for both servers (not MD5, NTLM or Kerberos).`,
      pic(
        "apple-mail-server-settings",
        ["incomingAuto", "off"],
        ["incomingAuth", "password"],
        ["outgoingAuto", "off"],
        ["outgoingAuth", "password"],
      ),
    ),
    finish,
  ],
  "smtp-auth-required": [outgoingLogin, outgoingPorts, finish],
  "antivirus-interference": [
    step(
      "백신·보안 프로그램의 ‘메일 검사’를 잠시 끄세요.",
      "Turn off your antivirus or security program's e-mail scanning for a moment.",
    ),
    hosts,
    incomingPorts,
    outgoingPorts,
    finish,
  ],
  "sender-not-allowed": [
    step(
      "[메일] › [설정] › [계정]에서 이 계정의 [계정 정보]를 누르고, ‘이메일 주소’를 로그인하는 주소({email})로 고르세요.",
      "In Mail › Settings › Accounts, open this account's Account Information and choose the address you log in with ({email}) as Email Address.",
      pic("apple-mail-account-info", ["emailAddress", "{email}"]),
    ),
    outgoingLogin,
    finish,
  ],
  "polling-too-often": [
    step(
      "[메일] › [설정] › [일반]에서 ‘새로운 메시지 확인’을 ‘15분마다’ 이상으로 바꾸세요.",
      "In Mail › Settings › General, set “Check for new messages” to every 15 minutes or longer.",
      pic("apple-mail-general", ["checkNewMessages", "15"]),
    ),
    step(
      "다른 PC나 휴대폰에서도 같은 주소를 POP3로 받고 있다면, 그쪽도 간격을 늘리세요.",
      "If another computer or phone also checks this address with POP3, lengthen its interval too.",
    ),
  ],
});
