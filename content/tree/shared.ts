// Screens every flow ends with (which program, which address) and the ends that several flows share.
import { clientNames } from "@/content/client-names";
import { causePrograms } from "@/content/programs";
import type { CauseId } from "@/lib/causes";
import { clientIds } from "@/lib/clients";
import type { ChoiceNode, InputNode, TreeNode } from "@/lib/content/tree-schema";

/**
 * "Which program?": one answer per SPEC §4 program, so a program read from a pasted message always fits.
 * It separates the causes only some programs can have (content/programs.ts); the fix pictures need the
 * program too, but the result can be shown before it and the program chosen on the fix page.
 */
export function askProgram(next: string): ChoiceNode {
  return {
    kind: "choice",
    param: "client",
    separates: Object.keys(causePrograms) as CauseId[],
    question: { ko: "어떤 메일 프로그램을 쓰시나요?", en: "Which mail program do you use?" },
    help: {
      ko: "고치는 방법을 그 프로그램의 화면 그대로 보여 드립니다.",
      en: "We will show the fix on your own program's screens.",
    },
    answers: clientIds.map((id) => ({
      value: id,
      label: clientNames[id].name,
      hint: clientNames[id].hint,
      next,
    })),
  };
}

/** "Your address or domain": with it the live check starts (SPEC §1). */
export function askAddress(next: string, settings?: InputNode["settings"]): InputNode {
  return {
    kind: "input",
    param: "address",
    question: { ko: "메일 주소나 도메인을 알려 주세요", en: "What is your e-mail address or domain?" },
    help: {
      ko: "예: hong@example.com 또는 example.com. 이 도메인의 메일 서버를 지금 바로 확인해 드립니다.",
      en: "For example hong@example.com or example.com. We will check this domain's mail servers right away.",
    },
    ...(settings ? { settings } : {}),
    next,
  };
}

export const pasteQuestion = {
  question: { ko: "오류 메시지를 붙여 넣어 주세요", en: "Paste the error message" },
  help: {
    ko: "메일 프로그램에 나온 내용을 그대로 복사해 붙여 넣으세요. 비밀번호는 넣지 마세요.",
    en: "Copy the text your mail program showed and paste it here. Never paste your password.",
  },
};

export const internetQuestion = {
  question: { ko: "다른 웹사이트는 잘 열리나요?", en: "Do other web sites open?" },
  help: {
    ko: "메일이 안 되는 그 컴퓨터나 휴대폰에서 포털 사이트를 열어 보세요.",
    en: "Try opening a news or search site on the same computer or phone.",
  },
  yes: { ko: "네, 잘 열려요", en: "Yes, they open" },
  // Nothing opens: the device's connection; everything opens: the server, the domain or the settings.
  separates: [
    "no-internet",
    "server-down",
    "domain-dns-broken",
    "server-not-found",
    "wrong-password",
    "antivirus-interference",
  ] satisfies CauseId[],
  no: { ko: "아니요, 다른 사이트도 안 열려요", en: "No, nothing opens" },
};

export const sharedNodes = {
  "end-no-internet": { kind: "causes", causes: ["no-internet"] },
} satisfies Record<string, TreeNode>;
