// The wizard's screens: moving between questions and the summary of what was answered.
import { defineMessages } from "@/lib/i18n/define-messages";

export const wizard = defineMessages({
  ko: {
    back: "이전 질문으로",
    next: "다음",
    answered: "지금까지 답한 내용",
    fromMessage: "메시지에서 읽음",
    address: "메일 주소나 도메인",
    startOver: "처음부터 다시",
    heldReloading: "붙여 넣으신 메시지를 다시 불러오고 있습니다…",
    heldGone:
      "붙여 넣으신 긴 메시지는 한 시간이 지나 지웠습니다(또는 서버가 다시 시작되었습니다). 번거로우시겠지만 다시 붙여 넣어 주세요.",
    settledAddress:
      "메시지만으로 원인이 거의 분명합니다. 메일 주소를 알려 주시면 서버를 확인해 원인을 확정하고, 고칠 값을 채워 드립니다.",
  },
  en: {
    back: "Previous question",
    next: "Next",
    answered: "Your answers so far",
    fromMessage: "read from your message",
    address: "E-mail address or domain",
    startOver: "Start over",
    heldReloading: "Loading the message you pasted again…",
    heldGone:
      "The long message you pasted was deleted after an hour (or the server restarted). Sorry for the trouble: please paste it again.",
    settledAddress:
      "Your message already points clearly to the cause. Tell us your e-mail address and we'll check the server to confirm it and fill in the values to fix it.",
  },
});
