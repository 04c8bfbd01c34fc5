// The start page: three symptom choices and the paste box.
import { defineMessages } from "@/lib/i18n/define-messages";

export const start = defineMessages({
  ko: {
    title: "어떤 문제가 있나요?",
    intro: "해당하는 것을 골라 주세요. 몇 가지만 여쭤보고 바로 확인해 드릴게요.",
    choices: {
      send: { label: "메일을 보낼 수 없어요", hint: "보낸편지함에 남거나, 되돌아오거나, 오류가 떠요" },
      receive: { label: "메일을 받을 수 없어요", hint: "새 메일이 안 들어오거나, 받기에서 오류가 나요" },
      error: { label: "오류 메시지가 떠요", hint: "화면에 나온 메시지를 붙여 넣으면 풀이해 드려요" },
    },
    pasteTitle: "오류 메시지가 있나요?",
    pasteLabel: "오류 메시지 붙여 넣기",
    pasteHint: "메일 프로그램에 나온 내용을 그대로 복사해 붙여 넣으세요. 비밀번호는 넣지 마세요.",
    pastePlaceholder: "예: 서버에 연결할 수 없습니다. 계정: 'example.com', 서버: 'mail.example.com', …",
    pasteSubmit: "이 메시지로 확인하기",
    pasteEmpty: "먼저 오류 메시지를 붙여 넣어 주세요.",
    pasteTooLong: "메시지가 너무 깁니다. 오류가 나온 부분만 붙여 넣어 주세요.",
  },
  en: {
    title: "What's wrong?",
    intro: "Pick the one that fits. We'll ask a few questions and check right away.",
    choices: {
      send: { label: "I can't send", hint: "Mail stays in the Outbox, bounces back, or shows an error" },
      receive: { label: "I can't receive", hint: "New mail doesn't arrive, or checking mail fails" },
      error: { label: "I see an error message", hint: "Paste the message and we'll explain it" },
    },
    pasteTitle: "Do you have an error message?",
    pasteLabel: "Paste the error message",
    pasteHint: "Copy the text your mail program showed and paste it here. Never paste your password.",
    pastePlaceholder: "e.g. The connection to the server has failed. Account: 'example.com', Server: …",
    pasteSubmit: "Check this message",
    pasteEmpty: "Please paste the error message first.",
    pasteTooLong: "That message is too long. Please paste just the part with the error.",
  },
});
