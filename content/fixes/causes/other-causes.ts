// Causes that no mail-program setting fixes, on the connection, device or account side:
// what they mean, what to do, and whom to tell what.
import type { CauseId } from "@/lib/causes";
import type { SettingCauseId } from "@/lib/fix/guide-types";
import type { CauseGuide } from "@/lib/content/fix-guide-schema";
import { step } from "../step";
import type { deliveryCauseIds } from "./delivery-causes";

type OtherCauseId = Exclude<CauseId, SettingCauseId | (typeof deliveryCauseIds)[number]>;

const wait = step(
  "급하지 않다면 30분쯤 뒤에 다시 보내 보세요. 대부분 저절로 풀립니다.",
  "If it isn't urgent, try again in about 30 minutes; this usually clears by itself.",
);

export const otherCauseGuides: Record<OtherCauseId, CauseGuide> = {
  "connection-dropped": {
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
  "server-busy": {
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
