// Mail on macOS: Settings › Accounts › Server Settings — incoming (IMAP/POP) and outgoing (SMTP) servers.
import { defineMessages } from "@/lib/i18n/define-messages";
import { fill, textsFor } from "@/lib/i18n/fill";
import { UpDown } from "../primitives/glyphs";
import { fieldStates, type DialogProps } from "@/lib/dialogs/field-state";
import { CheckBox } from "../primitives/checkbox";
import { FieldRow, SelectBox, TextBox } from "../primitives/field";
import { MacSettingsFrame } from "./settings-frame";

const wording = defineMessages({
  ko: {
    incoming: "수신 메일 서버 ({protocol})",
    outgoing: "발신 메일 서버 (SMTP)",
    account: "계정:",
    user: "사용자 이름:",
    password: "암호:",
    host: "호스트 이름:",
    auto: "연결 설정 자동 관리",
    port: "포트:",
    tls: "TLS/SSL 사용",
    auth: "인증:",
  },
  en: {
    incoming: "Incoming Mail Server ({protocol})",
    outgoing: "Outgoing Mail Server (SMTP)",
    account: "Account:",
    user: "User Name:",
    password: "Password:",
    host: "Host Name:",
    auto: "Automatically manage connection settings",
    port: "Port:",
    tls: "Use TLS/SSL",
    auth: "Authentication:",
  },
});

export function AppleMailServerSettings(props: DialogProps) {
  const w = textsFor(wording, props.locale);
  const protocol = props.values.incoming.protocol.toUpperCase();
  const f = fieldStates("apple-mail-server-settings", props, {
    incomingUser: "{userName}",
    incomingPassword: "secret",
    incomingHost: "{incoming.host}",
    incomingAuto: "off",
    incomingPort: "{incoming.port}",
    incomingTls: "{incoming.tls}",
    incomingAuth: "password",
    outgoingUser: "{userName}",
    outgoingPassword: "secret",
    outgoingHost: "{outgoing.host}",
    outgoingAuto: "off",
    outgoingPort: "{outgoing.port}",
    outgoingTls: "{outgoing.tls}",
    outgoingAuth: "password",
  });
  const lw = "w-[86px] text-right";
  const side = (s: "incoming" | "outgoing") => (
    <div className="space-y-1.5">
      <FieldRow label={w.user} labelWidth={lw}>
        <TextBox f={f(`${s}User`)} skin="mac" width="w-[190px]" />
      </FieldRow>
      <FieldRow label={w.password} labelWidth={lw}>
        <TextBox f={f(`${s}Password`)} skin="mac" width="w-[190px]" />
      </FieldRow>
      <FieldRow label={w.host} labelWidth={lw}>
        <TextBox f={f(`${s}Host`)} skin="mac" width="w-[190px]" />
      </FieldRow>
      <div className="pl-[94px]">
        <CheckBox f={f(`${s}Auto`)} skin="mac" label={w.auto} />
      </div>
      <FieldRow label={w.port} labelWidth={lw}>
        <TextBox f={f(`${s}Port`)} skin="mac" width="w-[52px]" />
        <CheckBox f={f(`${s}Tls`)} skin="mac" label={w.tls} />
      </FieldRow>
      <FieldRow label={w.auth} labelWidth={lw}>
        <SelectBox f={f(`${s}Auth`)} skin="mac" width="w-[150px]" />
      </FieldRow>
    </div>
  );
  return (
    <MacSettingsFrame
      locale={props.locale}
      pane={1}
      segment={2}
      account={{ name: props.values.domain, protocol }}
    >
      <div className="font-semibold">{fill(w.incoming, { protocol })}</div>
      <div className="mt-1.5">{side("incoming")}</div>
      <div className="mt-3 border-t border-[#d0d0d0] pt-2 font-semibold">{w.outgoing}</div>
      <FieldRow label={w.account} labelWidth={lw} className="mt-1.5">
        <span className="flex h-[22px] w-[190px] items-center justify-between rounded-[5px] border border-[#c4c4c4] bg-white pl-2 shadow-sm">
          <span className="truncate">{props.values.outgoing.host}</span>
          <span className="mr-0.5 flex rounded-[4px] bg-[#0a7aff] px-[3px] text-white">
            <UpDown />
          </span>
        </span>
      </FieldRow>
      <div className="mt-1.5">{side("outgoing")}</div>
    </MacSettingsFrame>
  );
}
