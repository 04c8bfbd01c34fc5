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
  },
  en: {
    back: "Previous question",
    next: "Next",
    answered: "Your answers so far",
    fromMessage: "read from your message",
    address: "E-mail address or domain",
    startOver: "Start over",
  },
});
