// New Outlook for Windows: Settings › Accounts › Email accounts. The server settings of an IMAP/POP account
// are entered in the Add account form, so most fixes re-add the account with the right values.
import { pic, step, type ProgramGuides } from "../step";

const readd = step(
  "오른쪽 위 ⚙ 설정 › [계정] › [메일 계정]에서 이 계정의 [관리]를 누르고 [제거]하세요. 그다음 [계정 추가]를 누르고 메일 주소를 넣은 뒤 [고급 설정] › [IMAP] 또는 [POP]을 고르세요.",
  "Open ⚙ Settings › Accounts › Email accounts, click Manage next to this account and Remove it. Then click Add account, type your address, and choose Advanced setup › IMAP or POP.",
  pic("outlook-new-accounts", "manage", "addAccount"),
);

const serversForm = step(
  "나오는 양식에 서버를 다음과 같이 입력하세요. 받는 서버: {incoming.host}, SMTP 보내는 서버: {outgoing.host}.",
  "In the form, enter the servers: incoming server {incoming.host}, SMTP outgoing server {outgoing.host}.",
  pic(
    "outlook-new-account-form",
    ["incomingServer", "{incoming.host}"],
    ["outgoingServer", "{outgoing.host}"],
  ),
);

const portsForm = step(
  "포트와 보안 연결 유형을 맞추세요. 받는 서버: {incoming.port} / {incoming.securityName}, 보내는 서버: {outgoing.port} / {outgoing.securityName}.",
  "Set the ports and secure connection types: incoming {incoming.port} with {incoming.securityName}, outgoing {outgoing.port} with {outgoing.securityName}.",
  pic(
    "outlook-new-account-form",
    ["incomingPort", "{incoming.port}"],
    ["incomingSecurity", "{incoming.security}"],
    ["outgoingPort", "{outgoing.port}"],
    ["outgoingSecurity", "{outgoing.security}"],
  ),
);

const outgoingForm = step(
  "보내는 서버 쪽을 맞추세요. SMTP 보내는 서버: {outgoing.host}, 포트: {outgoing.port}, 보안 연결 유형: {outgoing.securityName}. SMTP 사용자 이름과 암호에도 메일 주소와 암호를 넣으세요.",
  "Fill in the outgoing side: SMTP outgoing server {outgoing.host}, port {outgoing.port}, secure connection type {outgoing.securityName}; also fill in the SMTP username and password.",
  pic(
    "outlook-new-account-form",
    ["outgoingServer", "{outgoing.host}"],
    ["outgoingPort", "{outgoing.port}"],
    ["outgoingSecurity", "{outgoing.security}"],
    ["outgoingUser", "{userName}"],
    "outgoingPassword",
  ),
);

const logins = step(
  "사용자 이름에는 메일 주소 전체({userName})를 넣고, 받는 쪽과 SMTP 쪽 암호를 모두 다시 입력하세요.",
  "Type your whole address ({userName}) as both usernames and type the password again in both password boxes.",
  pic(
    "outlook-new-account-form",
    ["incomingUser", "{userName}"],
    "incomingPassword",
    ["outgoingUser", "{userName}"],
    "outgoingPassword",
  ),
);

const finish = step(
  "[계속]을 누르세요. 새 Outlook은 Microsoft 클라우드를 거쳐 메일 서버에 접속하므로, 그래도 안 되면 클래식 Outlook이나 다른 프로그램으로 확인해 보세요.",
  "Click Continue. New Outlook reaches your mail server through Microsoft's cloud, so if it still fails, try classic Outlook or another program.",
  pic("outlook-new-account-form", "continue"),
);

const certificateWarning = step(
  "인증서가 만료되었을 때 새 Outlook은 서버의 인증서를 확인할 수 없다는 경고와 함께 계정 추가나 동기화를 멈춥니다.",
  "While the certificate is expired, the new Outlook warns that it cannot verify the server's certificate and stops adding or syncing the account.",
);

export const outlookNewGuides: ProgramGuides = {
  "server-not-found": [readd, serversForm, finish],
  "wrong-server-name": [readd, serversForm, finish],
  "connection-refused": [readd, serversForm, portsForm, finish],
  "connection-timeout": [readd, portsForm, finish],
  "port25-blocked": [readd, outgoingForm, finish],
  "tls-mismatch": [readd, serversForm, portsForm, finish],
  "certificate-invalid": [readd, serversForm, certificateWarning, finish],
  "tls-required": [readd, portsForm, finish],
  "wrong-password": [readd, logins, finish],
  "app-password-required": [
    step(
      "먼저 웹메일에서 ‘앱 비밀번호’(애플리케이션 비밀번호)를 만들고 IMAP/POP3 사용을 켜 두세요.",
      "First, create an app password in your webmail's security settings and turn on IMAP/POP3 access.",
    ),
    readd,
    step(
      "두 암호 칸(받는 쪽, SMTP)에 모두 앱 비밀번호를 입력하세요.",
      "Type the app password in both password boxes (incoming and SMTP).",
      pic("outlook-new-account-form", "incomingPassword", "outgoingPassword"),
    ),
    finish,
  ],
  "auth-method-mismatch": [
    readd,
    step(
      "새 Outlook에는 SPA 설정이 없습니다. 보안 연결 유형을 받는 쪽 {incoming.securityName}, 보내는 쪽 {outgoing.securityName}(으)로 하고 포트를 맞추면 일반 암호로 로그인합니다.",
      "New Outlook has no SPA option: with secure connection types {incoming.securityName} (incoming) and {outgoing.securityName} (outgoing) and the right ports, it logs on with a normal password.",
      pic(
        "outlook-new-account-form",
        ["incomingSecurity", "{incoming.security}"],
        ["incomingPort", "{incoming.port}"],
        ["outgoingSecurity", "{outgoing.security}"],
        ["outgoingPort", "{outgoing.port}"],
      ),
    ),
    finish,
  ],
  "smtp-auth-required": [readd, outgoingForm, finish],
  "antivirus-interference": [
    step(
      "백신 프로그램(V3, 알약, 노턴 등)의 ‘메일 검사’를 잠시 끄세요.",
      "Turn off your antivirus program's e-mail scanning for a moment.",
    ),
    readd,
    serversForm,
    portsForm,
    finish,
  ],
  "sender-not-allowed": [
    readd,
    step(
      "‘전자 메일 주소’와 SMTP 사용자 이름을 로그인하는 계정의 주소({email})로 똑같이 맞추세요.",
      "Use the address you log in with ({email}) as the Email address and as the SMTP username.",
      pic("outlook-new-account-form", ["email", "{email}"], ["outgoingUser", "{userName}"]),
    ),
    finish,
  ],
  "polling-too-often": [
    step(
      "새 Outlook에는 확인 간격 설정이 없습니다. ⚙ 설정 › [계정] › [메일 계정]에서 같은 주소가 두 번 추가되어 있지 않은지 확인하세요.",
      "New Outlook has no check interval. In ⚙ Settings › Accounts › Email accounts, make sure the same address is not added twice.",
      pic("outlook-new-accounts", ["account", "{email}"]),
    ),
    step(
      "다른 PC나 휴대폰에서 같은 주소를 POP3로 자주 받고 있다면 그쪽 간격을 15분 이상으로 늘리세요.",
      "If another PC or phone checks the same address with POP3, set its interval to 15 minutes or more.",
    ),
  ],
};
