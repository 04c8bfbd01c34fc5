// The "decoded" panel shown under a pasted error message: what each part means and the likely causes.
import { defineMessages } from "@/lib/i18n/define-messages";

export const decoded = defineMessages({
  ko: {
    title: "메시지 풀이",
    summary: "{parts}개 부분을 알아봤습니다.",
    summaryWithCause: "{parts}개 부분을 알아봤습니다. 가장 가능성 높은 원인: {cause}",
    summaryUnknown: "이 메시지는 알아보지 못했습니다.",
    oneLine: "메시지 풀이: 가장 가능성 높은 원인은 {cause}입니다.",
    partsTitle: "메시지의 각 부분",
    causesTitle: "가능성이 높은 원인",
    evidence: "근거",
    likelihood: { high: "가능성 높음", medium: "가능성 중간", low: "가능성 낮음" },
    noCauses: "메시지의 일부는 알아봤지만, 원인을 정할 만한 오류 번호나 서버 응답은 찾지 못했습니다.",
    unknownTitle: "이 메시지는 알아보지 못했습니다",
    unknownIntro: "괜찮습니다. 이렇게 해 보세요.",
    unknownTips: {
      whole:
        "오류 창의 글자를 처음부터 끝까지 모두 복사해 붙여 넣어 주세요. 0x로 시작하는 오류 번호가 있으면 꼭 함께 넣어 주세요.",
      bounce:
        "되돌아온 메일이라면 본문 전체를 붙여 넣어 주세요. 그 안에 서버의 응답(예: 550 5.1.1)이 있습니다.",
      symptom: "메시지가 없어도 괜찮습니다. 위에서 증상을 골라 진행하세요.",
    },
  },
  en: {
    title: "What the message says",
    summary: "We recognised {parts} parts.",
    summaryWithCause: "We recognised {parts} parts. Most likely cause: {cause}",
    summaryUnknown: "We could not recognise this message.",
    oneLine: "What the message says: most likely {cause}.",
    partsTitle: "Each part of the message",
    causesTitle: "Likely causes",
    evidence: "Why we think so",
    likelihood: { high: "Likely", medium: "Possible", low: "Less likely" },
    noCauses:
      "We recognised parts of the message, but no error number or server reply that points to a cause.",
    unknownTitle: "We could not recognise this message",
    unknownIntro: "That's all right. Here is what to try.",
    unknownTips: {
      whole:
        "Copy all the text of the error window, from start to end, and paste it. Include the error number starting with 0x if there is one.",
      bounce:
        "If a message came back to you, paste its whole text: the server's reply (such as 550 5.1.1) is inside.",
      symptom: "No message is fine too: pick your problem above and carry on.",
    },
  },
});
