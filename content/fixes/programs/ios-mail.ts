// Mail on iPhone/iPad: Settings › Apps › Mail › Mail Accounts › (account) › Account / SMTP / Advanced.
import { withAutoSetup } from "../auto-setup";
import { pic, step, type ProgramGuides } from "../step";

const open = {
  ko: "[설정] › [앱] › [메일] › [메일 계정]에서 이 계정을 누르고, 맨 위의 [계정]을 누르세요(iOS 17 이하: [설정] › [메일] › [계정]).",
  en: "Go to Settings › Apps › Mail › Mail Accounts, tap this account, then tap Account at the top (iOS 17 and earlier: Settings › Mail › Accounts).",
};
const openSmtp = {
  ko: "[설정] › [앱] › [메일] › [메일 계정] › 이 계정에서 [SMTP]를 누르고 ‘주 서버’의 서버 이름을 누르세요.",
  en: "Go to Settings › Apps › Mail › Mail Accounts › this account, tap SMTP, then tap the server under Primary Server.",
};

const incomingHost = step(
  `${open.ko} 받는 메일 서버의 호스트 이름을 {incoming.host}(으)로 고치세요.`,
  `${open.en} Change the Incoming Mail Server's Host Name to {incoming.host}.`,
  pic("ios-mail-account", ["incomingHost", "{incoming.host}"], "smtp"),
);
const smtpHost = step(
  `${openSmtp.ko} 호스트 이름을 {outgoing.host}(으)로 고치고 [완료]를 누르세요.`,
  `${openSmtp.en} Change Host Name to {outgoing.host} and tap Done.`,
  pic("ios-mail-smtp-server", ["host", "{outgoing.host}"]),
);
const smtpPort = step(
  `${openSmtp.ko} ‘SSL 사용’을 켜고 서버 포트를 {outgoing.port}(으)로 하세요. 25번은 가정용 인터넷에서 막혀 있습니다.`,
  `${openSmtp.en} Turn on Use SSL and set Server Port to {outgoing.port}. Port 25 is blocked on home internet lines.`,
  pic("ios-mail-smtp-server", ["useSsl", "{outgoing.tls}"], ["port", "{outgoing.port}"]),
);
const incomingPort = step(
  `${open.ko} 그 화면 아래 [고급]을 누르고 ‘받는 설정’에서 ‘SSL 사용’을 켠 뒤 서버 포트를 {incoming.port}(으)로 하세요.`,
  `${open.en} At the bottom, tap Advanced; under Incoming Settings turn on Use SSL and set Server Port to {incoming.port}.`,
  pic("ios-mail-advanced", ["useSsl", "{incoming.tls}"], ["port", "{incoming.port}"]),
);
const smtpLogin = step(
  `${openSmtp.ko} 사용자 이름({userName})과 암호를 채우고 인증을 ‘암호’로 하세요. 비어 있으면 “릴레이를 허용하지 않습니다”로 거절됩니다.`,
  `${openSmtp.en} Fill in User Name ({userName}) and Password and set Authentication to Password; when they are empty the server says it “does not allow relaying”.`,
  pic("ios-mail-smtp-server", ["userName", "{userName}"], "password", ["authentication", "password"]),
);
const finish = step(
  "오른쪽 위 [완료]를 누르세요. 확인이 끝나면 메일 앱에서 받은 편지함을 아래로 당겨 새로 고치세요.",
  "Tap Done at the top right. When the check finishes, pull down the inbox in Mail to refresh.",
);

const certificateWarning = step(
  "인증서가 만료되었을 때 iPhone은 ‘서버 신원을 확인할 수 없음’ 창을 띄웁니다. [세부사항]을 누르면 인증서의 이름과 만료일이 보입니다.",
  "While the certificate is expired, the iPhone shows “Cannot Verify Server Identity”; tap Details to see the certificate's name and expiry date.",
);

// Step 1 of the causes a profile fixes is "set up automatically" (auto-setup.ts).
export const iosMailGuides: ProgramGuides = withAutoSetup("ios-profile", {
  "server-not-found": [incomingHost, smtpHost, finish],
  "wrong-server-name": [incomingHost, smtpHost, finish],
  "connection-refused": [incomingPort, smtpPort, finish],
  "connection-timeout": [incomingPort, smtpPort, finish],
  "port25-blocked": [smtpPort, smtpLogin, finish],
  "tls-mismatch": [incomingHost, incomingPort, smtpPort, finish],
  "certificate-invalid": [incomingHost, smtpHost, certificateWarning, finish],
  "tls-required": [incomingPort, smtpPort, finish],
  "wrong-password": [
    step(
      `${open.ko} 사용자 이름을 메일 주소 전체({userName})로 하고 암호를 지운 뒤 다시 입력하세요.`,
      `${open.en} Use your whole address ({userName}) as User Name, clear the Password and type it again.`,
      pic("ios-mail-account", ["incomingUser", "{userName}"], "incomingPassword"),
    ),
    smtpLogin,
    finish,
  ],
  "app-password-required": [
    step(
      "먼저 웹메일에서 ‘앱 비밀번호’(애플리케이션 비밀번호)를 만들고 IMAP/POP3 사용을 켜 두세요.",
      "First, create an app password in your webmail's security settings and turn on IMAP/POP3 access.",
    ),
    step(
      `${open.ko} 받는 메일 서버의 암호 칸에 앱 비밀번호를 입력하세요. SMTP 화면의 암호도 똑같이 바꾸세요.`,
      `${open.en} Type the app password as the Incoming Mail Server's Password, and do the same on the SMTP screen.`,
      pic("ios-mail-account", "incomingPassword", "smtp"),
    ),
    finish,
  ],
  "auth-method-mismatch": [
    step(
      `${open.ko} 그 화면 아래 [고급]에서 ‘인증’을 ‘암호’로 바꾸세요(MD5, NTLM이 아닌).`,
      `${open.en} At the bottom, tap Advanced and set Authentication to Password (not MD5 or NTLM).`,
      pic("ios-mail-advanced", ["authentication", "password"], ["useSsl", "{incoming.tls}"]),
    ),
    step(
      `${openSmtp.ko} 여기서도 인증을 ‘암호’로 바꾸세요.`,
      `${openSmtp.en} Set Authentication to Password here too.`,
      pic("ios-mail-smtp-server", ["authentication", "password"]),
    ),
    finish,
  ],
  "smtp-auth-required": [smtpLogin, smtpPort, finish],
  "antivirus-interference": [
    step(
      "휴대폰의 보안 앱이나 VPN 앱이 메일을 가로채고 있다면 잠시 끄세요.",
      "If a security or VPN app on the phone intercepts mail, turn it off for a moment.",
    ),
    incomingHost,
    incomingPort,
    smtpHost,
    finish,
  ],
  "sender-not-allowed": [
    step(
      `${open.ko} ‘이메일’을 로그인하는 주소({email})로 맞추세요.`,
      `${open.en} Set Email to the address you log in with ({email}).`,
      pic("ios-mail-account", ["email", "{email}"], "smtp"),
    ),
    smtpLogin,
    finish,
  ],
  "polling-too-often": [
    step(
      "[설정] › [앱] › [메일] › [메일 계정] › [데이터 가져오기]에서 ‘15분마다’ 이상을 고르세요.",
      "Go to Settings › Apps › Mail › Mail Accounts › Fetch New Data and choose Every 15 Minutes or longer.",
      pic("ios-mail-fetch", ["fetch", "15"]),
    ),
    step(
      "다른 PC나 휴대폰에서도 같은 주소를 POP3로 받고 있다면, 그쪽도 간격을 늘리세요.",
      "If a computer or another phone also checks this address with POP3, lengthen its interval too.",
    ),
  ],
});
