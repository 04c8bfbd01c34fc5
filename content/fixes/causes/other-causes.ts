// Causes that no mail-program setting fixes: what they mean, what to do, and whom to tell what.
import type { CauseId } from "@/lib/causes";
import type { SettingCauseId } from "@/lib/fix/guide-types";
import type { CauseGuide } from "@/lib/content/fix-guide-schema";
import { step } from "../step";

type OtherCauseId = Exclude<CauseId, SettingCauseId>;

const wait = step(
  "급하지 않다면 30분쯤 뒤에 다시 보내 보세요. 대부분 저절로 풀립니다.",
  "If it isn't urgent, try again in about 30 minutes; this usually clears by itself.",
);

export const otherCauseGuides: Record<OtherCauseId, CauseGuide> = {
  "connection-dropped": {
    title: { ko: "연결이 중간에 끊김", en: "The connection was cut off" },
    meaning: {
      ko: "메일을 주고받는 도중에 연결이 끊겼습니다. 불안정한 인터넷, 백신의 메일 검사, 너무 큰 첨부 파일이 흔한 원인입니다.",
      en: "The connection broke in the middle of sending or receiving — often an unstable internet connection, antivirus mail scanning, or a very large attachment.",
    },
    steps: [
      step(
        "백신 프로그램의 ‘메일 검사’를 잠시 끄고 다시 해 보세요.",
        "Turn off your antivirus program's e-mail scanning for a moment and try again.",
      ),
      step(
        "큰 첨부 파일이 있다면 빼거나 나누어 보내 보세요.",
        "If the message has a large attachment, remove it or split it up.",
      ),
      step(
        "무선 인터넷이 약하다면 유선이나 다른 네트워크로 해 보세요.",
        "On weak Wi-Fi, try a cable or another network.",
      ),
    ],
  },
  "local-network-broken": {
    title: { ko: "PC의 네트워크 설정이 망가짐", en: "This PC's network stack is broken" },
    meaning: {
      ko: "Windows의 네트워크 구성 요소(Winsock)가 손상되어 메일 프로그램이 인터넷에 연결하지 못합니다.",
      en: "Windows' networking component (Winsock) is damaged, so the mail program can't open connections.",
    },
    steps: [
      step(
        "시작 메뉴에서 ‘명령 프롬프트’를 마우스 오른쪽 버튼으로 눌러 [관리자 권한으로 실행]을 고르세요.",
        "Right-click Command Prompt in the Start menu and choose Run as administrator.",
      ),
      step(
        "netsh winsock reset 을 입력하고 Enter를 누른 뒤 PC를 다시 시작하세요.",
        "Type netsh winsock reset, press Enter, and restart the PC.",
      ),
      step(
        "그래도 안 되면 같은 창에서 sfc /scannow 를 실행하세요.",
        "If it still fails, run sfc /scannow in the same window.",
      ),
    ],
    tell: {
      ko: "회사 PC라면 전산 담당자에게 “Winsock 재설정이 필요하다”고 알려 주세요.",
      en: "On a work PC, tell your IT staff that “Winsock needs a reset”.",
    },
  },
  "no-internet": {
    title: { ko: "인터넷에 연결되어 있지 않음", en: "No internet connection" },
    meaning: {
      ko: "기기가 인터넷에 연결되어 있지 않아 어떤 메일 서버에도 닿지 못합니다.",
      en: "The device has no working internet connection, so it can't reach any mail server.",
    },
    steps: [
      step("웹 브라우저로 아무 사이트나 열어 보세요.", "Open any website in your browser."),
      step(
        "안 열리면 공유기와 모뎀의 전원을 껐다가 1분 뒤 다시 켜세요.",
        "If nothing opens, turn the router and modem off, wait a minute, and turn them on.",
      ),
      step(
        "휴대폰이라면 비행기 모드를 껐는지, 모바일 데이터나 Wi-Fi가 켜져 있는지 확인하세요.",
        "On a phone, check that airplane mode is off and mobile data or Wi-Fi is on.",
      ),
    ],
    tell: {
      ko: "그래도 안 되면 가입한 인터넷 회사 고객센터에 연락하세요.",
      en: "If it's still down, call your internet provider.",
    },
  },
  "server-down": {
    title: { ko: "메일 서버가 응답하지 않음", en: "The mail server isn't answering" },
    meaning: {
      ko: "설정은 맞지만 메일 서버 자체가 지금 응답하지 않습니다. 고객님 쪽에서 고칠 문제가 아닙니다.",
      en: "Your settings are fine, but the mail server itself is not answering right now; nothing on your side needs fixing.",
    },
    steps: [
      step("메일 프로그램 설정은 바꾸지 마세요.", "Don't change your mail program's settings."),
      step(
        "호스팅 회사의 공지사항이나 장애 안내를 확인하세요.",
        "Check your hosting company's notices or status page.",
      ),
    ],
    tell: {
      ko: "호스팅 고객센터에 “메일 서버가 응답하지 않는다”고 도메인 이름과 함께 알려 주세요.",
      en: "Tell your hosting company's support that “the mail server is not answering”, with your domain name.",
    },
  },
  "domain-dns-broken": {
    title: { ko: "도메인의 DNS 설정에 문제가 있음", en: "The domain's DNS is broken" },
    meaning: {
      ko: "도메인에 메일 서버(MX) 정보가 없거나, 도메인이 만료되었거나, 네임서버가 응답하지 않습니다.",
      en: "The domain has no mail server (MX) record, has expired, or its name servers don't answer.",
    },
    steps: [
      step(
        "도메인 만료일이 지나지 않았는지 도메인 등록 업체에서 확인하세요.",
        "Check with your domain registrar that the domain has not expired.",
      ),
      step(
        "최근에 네임서버나 DNS를 바꿨다면 최대 하루까지 기다려야 할 수 있습니다.",
        "If you recently changed name servers or DNS, it can take up to a day.",
      ),
    ],
    tell: {
      ko: "도메인 관리자(또는 호스팅 회사)에게 “MX 레코드와 네임서버를 확인해 달라”고 요청하세요.",
      en: "Ask your domain administrator or hosting company to “check the MX records and the name servers”.",
    },
  },
  "recipient-unknown": {
    title: { ko: "받는 사람 주소가 없음", en: "The recipient address doesn't exist" },
    meaning: {
      ko: "받는 사람의 메일 주소가 상대방 서버에 없습니다. 주소 오타이거나 없어진 주소입니다.",
      en: "The recipient's address does not exist on their server — a typo, or the address was closed.",
    },
    steps: [
      step(
        "받는 사람 주소의 철자(특히 . 과 - , 도메인)를 다시 확인하세요.",
        "Check the spelling of the address, especially dots, hyphens and the domain.",
      ),
      step(
        "자동 완성으로 들어간 옛 주소라면 지우고 새로 입력하세요.",
        "If auto-complete filled in an old address, delete it and type the address fresh.",
      ),
    ],
    tell: {
      ko: "받는 분께 전화 등으로 정확한 메일 주소를 다시 물어보세요.",
      en: "Ask the recipient for their exact address by phone or another way.",
    },
  },
  "recipient-mailbox-full": {
    title: { ko: "받는 사람 메일함이 가득 참", en: "The recipient's mailbox is full" },
    meaning: {
      ko: "받는 사람의 메일함 용량이 가득 차서 더 받을 수 없습니다.",
      en: "The recipient's mailbox is full and can't take more mail.",
    },
    steps: [wait],
    tell: {
      ko: "받는 분께 메일함을 비워 달라고 알려 주세요.",
      en: "Let the recipient know their mailbox is full.",
    },
  },
  "send-limit-exceeded": {
    title: { ko: "발송 한도를 넘음", en: "Sending limit reached" },
    meaning: {
      ko: "짧은 시간에 너무 많은 메일이나 받는 사람에게 보내서 서버의 발송 한도에 걸렸습니다.",
      en: "Too many messages or recipients in a short time hit the server's sending limit.",
    },
    steps: [
      step("한두 시간 뒤에 다시 보내세요.", "Try again in an hour or two."),
      step("받는 사람이 많다면 나누어 보내세요.", "Split large recipient lists into smaller batches."),
    ],
    tell: {
      ko: "보내지 않은 메일이 많이 나갔다면 계정이 도용되었을 수 있습니다. 비밀번호를 바꾸고 호스팅 회사에 알려 주세요.",
      en: "If mail you didn't write was sent, the account may be compromised: change the password and tell your hosting company.",
    },
  },
  "message-too-large": {
    title: { ko: "메일이 너무 큼", en: "The message is too large" },
    meaning: {
      ko: "첨부 파일을 포함한 메일 크기가 서버가 허용하는 크기보다 큽니다.",
      en: "The message with its attachments is bigger than the server allows.",
    },
    steps: [
      step(
        "첨부 파일을 압축하거나 여러 메일로 나누어 보내세요.",
        "Compress the attachments or send them in several messages.",
      ),
      step(
        "큰 파일은 클라우드(대용량 첨부)로 올리고 링크를 보내세요.",
        "Upload big files to cloud storage and send a link instead.",
      ),
    ],
  },
  "ip-blocklisted": {
    title: { ko: "보내는 IP가 차단 목록에 있음", en: "The sending IP is on a block list" },
    meaning: {
      ko: "메일을 보내는 서버나 인터넷의 IP 주소가 스팸 차단 목록에 올라 있어 상대방 서버가 받지 않습니다.",
      en: "The IP address your mail comes from is on a spam block list, so the receiving server refuses it.",
    },
    steps: [
      step(
        "보내는 메일 서버를 호스팅 회사의 서버({outgoing.host}, 포트 587)로 쓰고 있는지 확인하세요.",
        "Make sure you send through your hosting company's server ({outgoing.host}, port 587).",
      ),
    ],
    tell: {
      ko: "반송 메일을 첨부해 호스팅 회사에 “보내는 IP가 차단 목록에 있다”고 알려 주세요. 네이버·다음 같은 포털이 막았다면 해당 포털의 발송 IP 등록 절차가 필요할 수 있습니다.",
      en: "Forward the bounce to your hosting company and tell them “the sending IP is block-listed”. If a portal such as Naver or Daum blocked it, its sender registration may be needed.",
    },
  },
  "sender-domain-unauthenticated": {
    title: {
      ko: "보내는 도메인의 인증(SPF/DKIM/DMARC)이 없음",
      en: "The sending domain isn't authenticated (SPF/DKIM/DMARC)",
    },
    meaning: {
      ko: "도메인에 SPF, DKIM, DMARC 같은 발송 인증 설정이 없거나 틀려서 상대방 서버가 위조 메일로 보고 거절했습니다.",
      en: "The domain's SPF, DKIM or DMARC records are missing or wrong, so the receiving server treats the mail as forged.",
    },
    steps: [step("메일 프로그램 설정으로는 고칠 수 없습니다.", "This can't be fixed in the mail program.")],
    tell: {
      ko: "도메인 관리자(또는 호스팅 회사)에게 반송 메일을 보내며 “{domain}의 SPF·DKIM·DMARC 설정을 확인해 달라”고 요청하세요.",
      en: "Send the bounce to your domain administrator or hosting company and ask them to “check SPF, DKIM and DMARC for {domain}”.",
    },
  },
  "spam-rejected": {
    title: { ko: "스팸으로 분류되어 거절됨", en: "Rejected as spam" },
    meaning: {
      ko: "상대방 서버가 메일 내용을 스팸으로 판단해 받지 않았습니다.",
      en: "The receiving server judged the content to be spam and refused it.",
    },
    steps: [
      step(
        "제목과 본문에 광고성 문구, 짧은 링크(URL 단축), 큰 이미지만 있는 본문이 있는지 확인하세요.",
        "Look for advertising phrases, shortened links, or a body that is just one big image.",
      ),
      step(
        "첨부 파일(특히 실행 파일, 압축 파일) 없이 짧게 다시 보내 보세요.",
        "Try again with a short plain message and no attachments (especially programs or archives).",
      ),
    ],
    tell: {
      ko: "계속 거절되면 받는 분께 다른 방법으로 연락해 보낸 주소를 허용해 달라고 부탁하세요.",
      en: "If it keeps happening, ask the recipient by another channel to allow your address.",
    },
  },
  greylisted: {
    title: { ko: "일시 보류(그레이리스팅)", en: "Temporarily deferred (greylisting)" },
    meaning: {
      ko: "상대방 서버가 처음 보는 발신자의 메일을 잠시 미뤘습니다. 서버가 알아서 다시 보내므로 기다리면 됩니다.",
      en: "The receiving server deferred mail from a new sender for a while; your server retries on its own, so just wait.",
    },
    steps: [
      wait,
      step("같은 메일을 여러 번 다시 보내지 마세요.", "Don't send the same message again and again."),
    ],
  },
  "server-busy": {
    title: { ko: "서버가 일시적으로 바쁨", en: "The server is temporarily busy" },
    meaning: {
      ko: "서버 쪽의 일시적인 문제로 지금은 처리하지 못했습니다.",
      en: "A temporary problem on the server's side stopped it for now.",
    },
    steps: [wait],
    tell: {
      ko: "한 시간 넘게 계속되면 호스팅 고객센터에 오류 메시지를 보내 주세요.",
      en: "If it lasts more than an hour, send the error message to your hosting company's support.",
    },
  },
  "mailbox-locked": {
    title: { ko: "다른 곳에서 메일함을 쓰는 중", en: "The mailbox is in use elsewhere" },
    meaning: {
      ko: "다른 PC나 휴대폰이 같은 메일함을 POP3로 받는 중이라 서버가 메일함을 잠가 두었습니다.",
      en: "Another PC or phone is downloading the same mailbox with POP3, so the server has locked it.",
    },
    steps: [
      step("몇 분 기다렸다가 다시 받아 보세요.", "Wait a few minutes and try again."),
      step(
        "여러 기기에서 같은 주소를 쓴다면 모든 기기를 IMAP으로 바꾸는 것이 좋습니다.",
        "If several devices use this address, switching all of them to IMAP avoids this.",
      ),
    ],
  },
  "data-file-problem": {
    title: { ko: "Outlook 데이터 파일(PST/OST) 문제", en: "Outlook data file (PST/OST) problem" },
    meaning: {
      ko: "Outlook이 메일을 저장하는 파일이 가득 찼거나 손상되었습니다.",
      en: "The file where Outlook stores your mail is full or damaged.",
    },
    steps: [
      step(
        "Outlook을 닫고 받은 편지함 복구 도구(SCANPST.EXE)로 데이터 파일을 검사·복구하세요.",
        "Close Outlook and repair the data file with the Inbox Repair Tool (SCANPST.EXE).",
      ),
      step(
        "지운 편지함을 비우고, 오래된 메일은 보관(Archive)하여 파일 크기를 줄이세요.",
        "Empty Deleted Items and archive old mail to make the file smaller.",
      ),
    ],
  },
  "account-disabled": {
    title: { ko: "메일 계정이 정지됨", en: "The mail account is disabled" },
    meaning: {
      ko: "메일 계정이 정지되었거나 휴면 상태여서 로그인이나 수신이 막혔습니다.",
      en: "The mailbox has been suspended or is dormant, so logins or delivery are blocked.",
    },
    steps: [
      step("웹메일에 로그인해 안내 문구가 있는지 확인하세요.", "Log in to webmail and look for a notice."),
    ],
    tell: {
      ko: "메일 관리자나 호스팅 회사에 계정 정지를 풀어 달라고 요청하세요(요금 미납, 용량 초과, 휴면 여부 확인).",
      en: "Ask your mail administrator or hosting company to re-enable the account (unpaid bill, over quota or dormancy).",
    },
  },
  "windows-mail-app": {
    title: { ko: "Windows 메일 앱 오류", en: "Windows Mail app error" },
    meaning: {
      ko: "Windows 10/11의 ‘메일’ 앱은 2024년에 지원이 끝나 동기화 오류가 자주 납니다.",
      en: "The Windows 10/11 Mail app was retired in 2024 and often fails to sync.",
    },
    steps: [
      step(
        "새 Outlook이나 Thunderbird 같은 다른 메일 프로그램으로 옮기세요.",
        "Move to another mail program such as new Outlook or Thunderbird.",
      ),
      step(
        "옮길 때는 이 안내의 ‘새 Outlook’ 또는 ‘Thunderbird’ 그림대로 설정하세요.",
        "Set it up following this guide's pictures for new Outlook or Thunderbird.",
      ),
    ],
  },
  "protocol-retired": {
    title: { ko: "더 이상 쓰지 않는 접속 방식", en: "A retired access method" },
    meaning: {
      ko: "계정이 HTTP 메일(Hotmail)이나 DeltaSync처럼 이제는 없어진 방식으로 설정되어 있습니다.",
      en: "The account is set up with a method that no longer exists, such as HTTP mail (Hotmail) or DeltaSync.",
    },
    steps: [
      step(
        "계정을 지우고 IMAP(993, SSL/TLS)으로 다시 추가하세요.",
        "Remove the account and add it again as IMAP (993, SSL/TLS).",
      ),
      step(
        "Windows Live Mail 같은 오래된 프로그램이라면 새 메일 프로그램으로 옮기세요.",
        "If it's an old program such as Windows Live Mail, move to a current one.",
      ),
    ],
  },
};
