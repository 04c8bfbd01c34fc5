// Outlook Express: [도구]-[옵션]-[일반] (Tools › Options › General) — how often to check for new mail.
import { defineMessages } from "@/lib/i18n/define-messages";
import { fieldStates, type DialogProps } from "@/lib/dialogs/field-state";
import { accelerator } from "../primitives/accel";
import { CheckBox } from "../primitives/checkbox";
import { TextBox } from "../primitives/field";
import { GroupBox } from "../primitives/group-box";
import { LegacyFrame, XpStaticBox } from "./properties-frame";

const wording = defineMessages({
  ko: {
    title: "옵션",
    tabs: ["일반", "읽기", "확인 메시지", "보내기", "작성", "서명"],
    general: "일반",
    inbox: "시작할 때 바로 [받은 편지함] 폴더로 이동(W)",
    sound: "새 메시지가 도착하면 소리로 알림(P)",
    atStart: "시작할 때 메시지 보내기 및 받기(M)",
    minutes: "분",
  },
  en: {
    title: "Options",
    tabs: ["General", "Read", "Receipts", "Send", "Compose", "Signatures"],
    general: "General",
    inbox: "When starting, go directly to my 'Inbox' folder",
    sound: "Play sound when new messages arrive",
    atStart: "Send and receive messages at startup",
    minutes: "minute(s)",
  },
});

export function OutlookLegacyOptions(props: DialogProps) {
  const w = wording[props.locale];
  const k = accelerator(props.locale);
  const f = fieldStates("outlook-legacy-options", props, { checkEvery: "on", minutes: "1" });
  return (
    <LegacyFrame locale={props.locale} account="" title={w.title} tabs={[...w.tabs]} tab={0}>
      <GroupBox skin="xp" legend={w.general} className="!mt-1">
        <div className="space-y-2">
          <XpStaticBox label={w.inbox} on />
          <XpStaticBox label={w.sound} on />
          <XpStaticBox label={w.atStart} on />
          <div className="flex items-center gap-2">
            <CheckBox f={f("checkEvery")} skin="xp" label={k(f("checkEvery").label, "K")} />
            <TextBox f={f("minutes")} skin="xp" width="w-[40px]" />
            {w.minutes}
          </div>
        </div>
      </GroupBox>
    </LegacyFrame>
  );
}
