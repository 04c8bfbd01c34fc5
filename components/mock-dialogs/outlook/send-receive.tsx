// Outlook (classic): Send / Receive › Send/Receive Groups › Define Send/Receive Groups (Ctrl+Alt+S).
import { defineMessages } from "@/lib/i18n/define-messages";
import { fieldStates, type DialogProps } from "@/lib/dialogs/field-state";
import { accelerator } from "../primitives/accel";
import { PushButton } from "../primitives/button";
import { CheckBox } from "../primitives/checkbox";
import { TextBox } from "../primitives/field";
import { GroupBox } from "../primitives/group-box";
import { WindowFrame } from "../primitives/window-frame";

const wording = defineMessages({
  ko: {
    title: "보내기/받기 그룹",
    intro:
      "보내기/받기 그룹에는 Outlook 계정과 폴더의 모음이 들어 있습니다. 보내기/받기 중에 그룹에 대해 수행할 작업을 지정할 수 있습니다.",
    group: "그룹 이름",
    when: "보내기/받기 시기",
    all: "모든 계정",
    both: "온라인 및 오프라인",
    buttons: ["새로 만들기(N)...", "편집(E)...", "복사(C)...", "제거(R)", "이름 바꾸기(A)..."],
    settings: '"모든 계정" 그룹에 대한 설정',
    include: "보내기/받기(F9)에 이 그룹 포함(I)",
    minutes: "분",
    close: "닫기",
  },
  en: {
    title: "Send/Receive Groups",
    intro:
      "A Send/Receive group contains a collection of Outlook accounts and folders. You can specify the tasks that will be performed on the group during a send/receive.",
    group: "Group Name",
    when: "Send/Receive when...",
    all: "All Accounts",
    both: "Online and Offline",
    buttons: ["New...", "Edit...", "Copy...", "Remove", "Rename..."],
    settings: 'Setting for group "All Accounts"',
    include: "Include this group in send/receive (F9).",
    minutes: "minutes.",
    close: "Close",
  },
});

export function OutlookSendReceive(props: DialogProps) {
  const w = wording[props.locale];
  const k = accelerator(props.locale);
  const f = fieldStates("outlook-send-receive", props, { scheduleEvery: "on", minutes: "1" });
  return (
    <WindowFrame
      skin="win10"
      title={w.title}
      footer={
        <PushButton skin="win10" primary>
          {w.close}
        </PushButton>
      }
    >
      <div className="px-3 pt-3">
        <p className="text-[11px]">{w.intro}</p>
        <div className="mt-2 flex gap-2">
          <div className="flex-1 border border-[#828790] bg-white">
            <div className="flex border-b border-[#e5e5e5] px-1.5 py-0.5">
              <span className="w-1/2">{w.group}</span>
              <span>{w.when}</span>
            </div>
            <div className="flex bg-[#cce8ff] px-1.5 py-0.5">
              <span className="w-1/2">{w.all}</span>
              <span>{w.both}</span>
            </div>
            <div className="h-14" />
          </div>
          <div className="flex w-[108px] flex-col gap-1">
            {w.buttons.map((label) => (
              <PushButton key={label} skin="win10">
                {label}
              </PushButton>
            ))}
          </div>
        </div>
        <GroupBox skin="win10" legend={w.settings}>
          <div className="flex items-center gap-1.5">
            <span className="grid size-[13px] place-items-center border border-[#333] bg-white text-[10px] leading-none">
              ✓
            </span>
            {w.include}
          </div>
          <div className="mt-2 flex items-center gap-2">
            <CheckBox f={f("scheduleEvery")} skin="win10" label={k(f("scheduleEvery").label, "V")} />
            <TextBox f={f("minutes")} skin="win10" width="w-[40px]" />
            {w.minutes}
          </div>
        </GroupBox>
      </div>
    </WindowFrame>
  );
}
