// Thunderbird: Account Settings › Server Settings — incoming server, port, security, authentication, interval.
import { defineMessages } from "@/lib/i18n/define-messages";
import { fieldStates, type DialogProps } from "@/lib/dialogs/field-state";
import { CheckBox } from "../primitives/checkbox";
import { FieldRow, SelectBox, TextBox } from "../primitives/field";
import { GroupBox } from "../primitives/group-box";
import { ThunderbirdAccountFrame } from "./account-frame";

const wording = defineMessages({
  ko: {
    heading: "서버 설정",
    type: "서버 유형:",
    types: { pop3: "POP 메일 서버", imap: "IMAP 메일 서버" },
    default: "기본값:",
    security: "보안 설정",
    server: "서버 설정",
    atStartup: "시작할 때 새 메시지 확인",
    minutes: "분",
  },
  en: {
    heading: "Server Settings",
    type: "Server Type:",
    types: { pop3: "POP Mail Server", imap: "IMAP Mail Server" },
    default: "Default:",
    security: "Security Settings",
    server: "Server Settings",
    atStartup: "Check for new messages at startup",
    minutes: "minutes",
  },
});

export function ThunderbirdServerSettings(props: DialogProps) {
  const w = wording[props.locale];
  const { incoming } = props.values;
  const f = fieldStates("thunderbird-server-settings", props, {
    serverName: "{incoming.host}",
    port: "{incoming.port}",
    userName: "{userName}",
    connectionSecurity: "{incoming.security}",
    authMethod: "normal-password",
    checkEvery: "on",
    minutes: "1",
  });
  const defaultPort =
    incoming.protocol === "pop3"
      ? incoming.security === "ssl"
        ? 995
        : 110
      : incoming.security === "ssl"
        ? 993
        : 143;
  return (
    <ThunderbirdAccountFrame locale={props.locale} email={props.values.email} page={0}>
      <div className="text-[15px] font-semibold">{w.heading}</div>
      <div className="mt-2 flex gap-2">
        <span className="text-[#5b5b66]">{w.type}</span>
        {w.types[incoming.protocol]}
      </div>
      <div className="mt-2 flex items-center gap-2">
        <span>{f("serverName").label}:</span>
        <TextBox f={f("serverName")} skin="tb" width="w-[130px]" />
        <span>{f("port").label}:</span>
        <TextBox f={f("port")} skin="tb" width="w-[48px]" />
      </div>
      <div className="mt-1 text-right text-[11px] text-[#5b5b66]">{`${w.default} ${defaultPort}`}</div>
      <FieldRow label={`${f("userName").label}:`} labelWidth="w-[72px]" className="mt-1">
        <TextBox f={f("userName")} skin="tb" width="w-[190px]" />
      </FieldRow>
      <GroupBox skin="tb" legend={w.security}>
        <div className="space-y-1.5">
          <FieldRow label={`${f("connectionSecurity").label}:`} labelWidth="w-[92px]">
            <SelectBox f={f("connectionSecurity")} skin="tb" width="w-[150px]" />
          </FieldRow>
          <FieldRow label={`${f("authMethod").label}:`} labelWidth="w-[92px]">
            <SelectBox f={f("authMethod")} skin="tb" width="w-[150px]" />
          </FieldRow>
        </div>
      </GroupBox>
      <GroupBox skin="tb" legend={w.server}>
        <div className="space-y-1.5">
          <span className="flex items-center gap-1.5">
            <span className="grid size-4 place-items-center rounded-[3px] bg-[#0061e0] text-[10px] text-white">
              ✓
            </span>
            {w.atStartup}
          </span>
          <div className="flex items-center gap-2">
            <CheckBox f={f("checkEvery")} skin="tb" />
            <TextBox f={f("minutes")} skin="tb" width="w-[40px]" />
            {w.minutes}
          </div>
        </div>
      </GroupBox>
    </ThunderbirdAccountFrame>
  );
}
