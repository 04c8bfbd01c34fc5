// "I can't send": what an expert asks, one question per screen.
import type { CauseId } from "@/lib/causes";
import type { TreeNode } from "@/lib/content/tree-schema";
import { askAddress, askProgram, internetQuestion, pasteQuestion } from "./shared";

/**
 * Every cause of the send flow's ends: what the first two questions separate (a message, or where the
 * mail went — still in the Outbox, bounced or lost — tells any of them apart).
 */
const everySendCause: CauseId[] = [
  "server-down",
  "domain-dns-broken",
  "no-internet",
  "server-not-found",
  "wrong-server-name",
  "port25-blocked",
  "smtp-auth-required",
  "tls-mismatch",
  "wrong-password",
  "antivirus-interference",
  "recipient-unknown",
  "recipient-mailbox-full",
  "spam-rejected",
  "ip-blocklisted",
  "sender-domain-unauthenticated",
  "message-too-large",
  "send-limit-exceeded",
];

export const sendNodes = {
  "send-message": {
    kind: "choice",
    param: "message",
    question: {
      ko: "메일을 보낼 때 오류 메시지가 나왔나요?",
      en: "Did an error message appear when you tried to send?",
    },
    separates: everySendCause,
    answers: [
      {
        value: "yes",
        label: { ko: "네, 오류 메시지가 나왔어요", en: "Yes, there was an error message" },
        next: "send-paste",
      },
      {
        value: "no",
        label: { ko: "아니요, 메시지는 없었어요", en: "No, there was no message" },
        next: "send-sent",
      },
    ],
  },
  "send-paste": { kind: "input", param: "error", ...pasteQuestion, next: "send-sent" },
  "send-sent": {
    kind: "choice",
    param: "sent",
    question: { ko: "보낸 메일은 어떻게 되었나요?", en: "What happened to the mail you sent?" },
    separates: everySendCause,
    answers: [
      {
        value: "outbox",
        label: { ko: "보낼 편지함에 그대로 있어요", en: "It stays in the Outbox" },
        hint: { ko: "보내지지 않고 계속 다시 시도해요", en: "It never leaves; the program keeps trying" },
        next: "send-receives",
      },
      {
        value: "bounced",
        label: { ko: "실패 안내 메일이 되돌아왔어요", en: "A failure notice came back" },
        hint: {
          ko: "'전달되지 않음', 'Undeliverable' 같은 메일",
          en: "Mail titled 'Undeliverable' or 'Delivery Status Notification'",
        },
        next: "send-bounced-client",
      },
      {
        value: "lost",
        label: { ko: "보내졌는데 상대방이 못 받았대요", en: "It was sent, but it never arrived" },
        hint: {
          ko: "보낸 편지함에 있고, 되돌아온 메일도 없어요",
          en: "It is in Sent, and nothing came back",
        },
        next: "end-send-lost",
      },
    ],
  },
  "send-receives": {
    kind: "choice",
    param: "receives",
    question: { ko: "메일 받기는 잘 되나요?", en: "Can you still receive mail?" },
    separates: [
      "server-down",
      "domain-dns-broken",
      "no-internet",
      "wrong-server-name",
      "port25-blocked",
      "smtp-auth-required",
      "tls-mismatch",
    ],
    answers: [
      { value: "yes", label: { ko: "네, 받기는 돼요", en: "Yes, receiving works" }, next: "send-before" },
      {
        value: "no",
        label: { ko: "아니요, 받기도 안 돼요", en: "No, receiving fails too" },
        next: "send-internet",
      },
    ],
  },
  "send-before": {
    kind: "choice",
    param: "before",
    question: {
      ko: "이 프로그램으로 메일을 보낸 적이 있나요?",
      en: "Did sending from this program work before?",
    },
    separates: ["server-not-found", "wrong-server-name", "antivirus-interference", "wrong-password"],
    answers: [
      {
        value: "yes",
        label: { ko: "네, 잘 되다가 안 돼요", en: "Yes, it used to work" },
        next: "send-stopped-client",
      },
      {
        value: "no",
        label: { ko: "아니요, 이번에 처음 설정했어요", en: "No, I have just set it up" },
        next: "send-new-client",
      },
    ],
  },
  "send-internet": {
    kind: "choice",
    param: "internet",
    question: internetQuestion.question,
    help: internetQuestion.help,
    separates: internetQuestion.separates,
    answers: [
      { value: "yes", label: internetQuestion.yes, next: "send-both-client" },
      { value: "no", label: internetQuestion.no, next: "end-no-internet" },
    ],
  },
  "send-stopped-client": askProgram("send-stopped-address"),
  "send-stopped-address": askAddress("end-send-stopped", "outgoing"),
  "end-send-stopped": {
    kind: "causes",
    causes: [
      "port25-blocked",
      "antivirus-interference",
      "smtp-auth-required",
      "wrong-password",
      "server-down",
      "tls-mismatch",
    ],
  },
  "send-new-client": askProgram("send-new-address"),
  "send-new-address": askAddress("end-send-new", "outgoing"),
  "end-send-new": {
    kind: "causes",
    causes: [
      "server-not-found",
      "wrong-server-name",
      "smtp-auth-required",
      "port25-blocked",
      "tls-mismatch",
      "server-down",
    ],
  },
  "send-both-client": askProgram("send-both-address"),
  "send-both-address": askAddress("end-send-both", "outgoing"),
  "end-send-both": {
    kind: "causes",
    causes: [
      "server-down",
      "domain-dns-broken",
      "wrong-password",
      "antivirus-interference",
      "server-not-found",
    ],
  },
  "send-bounced-client": askProgram("send-bounced-address"),
  "send-bounced-address": askAddress("end-send-bounced"),
  "end-send-bounced": {
    kind: "causes",
    causes: [
      "recipient-unknown",
      "recipient-mailbox-full",
      "spam-rejected",
      "ip-blocklisted",
      "sender-domain-unauthenticated",
      "message-too-large",
      "send-limit-exceeded",
    ],
  },
  "end-send-lost": {
    kind: "support",
    why: {
      ko: "보낸 메일이 어디서 멈췄는지는 메일 서버의 기록을 봐야 알 수 있습니다. 아래 보고서를 고객센터에 보내 주세요.",
      en: "Where a sent message stopped can only be seen in the mail server's logs. Please send the report below to support.",
    },
  },
} satisfies Record<string, TreeNode>;
