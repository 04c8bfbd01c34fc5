// "I can't receive": server side or program side first (webmail), then what changed.
import type { TreeNode } from "@/lib/content/tree-schema";
import { askAddress, askProgram, internetQuestion } from "./shared";

export const receiveNodes = {
  "recv-webmail": {
    kind: "choice",
    param: "webmail",
    question: { ko: "웹메일에는 새 메일이 보이나요?", en: "Does webmail show the new mail?" },
    help: {
      ko: "웹 브라우저로 호스팅 회사의 웹메일에 들어가 받은편지함을 열어 보세요. 여기에 있으면 서버는 메일을 잘 받고 있는 것입니다.",
      en: "Sign in to your hosting company's webmail in a browser and open the inbox. If the mail is there, the server is receiving it fine.",
    },
    separates: [
      "server-down",
      "domain-dns-broken",
      "account-disabled",
      "no-internet",
      "server-not-found",
      "wrong-server-name",
      "connection-refused",
      "tls-mismatch",
      "certificate-invalid",
      "wrong-password",
      "auth-method-mismatch",
      "antivirus-interference",
      "mailbox-locked",
      "data-file-problem",
      "server-busy",
    ],
    answers: [
      {
        value: "yes",
        label: { ko: "네, 웹메일에는 있어요", en: "Yes, webmail shows it" },
        next: "recv-sudden",
      },
      {
        value: "no",
        label: { ko: "아니요, 웹메일에도 없어요", en: "No, it is not there either" },
        next: "recv-server-address",
      },
      {
        value: "unknown",
        label: { ko: "웹메일을 열 수 없어요", en: "I can't open webmail" },
        hint: { ko: "주소를 모르거나 열리지 않아요", en: "I don't know where it is, or it won't open" },
        next: "recv-internet",
      },
    ],
  },
  "recv-sudden": {
    kind: "choice",
    param: "sudden",
    question: { ko: "잘 되다가 갑자기 안 되나요?", en: "Did it work before and stop suddenly?" },
    help: {
      ko: "백신 프로그램이 업데이트되면서 메일 설정을 바꾸는 일이 있습니다.",
      en: "Antivirus updates sometimes change mail settings without asking.",
    },
    separates: [
      "server-not-found",
      "wrong-server-name",
      "connection-refused",
      "auth-method-mismatch",
      "wrong-password",
      "antivirus-interference",
      "mailbox-locked",
      "data-file-problem",
      "server-busy",
    ],
    answers: [
      {
        value: "yes",
        label: { ko: "네, 갑자기 안 돼요", en: "Yes, it stopped suddenly" },
        next: "recv-stopped-client",
      },
      {
        value: "no",
        label: { ko: "아니요, 이번에 처음 설정했어요", en: "No, I have just set it up" },
        next: "recv-setup-client",
      },
    ],
  },
  "recv-internet": {
    kind: "choice",
    param: "internet",
    question: internetQuestion.question,
    help: internetQuestion.help,
    separates: internetQuestion.separates,
    answers: [
      { value: "yes", label: internetQuestion.yes, next: "recv-unknown-client" },
      { value: "no", label: internetQuestion.no, next: "end-no-internet" },
    ],
  },
  "recv-stopped-client": askProgram("recv-stopped-address"),
  "recv-stopped-address": askAddress("end-recv-stopped", "incoming"),
  "end-recv-stopped": {
    kind: "causes",
    causes: [
      "antivirus-interference",
      "wrong-password",
      "mailbox-locked",
      "tls-mismatch",
      "data-file-problem",
      "server-busy",
    ],
  },
  "recv-setup-client": askProgram("recv-setup-address"),
  "recv-setup-address": askAddress("end-recv-setup", "incoming"),
  "end-recv-setup": {
    kind: "causes",
    causes: [
      "server-not-found",
      "wrong-server-name",
      "connection-refused",
      "tls-mismatch",
      "wrong-password",
      "auth-method-mismatch",
    ],
  },
  "recv-unknown-client": askProgram("recv-unknown-address"),
  "recv-unknown-address": askAddress("end-recv-unknown", "incoming"),
  "end-recv-unknown": {
    kind: "causes",
    causes: [
      "server-down",
      "domain-dns-broken",
      "antivirus-interference",
      "wrong-password",
      "server-not-found",
    ],
  },
  // Webmail does not show it either: the mail never reached the mailbox, so the program does not matter.
  "recv-server-address": askAddress("end-recv-server"),
  "end-recv-server": {
    kind: "causes",
    causes: ["domain-dns-broken", "server-down", "account-disabled"],
  },
} satisfies Record<string, TreeNode>;
