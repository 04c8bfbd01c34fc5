// Outlook (classic): More Settings › Advanced tab — port numbers and the type of encrypted connection.
import { defineMessages } from "@/lib/i18n/define-messages";
import { fieldStates, type DialogProps } from "@/lib/dialogs/field-state";
import { accelerator } from "../primitives/accel";
import { PushButton } from "../primitives/button";
import { CheckBox } from "../primitives/checkbox";
import { SelectBox, TextBox } from "../primitives/field";
import { GroupBox } from "../primitives/group-box";

import { InternetSettingsFrame } from "./internet-settings";

const wording = defineMessages({
  ko: {
    ports: "서버 포트 번호",
    defaults: "기본값 사용(D)",
    sslBox: "이 서버는 암호화된 연결(SSL/TLS)이 필요(E)",
    timeouts: "서버 시간 제한(T)",
    short: "짧게",
    long: "길게",
    minute: "1분",
    delivery: "배달",
    leaveCopy: "서버에 메시지 사본 저장(L)",
    remove: "서버에서 제거(R)",
    days: "일 후",
    folders: "폴더",
    root: "루트 폴더 경로(F):",
  },
  en: {
    ports: "Server Port Numbers",
    defaults: "Use Defaults",
    sslBox: "This server requires an encrypted connection (SSL/TLS)",
    timeouts: "Server Timeouts",
    short: "Short",
    long: "Long",
    minute: "1 minute",
    delivery: "Delivery",
    leaveCopy: "Leave a copy of messages on the server",
    remove: "Remove from server after",
    days: "days",
    folders: "Folders",
    root: "Root folder path:",
  },
});

function StaticBox({ label, on }: { label: string; on: boolean }) {
  return (
    <span className="flex items-center gap-1.5">
      <span className="grid size-[13px] place-items-center border border-[#333] bg-white text-[10px] leading-none">
        {on ? "✓" : ""}
      </span>
      {label}
    </span>
  );
}

export function OutlookAdvancedTab(props: DialogProps) {
  const w = wording[props.locale];
  const k = accelerator(props.locale);
  const pop = props.values.incoming.protocol === "pop3";
  const f = fieldStates("outlook-advanced-tab", props, {
    incomingPort: "{incoming.port}",
    incomingEncryption: "{incoming.security}",
    outgoingPort: "{outgoing.port}",
    outgoingEncryption: "{outgoing.security}",
  });
  const inEnc = f("incomingEncryption");
  return (
    <InternetSettingsFrame locale={props.locale} tab={2}>
      <GroupBox skin="win10" legend={w.ports} className="!mt-1">
        <div className="flex items-center gap-2">
          <span className="w-[150px]">{k(f("incomingPort").label, "I")}:</span>
          <TextBox f={f("incomingPort")} skin="win10" width="w-[52px]" />
          <PushButton skin="win10">{w.defaults}</PushButton>
        </div>
        <div className="mt-1.5 pl-4">
          {pop ? (
            <CheckBox
              f={{ ...inEnc, on: inEnc.value === "ssl" || inEnc.value === "starttls" }}
              skin="win10"
              label={w.sslBox}
            />
          ) : (
            <span className="flex items-center gap-2">
              {k(f("outgoingEncryption").label, "E")}:
              <SelectBox f={inEnc} skin="win10" width="w-[84px]" />
            </span>
          )}
        </div>
        <div className="mt-2.5 flex items-center gap-2">
          <span className="w-[150px]">{k(f("outgoingPort").label, "O")}:</span>
          <TextBox f={f("outgoingPort")} skin="win10" width="w-[52px]" />
        </div>
        <div className="mt-1.5 flex items-center gap-2 pl-4">
          {k(f("outgoingEncryption").label, "C")}:
          <SelectBox f={f("outgoingEncryption")} skin="win10" width="w-[84px]" />
        </div>
      </GroupBox>
      <GroupBox skin="win10" legend={w.timeouts}>
        <div className="flex items-center gap-2">
          {w.short}
          <span className="relative h-1 w-40 bg-[#e7e7e7]">
            <span className="absolute -top-2 left-6 h-5 w-2.5 bg-[#007ad9]" />
          </span>
          {w.long} {w.minute}
        </div>
      </GroupBox>
      {pop ? (
        <GroupBox skin="win10" legend={w.delivery}>
          <StaticBox label={w.leaveCopy} on />
          <div className="mt-1.5 flex items-center gap-2 pl-5">
            <StaticBox label={w.remove} on />
            <span className="border border-[#7a7a7a] bg-white px-1">14</span>
            {w.days}
          </div>
        </GroupBox>
      ) : (
        <GroupBox skin="win10" legend={w.folders}>
          <span className="flex items-center gap-2">
            {w.root}
            <span className="h-[22px] w-40 border border-[#7a7a7a] bg-white" />
          </span>
        </GroupBox>
      )}
    </InternetSettingsFrame>
  );
}
