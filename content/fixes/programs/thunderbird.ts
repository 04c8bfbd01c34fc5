// Mozilla Thunderbird: ≡ menu › Account Settings › Server Settings, and Outgoing Server (SMTP) › Edit.
import { pic, step, type ProgramGuides } from "../step";

const openServer = {
  ko: "오른쪽 위 ≡ 메뉴 › [계정 설정]을 열고 계정 아래 [서버 설정]을 누르세요.",
  en: "Open the ≡ menu › Account Settings and click Server Settings under your account.",
};
const openSmtp = {
  ko: "[계정 설정] 왼쪽 맨 아래 [보내는 서버 (SMTP)]를 누르고, 서버를 골라 [편집]을 누르세요.",
  en: "In Account Settings, click Outgoing Server (SMTP) at the bottom left, select the server and click Edit.",
};

const incomingServer = step(
  `${openServer.ko} ‘서버 이름’을 {incoming.host}(으)로 고치세요.`,
  `${openServer.en} Change Server Name to {incoming.host}.`,
  pic("thunderbird-server-settings", ["serverName", "{incoming.host}"]),
);
const incomingPorts = step(
  `${openServer.ko} 포트: {incoming.port}, 연결 보안: {incoming.securityName}(으)로 맞추세요.`,
  `${openServer.en} Set Port to {incoming.port} and Connection security to {incoming.securityName}.`,
  pic(
    "thunderbird-server-settings",
    ["port", "{incoming.port}"],
    ["connectionSecurity", "{incoming.security}"],
  ),
);
const smtpServer = step(
  `${openSmtp.ko} ‘서버 이름’을 {outgoing.host}(으)로 고치세요.`,
  `${openSmtp.en} Change Server Name to {outgoing.host}.`,
  pic("thunderbird-smtp-server", ["serverName", "{outgoing.host}"]),
);
const smtpPorts = step(
  `${openSmtp.ko} 포트: {outgoing.port}, 연결 보안: {outgoing.securityName}(으)로 맞추세요.`,
  `${openSmtp.en} Set Port to {outgoing.port} and Connection security to {outgoing.securityName}.`,
  pic("thunderbird-smtp-server", ["port", "{outgoing.port}"], ["connectionSecurity", "{outgoing.security}"]),
);
const smtpAuth = step(
  `${openSmtp.ko} 인증 방식: 일반 비밀번호, 사용자 이름: {userName}(으)로 하세요. ‘인증 없음’이면 서버가 보내기를 거절합니다.`,
  `${openSmtp.en} Set Authentication method to Normal password and User Name to {userName}; with “No authentication” the server refuses to relay.`,
  pic("thunderbird-smtp-server", ["authMethod", "normal-password"], ["userName", "{userName}"]),
);
const finish = step(
  "[확인]을 누르고 Thunderbird를 다시 시작한 뒤 메일을 받거나 보내 보세요.",
  "Click OK, restart Thunderbird and try getting or sending mail again.",
);

const certificateWarning = step(
  "인증서가 만료되었을 때 Thunderbird는 ‘보안 예외 추가’ 창을 띄웁니다. 인증서 상태에 ‘만료’나 ‘신뢰할 수 없음’이 보이면, 예외를 영구히 저장하지 마세요.",
  "While the certificate is expired, Thunderbird opens an “Add Security Exception” window; if its status says the certificate has expired or is not trusted, don't store the exception permanently.",
);

export const thunderbirdGuides: ProgramGuides = {
  "server-not-found": [incomingServer, smtpServer, finish],
  "wrong-server-name": [incomingServer, smtpServer, finish],
  "connection-refused": [incomingPorts, smtpPorts, finish],
  "connection-timeout": [incomingPorts, smtpPorts, finish],
  "port25-blocked": [
    step(
      `${openSmtp.ko} 포트를 {outgoing.port}(으)로 바꾸고 연결 보안은 {outgoing.securityName}, 인증 방식은 일반 비밀번호로 하세요. 25번은 가정용 인터넷에서 막혀 있습니다.`,
      `${openSmtp.en} Change Port to {outgoing.port}, Connection security to {outgoing.securityName} and Authentication method to Normal password. Port 25 is blocked on home internet lines.`,
      pic(
        "thunderbird-smtp-server",
        ["port", "{outgoing.port}"],
        ["connectionSecurity", "{outgoing.security}"],
        ["authMethod", "normal-password"],
      ),
    ),
    finish,
  ],
  "tls-mismatch": [
    step(
      `${openServer.ko} 서버 이름은 인증서에 적힌 {incoming.host}, 포트 {incoming.port}, 연결 보안 {incoming.securityName}(으)로 맞추세요.`,
      `${openServer.en} Use the certificate's name {incoming.host}, Port {incoming.port} and Connection security {incoming.securityName}.`,
      pic(
        "thunderbird-server-settings",
        ["serverName", "{incoming.host}"],
        ["port", "{incoming.port}"],
        ["connectionSecurity", "{incoming.security}"],
      ),
    ),
    step(
      `${openSmtp.ko} 서버 이름 {outgoing.host}, 포트 {outgoing.port}, 연결 보안 {outgoing.securityName}(으)로 맞추세요.`,
      `${openSmtp.en} Use Server Name {outgoing.host}, Port {outgoing.port} and Connection security {outgoing.securityName}.`,
      pic(
        "thunderbird-smtp-server",
        ["serverName", "{outgoing.host}"],
        ["port", "{outgoing.port}"],
        ["connectionSecurity", "{outgoing.security}"],
      ),
    ),
    finish,
  ],
  "certificate-invalid": [incomingServer, smtpServer, certificateWarning, finish],
  "tls-required": [incomingPorts, smtpPorts, finish],
  "wrong-password": [
    step(
      `${openServer.ko} 사용자 이름을 메일 주소 전체({userName})로 하세요.`,
      `${openServer.en} Use your whole address ({userName}) as the User Name.`,
      pic("thunderbird-server-settings", ["userName", "{userName}"]),
    ),
    step(
      "≡ 메뉴 › [설정] › [개인 정보 및 보안] › [저장된 비밀번호]에서 이 서버의 비밀번호를 지우세요. 다음에 메일을 받을 때 비밀번호를 새로 물어봅니다.",
      "Open ≡ › Settings › Privacy & Security › Saved Passwords and remove the ones for this server; Thunderbird asks for the password again next time.",
    ),
    finish,
  ],
  "app-password-required": [
    step(
      "먼저 웹메일에서 ‘앱 비밀번호’(애플리케이션 비밀번호)를 만들고 IMAP/POP3 사용을 켜 두세요.",
      "First, create an app password in your webmail's security settings and turn on IMAP/POP3 access.",
    ),
    step(
      `${openServer.ko} 인증 방식이 ‘일반 비밀번호’인지 확인하세요. 저장된 비밀번호를 지우면 다음에 물어볼 때 앱 비밀번호를 넣으면 됩니다.`,
      `${openServer.en} Make sure Authentication method is Normal password. Remove the saved password; when asked again, type the app password.`,
      pic("thunderbird-server-settings", ["authMethod", "normal-password"]),
    ),
    finish,
  ],
  "auth-method-mismatch": [
    step(
      `${openServer.ko} 인증 방식을 ‘일반 비밀번호’로 바꾸세요(‘암호화된 비밀번호’가 아닌). 연결 보안이 {incoming.securityName}이면 비밀번호는 암호화되어 전달됩니다.`,
      `${openServer.en} Change Authentication method to Normal password (not Encrypted password). With {incoming.securityName} the password is still sent encrypted.`,
      pic(
        "thunderbird-server-settings",
        ["authMethod", "normal-password"],
        ["connectionSecurity", "{incoming.security}"],
      ),
    ),
    step(
      `${openSmtp.ko} 여기서도 인증 방식을 ‘일반 비밀번호’로 바꾸세요.`,
      `${openSmtp.en} Change Authentication method to Normal password here too.`,
      pic("thunderbird-smtp-server", ["authMethod", "normal-password"]),
    ),
    finish,
  ],
  "smtp-auth-required": [smtpAuth, smtpPorts, finish],
  "antivirus-interference": [
    step(
      "백신 프로그램(V3, 알약, 노턴 등)의 ‘메일 검사’를 잠시 끄세요. 백신이 서버를 127.0.0.1이나 다른 포트로 바꿔 두었을 수 있습니다.",
      "Turn off your antivirus program's e-mail scanning for a moment; it may have changed the server to 127.0.0.1 or another port.",
    ),
    step(
      `${openServer.ko} 원래 값으로 고치세요. 서버 이름: {incoming.host}, 포트: {incoming.port}, 사용자 이름: {userName}.`,
      `${openServer.en} Put back the real values: Server Name {incoming.host}, Port {incoming.port}, User Name {userName}.`,
      pic(
        "thunderbird-server-settings",
        ["serverName", "{incoming.host}"],
        ["port", "{incoming.port}"],
        ["userName", "{userName}"],
      ),
    ),
    step(
      `${openSmtp.ko} 서버 이름: {outgoing.host}, 포트: {outgoing.port}(으)로 고치세요.`,
      `${openSmtp.en} Set Server Name to {outgoing.host} and Port to {outgoing.port}.`,
      pic("thunderbird-smtp-server", ["serverName", "{outgoing.host}"], ["port", "{outgoing.port}"]),
    ),
    finish,
  ],
  "sender-not-allowed": [
    step(
      "≡ 메뉴 › [계정 설정]에서 계정 이름(맨 위)을 누르고, ‘이메일 주소’를 로그인하는 주소({email})로 맞추세요. 아래 ‘보내는 서버 (SMTP)’도 이 계정의 서버({outgoing.host})를 고르세요.",
      "Open ≡ › Account Settings, click the account name at the top, set Email Address to the address you log in with ({email}) and pick this account's server ({outgoing.host}) as Outgoing Server (SMTP).",
      pic(
        "thunderbird-account-settings",
        ["email", "{email}"],
        ["smtpServer", "{outgoing.host} - {outgoing.host}"],
      ),
    ),
    smtpAuth,
    finish,
  ],
  "polling-too-often": [
    step(
      `${openServer.ko} ‘새 메시지 확인 간격’을 15분 이상으로 늘리세요.`,
      `${openServer.en} Set “Check for new messages every” to 15 minutes or more.`,
      pic("thunderbird-server-settings", ["checkEvery", "on"], ["minutes", "15"]),
    ),
    step(
      "다른 PC나 휴대폰에서도 같은 주소를 POP3로 받고 있다면, 그쪽도 간격을 늘리세요.",
      "If another PC or phone also checks this address with POP3, lengthen its interval too.",
    ),
  ],
};
