// Mail on macOS: Settings › General — "Check for new messages".
import { defineMessages } from "@/lib/i18n/define-messages";
import { UpDown } from "../primitives/glyphs";
import { fieldStates, type DialogProps } from "@/lib/dialogs/field-state";
import { FieldRow, SelectBox } from "../primitives/field";
import { MacSettingsFrame } from "./settings-frame";

const wording = defineMessages({
  ko: {
    app: "기본 이메일 앱:",
    mail: "메일",
    sound: "새로운 메시지 사운드:",
    soundName: "새로운 메일 사운드",
    dock: "Dock 읽지 않은 메시지 수:",
    inbox: "받은 편지함만",
  },
  en: {
    app: "Default email reader:",
    mail: "Mail",
    sound: "New messages sound:",
    soundName: "New Mail Sound",
    dock: "Dock unread count:",
    inbox: "Inbox Only",
  },
});

export function AppleMailGeneral(props: DialogProps) {
  const w = wording[props.locale];
  const f = fieldStates("apple-mail-general", props, { checkNewMessages: "auto" });
  const lw = "w-[170px] text-right";
  const popup = (text: string) => (
    <span className="flex h-[22px] w-[170px] items-center justify-between rounded-[5px] border border-[#c4c4c4] bg-white pl-2 shadow-sm">
      {text}
      <span className="mr-0.5 flex rounded-[4px] bg-[#0a7aff] px-[3px] text-white">
        <UpDown />
      </span>
    </span>
  );
  return (
    <MacSettingsFrame locale={props.locale} pane={0}>
      <div className="space-y-2.5">
        <FieldRow label={w.app} labelWidth={lw}>
          {popup(w.mail)}
        </FieldRow>
        <FieldRow label={`${f("checkNewMessages").label}:`} labelWidth={lw}>
          <SelectBox f={f("checkNewMessages")} skin="mac" width="w-[170px]" />
        </FieldRow>
        <FieldRow label={w.sound} labelWidth={lw}>
          {popup(w.soundName)}
        </FieldRow>
        <FieldRow label={w.dock} labelWidth={lw}>
          {popup(w.inbox)}
        </FieldRow>
      </div>
    </MacSettingsFrame>
  );
}
