// Causes on the delivery side (the recipient's server said no): what they mean, what to do, whom to tell.
import type { CauseId } from "@/lib/causes";
import type { CauseGuide } from "@/lib/content/fix-guide-schema";
import { step } from "../step";

export const deliveryCauseIds = [
  "recipient-unknown",
  "recipient-mailbox-full",
  "send-limit-exceeded",
  "message-too-large",
  "ip-blocklisted",
  "sender-domain-unauthenticated",
  "spam-rejected",
  "greylisted",
] as const satisfies readonly CauseId[];

const wait = step(
  "급하지 않다면 30분쯤 뒤에 다시 보내 보세요. 대부분 저절로 풀립니다.",
  "If it isn't urgent, try again in about 30 minutes; this usually clears by itself.",
);

export const deliveryCauseGuides: Record<(typeof deliveryCauseIds)[number], CauseGuide> = {
  "recipient-unknown": {
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
    meaning: {
      ko: "상대방 서버가 처음 보는 발신자의 메일을 잠시 미뤘습니다. 서버가 알아서 다시 보내므로 기다리면 됩니다.",
      en: "The receiving server deferred mail from a new sender for a while; your server retries on its own, so just wait.",
    },
    steps: [
      wait,
      step("같은 메일을 여러 번 다시 보내지 마세요.", "Don't send the same message again and again."),
    ],
  },
};
