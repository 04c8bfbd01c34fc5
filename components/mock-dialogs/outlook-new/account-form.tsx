// New Outlook for Windows: Add account › IMAP/POP — the form with both servers (shown when syncing
// a non-Microsoft account; the settings of an existing one are changed by removing and adding it again).
import { fillTemplate } from "@/lib/fix/template";
import { defineMessages } from "@/lib/i18n/define-messages";
import { fieldStates, type DialogProps, type FieldState } from "@/lib/dialogs/field-state";
import { PushButton } from "../primitives/button";
import { SelectBox, TextBox } from "../primitives/field";
import { WindowFrame } from "../primitives/window-frame";

const wording = defineMessages({
  ko: {
    port: "포트",
    security: "보안 연결 유형",
    title: "계정 추가",
    heading: "{incoming.protocolName} 계정 동기화",
    incoming: "받는 메일",
    outgoing: "보내는 메일",
    back: "뒤로",
  },
  en: {
    port: "Port",
    security: "Secure connection type",
    title: "Add account",
    heading: "Sync your {incoming.protocolName} account",
    incoming: "Incoming mail",
    outgoing: "Outgoing mail",
    back: "Back",
  },
});

function Labeled({
  f,
  select,
  width = "w-full",
  label,
}: {
  f: FieldState;
  select?: boolean;
  width?: string;
  label?: string;
}) {
  return (
    <div className="mt-2 flex flex-col gap-1">
      <span className="text-[11px] font-semibold">{label ?? f.label}</span>
      {select ? <SelectBox f={f} skin="win11" width={width} /> : <TextBox f={f} skin="win11" width={width} />}
    </div>
  );
}

export function OutlookNewAccountForm(props: DialogProps) {
  const w = wording[props.locale];
  const f = fieldStates("outlook-new-account-form", props, {
    email: "{email}",
    incomingUser: "{userName}",
    incomingPassword: "secret",
    incomingServer: "{incoming.host}",
    incomingPort: "{incoming.port}",
    incomingSecurity: "{incoming.security}",
    outgoingUser: "{userName}",
    outgoingPassword: "secret",
    outgoingServer: "{outgoing.host}",
    outgoingPort: "{outgoing.port}",
    outgoingSecurity: "{outgoing.security}",
  });
  const column = (side: "incoming" | "outgoing") => (
    <div className="flex-1">
      <div className="border-b border-[#e0e0e0] pb-1 text-[13px] font-semibold">{w[side]}</div>
      <Labeled f={f(`${side}User`)} />
      <Labeled f={f(`${side}Password`)} />
      <Labeled f={f(`${side}Server`)} />
      <div className="flex gap-2">
        <Labeled f={f(`${side}Port`)} width="w-[64px]" label={w.port} />
        <div className="min-w-0 flex-1">
          <Labeled f={f(`${side}Security`)} select label={w.security} />
        </div>
      </div>
    </div>
  );
  return (
    <WindowFrame
      skin="win11"
      title={w.title}
      footer={
        <>
          <PushButton skin="win11">{w.back}</PushButton>
          <PushButton skin="win11" primary f={f("continue")} />
        </>
      }
    >
      <div className="border-t border-[#e0e0e0] bg-white px-4 pt-3 pb-4">
        <div className="text-[16px] font-semibold">{fillTemplate(w.heading, props.values, props.locale)}</div>
        <Labeled f={f("email")} width="w-[260px]" />
        <div className="mt-3 flex gap-4">
          {column("incoming")}
          {column("outgoing")}
        </div>
      </div>
    </WindowFrame>
  );
}
