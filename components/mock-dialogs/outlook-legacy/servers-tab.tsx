// Outlook Express: account Properties › Servers tab ([도구]-[계정]-[등록 정보]-[서버]).
import { defineMessages } from "@/lib/i18n/define-messages";
import { fieldStates, type DialogProps } from "@/lib/dialogs/field-state";
import { accelerator } from "../primitives/accel";
import { PushButton } from "../primitives/button";
import { CheckBox } from "../primitives/checkbox";
import { FieldRow, TextBox } from "../primitives/field";
import { GroupBox } from "../primitives/group-box";
import { LegacyFrame } from "./properties-frame";

const wording = defineMessages({
  ko: {
    info: "서버 정보",
    kind: "받는 메일 서버 종류(M):",
    incoming: "받는 메일 서버",
    outgoing: "보내는 메일 서버",
  },
  en: {
    info: "Server Information",
    kind: "My incoming mail server is a",
    incoming: "Incoming Mail Server",
    outgoing: "Outgoing Mail Server",
  },
});

export function OutlookLegacyServersTab(props: DialogProps) {
  const w = wording[props.locale];
  const k = accelerator(props.locale);
  const f = fieldStates("outlook-legacy-servers-tab", props, {
    incomingServer: "{incoming.host}",
    outgoingServer: "{outgoing.host}",
    accountName: "{userName}",
    password: "secret",
    rememberPassword: "on",
    spa: "off",
    smtpAuth: "off",
  });
  const lw = "w-[150px]";
  return (
    <LegacyFrame locale={props.locale} account={props.values.incoming.host} tab={1}>
      <GroupBox skin="xp" legend={w.info} className="!mt-1">
        <div className="space-y-1.5">
          <div className="flex gap-2">
            <span className={lw}>{w.kind}</span>
            <span>{props.values.incoming.protocol.toUpperCase()}</span>
          </div>
          <FieldRow label={`${k(f("incomingServer").label, "I")}:`} labelWidth={lw}>
            <TextBox f={f("incomingServer")} skin="xp" width="w-[200px]" />
          </FieldRow>
          <FieldRow label={`${k(f("outgoingServer").label, "U")}:`} labelWidth={lw}>
            <TextBox f={f("outgoingServer")} skin="xp" width="w-[200px]" />
          </FieldRow>
        </div>
      </GroupBox>
      <GroupBox skin="xp" legend={w.incoming}>
        <div className="space-y-1.5">
          <FieldRow label={`${k(f("accountName").label, "C")}:`} labelWidth={lw}>
            <TextBox f={f("accountName")} skin="xp" width="w-[200px]" />
          </FieldRow>
          <FieldRow label={`${k(f("password").label, "P")}:`} labelWidth={lw}>
            <TextBox f={f("password")} skin="xp" width="w-[200px]" />
          </FieldRow>
          <div className="pl-[158px]">
            <CheckBox f={f("rememberPassword")} skin="xp" label={k(f("rememberPassword").label, "W")} />
          </div>
          <div>
            <CheckBox f={f("spa")} skin="xp" label={k(f("spa").label, "S")} />
          </div>
        </div>
      </GroupBox>
      <GroupBox skin="xp" legend={w.outgoing}>
        <div className="flex items-center justify-between">
          <CheckBox f={f("smtpAuth")} skin="xp" label={k(f("smtpAuth").label, "V")} />
          <PushButton skin="xp" f={f("smtpSettings")}>{`${k(f("smtpSettings").label, "E")}...`}</PushButton>
        </div>
      </GroupBox>
    </LegacyFrame>
  );
}
