// Any other mail program: the checklist card with the values that matter for each cause highlighted.
import { pic, step, type ProgramGuides } from "../step";

const open = {
  ko: "메일 프로그램의 계정 설정(‘계정’, ‘서버 설정’, ‘고급’ 같은 메뉴)을 여세요.",
  en: "Open your mail program's account settings (menus called Accounts, Server settings or Advanced).",
};
const finish = step(
  "저장한 뒤 메일을 받거나 보내 보세요. 프로그램 이름을 알려 주시면 그 프로그램 화면으로 안내해 드립니다.",
  "Save, then try getting or sending mail. Tell us which program you use and we can show you its own screens.",
);
const check = (ko: string, en: string, ...fields: Parameters<typeof pic<"other-checklist">>[1][]) =>
  step(`${open.ko} ${ko}`, `${open.en} ${en}`, pic("other-checklist", ...fields));

const servers = check(
  "서버 이름을 받는 메일 {incoming.host}, 보내는 메일 {outgoing.host}(으)로 고치세요. www.이나 빈칸이 들어가지 않게 하세요.",
  "Set the incoming server to {incoming.host} and the outgoing server to {outgoing.host}, with no “www.” and no spaces.",
  ["incomingServer", "{incoming.host}"],
  ["outgoingServer", "{outgoing.host}"],
);
const ports = check(
  "포트와 보안을 받는 메일 {incoming.port} / {incoming.securityName}, 보내는 메일 {outgoing.port} / {outgoing.securityName}(으)로 맞추세요.",
  "Set the ports and security: incoming {incoming.port} with {incoming.securityName}, outgoing {outgoing.port} with {outgoing.securityName}.",
  ["incomingPort", "{incoming.port}"],
  ["incomingSecurity", "{incoming.security}"],
  ["outgoingPort", "{outgoing.port}"],
  ["outgoingSecurity", "{outgoing.security}"],
);
const outgoingAuth = check(
  "보내는 메일 서버의 ‘인증 사용’을 켜고, 포트를 {outgoing.port}, 보안을 {outgoing.securityName}(으)로 하세요.",
  "Turn on authentication for the outgoing server, and use port {outgoing.port} with {outgoing.securityName}.",
  ["outgoingAuth", "on"],
  ["outgoingPort", "{outgoing.port}"],
  ["outgoingSecurity", "{outgoing.security}"],
);
const logins = check(
  "사용자 이름은 메일 주소 전체({userName})로 하고, 비밀번호를 다시 입력하세요.",
  "Use your whole address ({userName}) as the user name and type the password again.",
  ["userName", "{userName}"],
  "password",
);
const appPassword = step(
  "먼저 웹메일에서 ‘앱 비밀번호’(애플리케이션 비밀번호)를 만들고 IMAP/POP3 사용을 켜 두세요.",
  "First, create an app password in your webmail's security settings and turn on IMAP/POP3 access.",
);

const certificateWarning = step(
  "인증서가 만료되었을 때 메일 프로그램은 서버의 보안 인증서를 믿을 수 없다는 경고를 띄웁니다. 경고를 영구히 무시하도록 설정하지 마세요.",
  "While the certificate is expired, mail programs warn that the server's security certificate cannot be trusted. Don't set the program to ignore the warning for good.",
);

export const otherGuides: ProgramGuides = {
  "server-not-found": [servers, finish],
  "wrong-server-name": [servers, finish],
  "connection-refused": [servers, ports, finish],
  "connection-timeout": [ports, finish],
  "port25-blocked": [outgoingAuth, finish],
  "tls-mismatch": [servers, ports, finish],
  "certificate-invalid": [servers, certificateWarning, finish],
  "tls-required": [ports, finish],
  "wrong-password": [logins, finish],
  "app-password-required": [
    appPassword,
    check(
      "비밀번호 칸(받는 쪽과 보내는 쪽 모두)에 앱 비밀번호를 넣으세요.",
      "Type the app password in every password box (incoming and outgoing).",
      "password",
    ),
    finish,
  ],
  "auth-method-mismatch": [
    check(
      "인증 방식을 ‘일반 비밀번호’로 하세요(SPA, NTLM, CRAM-MD5 같은 ‘암호화된 비밀번호’가 아닌).",
      "Set the authentication method to a normal password (not an “encrypted password” such as SPA, NTLM or CRAM-MD5).",
      ["authMethod", "normal-password"],
      ["incomingSecurity", "{incoming.security}"],
    ),
    finish,
  ],
  "smtp-auth-required": [outgoingAuth, finish],
  "antivirus-interference": [
    step(
      "백신 프로그램의 ‘메일 검사’를 잠시 끄세요. 서버가 127.0.0.1이나 localhost로, 포트가 1110 등으로 바뀌어 있으면 아래 값으로 되돌리세요.",
      "Turn off your antivirus program's e-mail scanning for a moment. If the server says 127.0.0.1 or localhost, or the port 1110 or similar, put back the values below.",
    ),
    servers,
    ports,
    finish,
  ],
  "sender-not-allowed": [
    check(
      "보내는 사람 주소(이메일 주소)와 사용자 이름을 로그인하는 주소({email})로 똑같이 맞추세요.",
      "Use the address you log in with ({email}) as both the sender (e-mail) address and the user name.",
      ["email", "{email}"],
      ["userName", "{userName}"],
      ["outgoingAuth", "on"],
    ),
    finish,
  ],
  "polling-too-often": [
    check(
      "새 메일 확인 간격을 15분 이상으로 늘리세요.",
      "Check for new mail every 15 minutes or less often.",
      ["checkInterval", "15"],
    ),
    finish,
  ],
};
