// The live check as it runs: its title, the progress, the errors. What each check saw is said by the
// check's own sentence catalog (content/diagnose/sentences.ts `events`).
import { defineMessages } from "@/lib/i18n/define-messages";

export const check = defineMessages({
  ko: {
    title: "실시간 확인",
    running: "{target}의 메일 서버를 확인하고 있습니다…",
    done: "확인을 마쳤습니다. ({seconds}초)",
    progressLabel: "확인 진행률",
    rateLimited: "확인 요청이 많습니다. {seconds}초 뒤에 다시 해 주세요.",
    notAllowed: "이 주소는 확인할 수 없습니다. 메일 주소나 도메인을 다시 확인해 주세요.",
    failed: "확인하는 중에 문제가 생겼습니다. 잠시 뒤 다시 해 주세요.",
    retry: "다시 확인",
    waitForAnswers: "확인을 마쳤습니다. 위의 질문에 답해 주시면 결과를 알려 드립니다.",
  },
  en: {
    title: "Live check",
    running: "Checking the mail servers of {target}…",
    done: "Check finished. ({seconds} s)",
    progressLabel: "Check progress",
    rateLimited: "Too many checks right now. Please try again in {seconds} seconds.",
    notAllowed: "We can't check this address. Please check the e-mail address or domain.",
    failed: "Something went wrong during the check. Please try again in a moment.",
    retry: "Check again",
    waitForAnswers: "The check is done. Answer the question above and we'll show you the result.",
  },
});
