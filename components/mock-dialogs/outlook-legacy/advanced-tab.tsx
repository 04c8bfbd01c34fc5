// Outlook Express: account Properties › Advanced tab — port numbers and "requires a secure connection (SSL)".
import { defineMessages } from "@/lib/i18n/define-messages";
import { fieldStates, type DialogProps } from "@/lib/dialogs/field-state";
import { accelerator } from "../primitives/accel";
import { PushButton } from "../primitives/button";
import { CheckBox } from "../primitives/checkbox";
import { TextBox } from "../primitives/field";
import { GroupBox } from "../primitives/group-box";
import { LegacyFrame, XpStaticBox } from "./properties-frame";

const wording = defineMessages({
  ko: {
    ports: "서버 포트 번호",
    defaults: "기본값 사용(U)",
    ssl: "이 서버는 보안 연결(SSL)이 필요",
    timeouts: "서버 시간 제한(T)",
    short: "짧게",
    long: "길게",
    minute: "1분",
    sending: "보내기",
    breakApart: "다음 크기보다 큰 메시지 나누기(B)",
    delivery: "배달",
    leaveCopy: "서버에 메시지 사본 저장(L)",
  },
  en: {
    ports: "Server Port Numbers",
    defaults: "Use Defaults",
    ssl: "This server requires a secure connection (SSL)",
    timeouts: "Server Timeouts",
    short: "Short",
    long: "Long",
    minute: "1 minute",
    sending: "Sending",
    breakApart: "Break apart messages larger than",
    delivery: "Delivery",
    leaveCopy: "Leave a copy of messages on server",
  },
});

export function OutlookLegacyAdvancedTab(props: DialogProps) {
  const w = wording[props.locale];
  const k = accelerator(props.locale);
  const f = fieldStates("outlook-legacy-advanced-tab", props, {
    outgoingPort: "{outgoing.port}",
    outgoingSsl: "{outgoing.tls}",
    incomingPort: "{incoming.port}",
    incomingSsl: "{incoming.tls}",
  });
  const lw = "w-[150px]";
  return (
    <LegacyFrame locale={props.locale} account={props.values.incoming.host} tab={4}>
      <GroupBox skin="xp" legend={w.ports} className="!mt-1">
        <div className="flex items-center gap-2">
          <span className={lw}>{k(f("outgoingPort").label, "O")}:</span>
          <TextBox f={f("outgoingPort")} skin="xp" width="w-[52px]" />
          <PushButton skin="xp">{w.defaults}</PushButton>
        </div>
        <div className="mt-1.5 pl-3">
          <CheckBox f={f("outgoingSsl")} skin="xp" label={k(w.ssl, "Q")} />
        </div>
        <div className="mt-2.5 flex items-center gap-2">
          <span className={lw}>{k(f("incomingPort").label, "I")}:</span>
          <TextBox f={f("incomingPort")} skin="xp" width="w-[52px]" />
        </div>
        <div className="mt-1.5 pl-3">
          <CheckBox f={f("incomingSsl")} skin="xp" label={k(w.ssl, "C")} />
        </div>
      </GroupBox>
      <GroupBox skin="xp" legend={w.timeouts}>
        <div className="flex items-center gap-2">
          {w.short}
          <span className="relative h-1 w-36 border border-[#9d9d9d] bg-white">
            <span className="absolute -top-2 left-5 h-4 w-2.5 rounded-[2px] border border-[#6f8fb9] bg-[#e3ebf8]" />
          </span>
          {w.long} {w.minute}
        </div>
      </GroupBox>
      <GroupBox skin="xp" legend={w.sending}>
        <div className="flex items-center gap-2">
          <XpStaticBox label={w.breakApart} on={false} />
          <span className="border border-[#7f9db9] bg-white px-1 text-[#5f5f5f]">60</span> KB
        </div>
      </GroupBox>
      <GroupBox skin="xp" legend={w.delivery}>
        <XpStaticBox label={w.leaveCopy} on={false} />
      </GroupBox>
    </LegacyFrame>
  );
}
