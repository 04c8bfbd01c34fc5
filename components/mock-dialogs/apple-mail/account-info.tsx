// Mail on macOS: Settings › Accounts › Account Information — description, sender address, full name.
import { defineMessages } from "@/lib/i18n/define-messages";
import { fieldStates, type DialogProps } from "@/lib/dialogs/field-state";
import { FieldRow, SelectBox, TextBox } from "../primitives/field";
import { MacSettingsFrame } from "./settings-frame";

const wording = defineMessages({
  ko: { enable: "이 계정 활성화", status: "상태:", online: "● 온라인" },
  en: { enable: "Enable this account", status: "Status:", online: "● Online" },
});

export function AppleMailAccountInfo(props: DialogProps) {
  const w = wording[props.locale];
  const f = fieldStates("apple-mail-account-info", props, {
    description: "{domain}",
    emailAddress: "{email}",
    fullName: "{name}",
  });
  const lw = "w-[86px] text-right";
  return (
    <MacSettingsFrame
      locale={props.locale}
      pane={1}
      segment={0}
      account={{ name: props.values.domain, protocol: props.values.incoming.protocol.toUpperCase() }}
    >
      <div className="space-y-2">
        <div className="flex items-center gap-1.5 pl-[94px]">
          <span className="grid size-[14px] place-items-center rounded-[3px] bg-[#0a7aff] text-[10px] text-white">
            ✓
          </span>
          {w.enable}
        </div>
        <FieldRow label={w.status} labelWidth={lw}>
          <span className="text-[#13772b]">{w.online}</span>
        </FieldRow>
        <FieldRow label={`${f("description").label}:`} labelWidth={lw}>
          <TextBox f={f("description")} skin="mac" width="w-[190px]" />
        </FieldRow>
        <FieldRow label={`${f("emailAddress").label}:`} labelWidth={lw}>
          <SelectBox f={f("emailAddress")} skin="mac" width="w-[190px]" />
        </FieldRow>
        <FieldRow label={`${f("fullName").label}:`} labelWidth={lw}>
          <TextBox f={f("fullName")} skin="mac" width="w-[190px]" />
        </FieldRow>
      </div>
    </MacSettingsFrame>
  );
}
