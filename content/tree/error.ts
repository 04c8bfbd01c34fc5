// "I see an error": the message answers most questions; only the ones it did not answer are asked.
import type { TreeNode } from "@/lib/content/tree-schema";
import { askAddress, askProgram, pasteQuestion } from "./shared";

export const errorNodes = {
  "error-paste": { kind: "input", param: "error", ...pasteQuestion, next: "error-direction" },
  "error-direction": {
    kind: "choice",
    param: "direction",
    question: { ko: "이 메시지는 언제 나왔나요?", en: "When did this message appear?" },
    separates: ["smtp-auth-required", "port25-blocked", "antivirus-interference", "mailbox-locked"],
    answers: [
      { value: "send", label: { ko: "메일을 보낼 때", en: "When sending mail" }, next: "error-send-client" },
      {
        value: "receive",
        label: { ko: "메일을 받을 때", en: "When receiving mail" },
        next: "error-receive-client",
      },
    ],
  },
  "error-send-client": askProgram("error-send-address"),
  "error-send-address": askAddress("end-error-send"),
  "end-error-send": {
    kind: "causes",
    causes: [
      "smtp-auth-required",
      "port25-blocked",
      "server-not-found",
      "connection-refused",
      "wrong-password",
      "tls-mismatch",
    ],
  },
  "error-receive-client": askProgram("error-receive-address"),
  "error-receive-address": askAddress("end-error-receive"),
  "end-error-receive": {
    kind: "causes",
    causes: [
      "connection-refused",
      "server-not-found",
      "wrong-password",
      "antivirus-interference",
      "tls-mismatch",
      "mailbox-locked",
    ],
  },
} satisfies Record<string, TreeNode>;
