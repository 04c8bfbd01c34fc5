// Outlook Express / Windows Live Mail / Outlook 2003–2007: [도구]-[계정]-[등록 정보] and its tabs.
// Outlook 2003/2007 show the same fields under Tools › Account Settings › Change › More Settings.
import { pic, step, type ProgramGuides } from "../step";

const open = {
  ko: "[도구] › [계정]을 누르고 [메일] 탭에서 계정을 골라 [등록 정보]를 누르세요(Outlook 2003/2007은 [도구] › [계정 설정] › [변경]).",
  en: "Click Tools › Accounts, select the account on the Mail tab and click Properties (Outlook 2003/2007: Tools › Account Settings › Change).",
};

const servers = step(
  `${open.ko} [서버] 탭에서 서버 이름을 다음과 같이 고치세요. 받는 메일({incoming.protocolName}): {incoming.host}, 보내는 메일(SMTP): {outgoing.host}.`,
  `${open.en} On the Servers tab set Incoming mail ({incoming.protocolName}) to {incoming.host} and Outgoing mail (SMTP) to {outgoing.host}.`,
  pic(
    "outlook-legacy-servers-tab",
    ["incomingServer", "{incoming.host}"],
    ["outgoingServer", "{outgoing.host}"],
  ),
);

const smtpAuth = step(
  `${open.ko} [서버] 탭 아래쪽 ‘보내는 메일 서버’에서 ‘인증 필요’를 체크하세요. [설정]에서는 ‘받는 메일 서버와 같은 설정 사용’을 그대로 두세요.`,
  `${open.en} At the bottom of the Servers tab, check “My server requires authentication”. Leave Settings on “Use same settings as my incoming mail server”.`,
  pic("outlook-legacy-servers-tab", ["smtpAuth", "on"]),
);

// The SSL boxes are set as the picture shows them ({x.tls}: ticked only where the working settings use
// encryption), never "tick both" in words while the picture says otherwise.
const ports = step(
  "[고급] 탭에서 포트를 맞추세요. 보내는 메일(SMTP): {outgoing.port}, 받는 메일({incoming.protocolName}): {incoming.port}. 그 아래 ‘이 서버는 보안 연결(SSL)이 필요’ 상자는 그림과 똑같이 맞추세요.",
  "On the Advanced tab set Outgoing mail (SMTP) to {outgoing.port} and Incoming mail ({incoming.protocolName}) to {incoming.port}. Set the “This server requires a secure connection (SSL)” boxes under them exactly as in the picture.",
  pic(
    "outlook-legacy-advanced-tab",
    ["outgoingPort", "{outgoing.port}"],
    ["outgoingSsl", "{outgoing.tls}"],
    ["incomingPort", "{incoming.port}"],
    ["incomingSsl", "{incoming.tls}"],
  ),
);

const outgoingPort = step(
  "[고급] 탭에서 보내는 메일(SMTP) 포트를 {outgoing.port}(으)로 바꾸고, 그 아래 ‘이 서버는 보안 연결(SSL)이 필요’ 상자는 그림과 똑같이 맞추세요. 25번은 가정용 인터넷에서 막혀 있습니다.",
  "On the Advanced tab change Outgoing mail (SMTP) to {outgoing.port} and set the “This server requires a secure connection (SSL)” box under it exactly as in the picture. Port 25 is blocked on home internet lines.",
  pic("outlook-legacy-advanced-tab", ["outgoingPort", "{outgoing.port}"], ["outgoingSsl", "{outgoing.tls}"]),
);

const finish = step(
  "[확인]을 누르고 [보내기/받기]로 다시 확인하세요.",
  "Click OK and try Send/Receive again.",
);

// Said once, first: Outlook Express (and Outlook 2003/2007 on Windows XP) speak only TLS 1.0, which RFC
// 8996 retired and most mail servers now refuse; the newer programs are offered by name, free one first.
const tlsTooOld = step(
  "먼저 알아 두세요: Outlook Express와 Windows XP의 Outlook 2003/2007은 오래된 보안 방식(TLS 1.0)만 쓸 수 있어, 요즘 메일 서버는 대부분 이 프로그램의 보안 연결을 받아 주지 않습니다. 아래대로 맞춰도 안 되면 무료인 Thunderbird나 Windows용 Outlook으로 옮기세요. 위의 ‘쓰시는 메일 프로그램’에서 고르면 그 프로그램의 화면으로 안내합니다.",
  "Good to know first: Outlook Express, and Outlook 2003/2007 on Windows XP, can only use an old kind of encryption (TLS 1.0), which most mail servers no longer accept. If it still fails after the steps below, move to the free Thunderbird or to Outlook for Windows: pick it under “Your mail program” above and we'll show you its own screens.",
);

const certificateWarning = step(
  "인증서가 만료되었을 때 Outlook Express는 ‘인터넷 보안 경고’ 창에 서버의 보안 인증서를 확인할 수 없다고 띄우고, 계속 사용할지 묻습니다.",
  "While the certificate is expired, Outlook Express shows an “Internet Security Warning” saying the server's certificate could not be verified, and asks whether to go on using the server.",
);

export const outlookLegacyGuides: ProgramGuides = {
  "server-not-found": [servers, finish],
  "wrong-server-name": [servers, finish],
  "connection-refused": [tlsTooOld, servers, ports, finish],
  "connection-timeout": [tlsTooOld, ports, finish],
  "port25-blocked": [tlsTooOld, smtpAuth, outgoingPort, finish],
  "tls-mismatch": [tlsTooOld, servers, ports, finish],
  "certificate-invalid": [tlsTooOld, servers, certificateWarning, finish],
  "tls-required": [tlsTooOld, ports, finish],
  "wrong-password": [
    step(
      `${open.ko} [서버] 탭의 ‘계정 이름’에 메일 주소 전체({userName})를 넣고, 암호를 지운 뒤 다시 입력하세요.`,
      `${open.en} On the Servers tab, type your whole address ({userName}) as the Account name, clear the Password and type it again.`,
      pic("outlook-legacy-servers-tab", ["accountName", "{userName}"], "password", [
        "rememberPassword",
        "on",
      ]),
    ),
    finish,
  ],
  "app-password-required": [
    step(
      "먼저 웹메일에서 ‘앱 비밀번호’(애플리케이션 비밀번호)를 만들고 POP3/IMAP 사용을 켜 두세요.",
      "First, create an app password in your webmail's security settings and turn on POP3/IMAP access.",
    ),
    step(
      `${open.ko} [서버] 탭의 ‘암호’를 지우고 앱 비밀번호를 입력하세요.`,
      `${open.en} On the Servers tab, clear the Password and type the app password.`,
      pic("outlook-legacy-servers-tab", "password", ["rememberPassword", "on"]),
    ),
    finish,
  ],
  "auth-method-mismatch": [
    step(
      `${open.ko} [서버] 탭에서 ‘보안 암호 인증을 사용하여 로그온’의 체크를 없애세요. [설정]을 눌러 보내는 메일 쪽도 같은 항목의 체크를 없애세요.`,
      `${open.en} On the Servers tab, uncheck “Log on using Secure Password Authentication”. Click Settings and uncheck it for the outgoing server too.`,
      pic("outlook-legacy-servers-tab", ["spa", "off"], "smtpSettings"),
    ),
    finish,
  ],
  "smtp-auth-required": [tlsTooOld, smtpAuth, outgoingPort, finish],
  "antivirus-interference": [
    tlsTooOld,
    step(
      "백신 프로그램(V3, 알약, 노턴 등)의 ‘메일 검사’를 잠시 끄세요. 백신이 서버를 127.0.0.1로, 포트를 1110 등으로 바꿔 두었을 수 있습니다.",
      "Turn off your antivirus program's e-mail scanning for a moment; it may have changed the server to 127.0.0.1 and the port to 1110 or similar.",
    ),
    step(
      `${open.ko} [서버] 탭의 값을 원래대로 고치세요. 받는 메일: {incoming.host}, 보내는 메일(SMTP): {outgoing.host}, 계정 이름: {userName}.`,
      `${open.en} On the Servers tab put back Incoming mail {incoming.host}, Outgoing mail (SMTP) {outgoing.host} and Account name {userName}.`,
      pic(
        "outlook-legacy-servers-tab",
        ["incomingServer", "{incoming.host}"],
        ["outgoingServer", "{outgoing.host}"],
        ["accountName", "{userName}"],
      ),
    ),
    ports,
    finish,
  ],
  "sender-not-allowed": [
    step(
      `${open.ko} [일반] 탭의 ‘전자 메일 주소’를 로그인하는 계정의 주소({email})로 맞추세요.`,
      `${open.en} On the General tab, set E-mail address to the address you log in with ({email}).`,
      pic("outlook-legacy-general-tab", ["email", "{email}"]),
    ),
    smtpAuth,
    finish,
  ],
  "polling-too-often": [
    step(
      "[도구] › [옵션] › [일반] 탭에서 ‘새 메시지 확인 간격’을 15분 이상으로 늘리세요.",
      "Click Tools › Options, and on the General tab set “Check for new messages every” to 15 minutes or more.",
      pic("outlook-legacy-options", ["checkEvery", "on"], ["minutes", "15"]),
    ),
    step(
      "다른 PC나 휴대폰에서도 같은 주소를 POP3로 받고 있다면, 그쪽도 간격을 늘리세요.",
      "If another PC or phone also checks this address with POP3, lengthen its interval too.",
    ),
  ],
};
