// Thunderbird: Account Settings › Outgoing Server (SMTP) › Edit — the SMTP server dialog.
import { defineMessages } from "@/lib/i18n/define-messages";
import { fieldStates, type DialogProps } from "@/lib/dialogs/field-state";
import { accelerator } from "../primitives/accel";
import { PushButton } from "../primitives/button";
import { FieldRow, SelectBox, TextBox } from "../primitives/field";
import { GroupBox } from "../primitives/group-box";
import { WindowFrame } from "../primitives/window-frame";

const wording = defineMessages({
  ko: {
    title: "SMTP 서버",
    settings: "설정",
    description: "설명(D):",
    default: "기본값:",
    security: "보안 및 인증",
    ok: "확인",
    cancel: "취소",
  },
  en: {
    title: "SMTP Server",
    settings: "Settings",
    description: "Description:",
    default: "Default:",
    security: "Security and Authentication",
    ok: "OK",
    cancel: "Cancel",
  },
});

export function ThunderbirdSmtpServer(props: DialogProps) {
  const w = wording[props.locale];
  const k = accelerator(props.locale);
  const f = fieldStates("thunderbird-smtp-server", props, {
    serverName: "{outgoing.host}",
    port: "{outgoing.port}",
    connectionSecurity: "{outgoing.security}",
    authMethod: "normal-password",
    userName: "{userName}",
  });
  const lw = "w-[120px]";
  const defaultPort = props.values.outgoing.security === "ssl" ? 465 : 587;
  return (
    <WindowFrame
      skin="tb"
      title={w.title}
      footer={
        <>
          <PushButton skin="tb" primary>
            {w.ok}
          </PushButton>
          <PushButton skin="tb">{w.cancel}</PushButton>
        </>
      }
    >
      <div className="bg-white px-4 pt-2 pb-4">
        <GroupBox skin="tb" legend={w.settings}>
          <div className="space-y-1.5">
            <FieldRow label={w.description} labelWidth={lw}>
              <span className="h-7 w-[250px] rounded-[4px] border border-[#8f8f9d] bg-white" />
            </FieldRow>
            <FieldRow label={`${k(f("serverName").label, "S")}:`} labelWidth={lw}>
              <TextBox f={f("serverName")} skin="tb" width="w-[250px]" />
            </FieldRow>
            <FieldRow label={`${k(f("port").label, "P")}:`} labelWidth={lw}>
              <TextBox f={f("port")} skin="tb" width="w-[64px]" />
              <span className="text-[#5b5b66]">{`${w.default} ${defaultPort}`}</span>
            </FieldRow>
          </div>
        </GroupBox>
        <GroupBox skin="tb" legend={w.security} className="!mt-5">
          <div className="space-y-1.5">
            <FieldRow label={`${k(f("connectionSecurity").label, "N")}:`} labelWidth={lw}>
              <SelectBox f={f("connectionSecurity")} skin="tb" width="w-[180px]" />
            </FieldRow>
            <FieldRow label={`${k(f("authMethod").label, "I")}:`} labelWidth={lw}>
              <SelectBox f={f("authMethod")} skin="tb" width="w-[180px]" />
            </FieldRow>
            <FieldRow label={`${k(f("userName").label, "M")}:`} labelWidth={lw}>
              <TextBox f={f("userName")} skin="tb" width="w-[250px]" />
            </FieldRow>
          </div>
        </GroupBox>
      </div>
    </WindowFrame>
  );
}
