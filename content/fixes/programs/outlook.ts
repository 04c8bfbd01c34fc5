// Outlook 2016/2019/2021/365 (classic): steps for every setting cause.
// Path to the screens: File › Account Settings › Account Settings › (account) › Change › More Settings.
import { pic, step, type ProgramGuides } from "../step";

const open = {
  ko: "Outlook에서 [파일] › [계정 설정] › [계정 설정]을 누르고, 메일 계정을 골라 [변경]을 누르세요.",
  en: "In Outlook, click File › Account Settings › Account Settings, select your e-mail account and click Change.",
};

const servers = step(
  `${open.ko} 서버 이름을 다음과 같이 고치세요. 받는 메일 서버: {incoming.host}, 보내는 메일 서버(SMTP): {outgoing.host}. 앞에 www.이나 빈칸이 들어가지 않게 하세요.`,
  `${open.en} Set Incoming mail server to {incoming.host} and Outgoing mail server (SMTP) to {outgoing.host}, with no "www." and no spaces.`,
  pic(
    "outlook-account-settings",
    ["incomingServer", "{incoming.host}"],
    ["outgoingServer", "{outgoing.host}"],
  ),
);

const moreSettings = step(
  `${open.ko} 창 오른쪽 아래의 [기타 설정]을 누르세요.`,
  `${open.en} Then click More Settings at the bottom right.`,
  pic("outlook-account-settings", "moreSettings"),
);

const serversThenMore = step(
  `${open.ko} 받는 메일 서버: {incoming.host}, 보내는 메일 서버(SMTP): {outgoing.host}인지 확인하고 [기타 설정]을 누르세요.`,
  `${open.en} Check that Incoming mail server is {incoming.host} and Outgoing mail server (SMTP) is {outgoing.host}, then click More Settings.`,
  pic(
    "outlook-account-settings",
    ["incomingServer", "{incoming.host}"],
    ["outgoingServer", "{outgoing.host}"],
    "moreSettings",
  ),
);

const ports = step(
  "[고급] 탭에서 포트와 암호화를 맞추세요. 받는 메일 서버({incoming.protocolName}): {incoming.port}, 암호화 {incoming.securityName} / 보내는 메일 서버(SMTP): {outgoing.port}, 암호화 {outgoing.securityName}.",
  "On the Advanced tab, set the ports and encryption: Incoming server ({incoming.protocolName}) {incoming.port} with {incoming.securityName}; Outgoing server (SMTP) {outgoing.port} with {outgoing.securityName}.",
  pic(
    "outlook-advanced-tab",
    ["incomingPort", "{incoming.port}"],
    ["incomingEncryption", "{incoming.security}"],
    ["outgoingPort", "{outgoing.port}"],
    ["outgoingEncryption", "{outgoing.security}"],
  ),
);

const outgoingPort = step(
  "[고급] 탭에서 보내는 메일 서버(SMTP) 포트를 {outgoing.port}(으)로 바꾸고, 암호화된 연결 형식은 {outgoing.securityName}을(를) 고르세요. 25번은 가정용 인터넷에서 막혀 있습니다.",
  "On the Advanced tab, change Outgoing server (SMTP) to {outgoing.port} and choose {outgoing.securityName} as the type of encrypted connection. Port 25 is blocked on home internet lines.",
  pic(
    "outlook-advanced-tab",
    ["outgoingPort", "{outgoing.port}"],
    ["outgoingEncryption", "{outgoing.security}"],
  ),
);

const smtpAuth = step(
  "[보내는 메일 서버] 탭에서 ‘보내는 메일 서버(SMTP) 인증 필요’를 체크하고 ‘받는 메일 서버와 동일한 설정 사용’을 고르세요.",
  "On the Outgoing Server tab, check “My outgoing server (SMTP) requires authentication” and choose “Use same settings as my incoming mail server”.",
  pic("outlook-outgoing-tab", ["smtpAuth", "on"], ["sameAsIncoming", "on"]),
);

const finish = step(
  "[확인]을 누른 뒤 [다음]을 누르세요. 계정 설정 테스트가 모두 ‘완료됨’으로 나오면 [마침]을 누르세요.",
  "Click OK, then Next. When every test shows “Completed”, click Finish.",
);

const certificateWarning = step(
  "인증서가 만료되었을 때 Outlook은 ‘인터넷 보안 경고’ 창에 서버의 보안 인증서를 확인할 수 없다고 띄웁니다. [인증서 보기]에서 발급 대상 이름을 확인할 수 있습니다.",
  "While the certificate is expired, Outlook shows an “Internet Security Warning” saying the server's security certificate cannot be verified; View Certificate shows the name it was issued to.",
);

export const outlookGuides: ProgramGuides = {
  "server-not-found": [servers, finish],
  "wrong-server-name": [servers, finish],
  "connection-refused": [serversThenMore, ports, finish],
  "connection-timeout": [moreSettings, ports, finish],
  "port25-blocked": [moreSettings, smtpAuth, outgoingPort, finish],
  "tls-mismatch": [serversThenMore, ports, finish],
  "certificate-invalid": [servers, certificateWarning, finish],
  "tls-required": [moreSettings, ports, finish],
  "wrong-password": [
    step(
      `${open.ko} 사용자 이름에는 메일 주소 전체({userName})를 넣고, 암호를 지운 뒤 천천히 다시 입력하세요. ‘암호 저장’도 체크하세요.`,
      `${open.en} Type your whole address ({userName}) as the User Name, clear the Password box and type the password again slowly. Check “Remember password”.`,
      pic("outlook-account-settings", ["userName", "{userName}"], "password", ["rememberPassword", "on"]),
    ),
    step(
      "[기타 설정] › [보내는 메일 서버] 탭에서 ‘받는 메일 서버와 동일한 설정 사용’이 골라져 있는지 확인하세요. 다른 이름과 암호가 따로 들어 있으면 보내기만 실패합니다.",
      "In More Settings › Outgoing Server, make sure “Use same settings as my incoming mail server” is selected; a separate old login there makes only sending fail.",
      pic("outlook-outgoing-tab", ["smtpAuth", "on"], ["sameAsIncoming", "on"]),
    ),
    finish,
  ],
  "app-password-required": [
    step(
      "먼저 웹메일에서 ‘앱 비밀번호’(애플리케이션 비밀번호)를 만들고, POP3/IMAP 사용을 켜 두세요.",
      "First, create an app password in your webmail's security settings and make sure POP3/IMAP access is turned on.",
    ),
    step(
      `${open.ko} ‘암호’를 지우고 방금 만든 앱 비밀번호를 입력하세요(띄어쓰기 없이).`,
      `${open.en} Clear the Password box and type the app password you just created (without spaces).`,
      pic("outlook-account-settings", "password", ["rememberPassword", "on"]),
    ),
    finish,
  ],
  "auth-method-mismatch": [
    step(
      `${open.ko} ‘보안 암호 인증(SPA)을 사용하여 로그온’의 체크를 없애세요.`,
      `${open.en} Uncheck “Require logon using Secure Password Authentication (SPA)”.`,
      pic("outlook-account-settings", ["spa", "off"], "moreSettings"),
    ),
    step(
      "[기타 설정] › [보내는 메일 서버] 탭에서도 ‘보안 암호 인증(SPA) 필요’의 체크를 없애고, ‘받는 메일 서버와 동일한 설정 사용’을 고르세요.",
      "In More Settings › Outgoing Server, also uncheck “Require Secure Password Authentication (SPA)” and choose “Use same settings as my incoming mail server”.",
      pic("outlook-outgoing-tab", ["spa", "off"], ["smtpAuth", "on"], ["sameAsIncoming", "on"]),
    ),
    finish,
  ],
  "smtp-auth-required": [moreSettings, smtpAuth, outgoingPort, finish],
  "antivirus-interference": [
    step(
      "백신 프로그램(V3, 알약, 노턴 등)의 ‘메일 검사’를 잠시 끄세요. 백신이 메일 설정을 127.0.0.1이나 다른 포트로 바꿔 두었을 수 있습니다.",
      "Turn off your antivirus program's e-mail scanning for a moment; it may have changed your mail settings to 127.0.0.1 or another port.",
    ),
    step(
      `${open.ko} 서버 이름과 사용자 이름을 원래대로 고치세요. 받는 메일 서버: {incoming.host}, 보내는 메일 서버(SMTP): {outgoing.host}, 사용자 이름: {userName}.`,
      `${open.en} Put back the real values: Incoming mail server {incoming.host}, Outgoing mail server (SMTP) {outgoing.host}, User Name {userName}.`,
      pic(
        "outlook-account-settings",
        ["incomingServer", "{incoming.host}"],
        ["outgoingServer", "{outgoing.host}"],
        ["userName", "{userName}"],
      ),
    ),
    ports,
    finish,
  ],
  "sender-not-allowed": [
    step(
      `${open.ko} ‘전자 메일 주소’를 로그인하는 계정의 주소({email})로 맞추고, 사용자 이름도 같은 주소로 하세요.`,
      `${open.en} Set Email Address to the address you log in with ({email}) and use the same address as the User Name.`,
      pic("outlook-account-settings", ["email", "{email}"], ["userName", "{userName}"]),
    ),
    smtpAuth,
    finish,
  ],
  "polling-too-often": [
    step(
      "[보내기/받기] 탭 › [보내기/받기 그룹] › [보내기/받기 그룹 정의](Ctrl+Alt+S)를 누르고, ‘자동 보내기/받기 예약 간격’을 15분 이상으로 늘리세요.",
      "Click Send / Receive › Send/Receive Groups › Define Send/Receive Groups (Ctrl+Alt+S) and set “Schedule an automatic send/receive every” to 15 minutes or more.",
      pic("outlook-send-receive", ["scheduleEvery", "on"], ["minutes", "15"]),
    ),
    step(
      "같은 메일 주소를 다른 PC나 휴대폰에서도 POP3로 받고 있다면, 그쪽의 확인 간격도 15분 이상으로 늘리세요.",
      "If another PC or phone also checks this address with POP3, make its interval 15 minutes or more too.",
    ),
  ],
};
