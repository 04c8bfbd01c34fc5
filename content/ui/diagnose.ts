// The diagnose page.
import { defineMessages } from "@/lib/i18n/define-messages";

export const diagnose = defineMessages({
  ko: {
    title: "진단",
    chosen: "고른 내용",
    symptom: "증상",
    symptoms: { send: "메일을 보낼 수 없음", receive: "메일을 받을 수 없음", error: "오류 메시지가 뜸" },
    pastedMessage: "붙여 넣은 메시지",
    nothingChosen: "아직 고른 내용이 없습니다. 처음 화면에서 증상을 골라 주세요.",
    invalidParams: "링크의 일부 값을 알아볼 수 없어 건너뛰었습니다: {names}",
  },
  en: {
    title: "Diagnosis",
    chosen: "What you told us",
    symptom: "Problem",
    symptoms: { send: "Can't send mail", receive: "Can't receive mail", error: "An error message appears" },
    pastedMessage: "The message you pasted",
    nothingChosen: "Nothing chosen yet. Please pick your problem on the start page.",
    invalidParams: "We skipped some values in the link that we could not read: {names}",
  },
});
