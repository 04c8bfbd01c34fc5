// Gmail app (Android), a non-Google account: Settings › (account) — sync frequency and the server settings.
import { defineMessages } from "@/lib/i18n/define-messages";
import { fieldStates, type DialogProps } from "@/lib/dialogs/field-state";
import { PhoneFrame } from "../primitives/phone-frame";
import { MaterialItem } from "../primitives/phone-controls";

const wording = defineMessages({
  ko: {
    name: "계정 이름",
    signature: "서명",
    section: "데이터 사용",
    incomingHint: "사용자 이름, 비밀번호 및 기타 수신 서버 설정",
    outgoingHint: "사용자 이름, 비밀번호 및 기타 발신 서버 설정",
    notSet: "설정 안함",
  },
  en: {
    name: "Account name",
    signature: "Signature",
    section: "Data usage",
    incomingHint: "Username, password, and other incoming server settings",
    outgoingHint: "Username, password, and other outgoing server settings",
    notSet: "Not set",
  },
});

export function AndroidGmailAccount(props: DialogProps) {
  const w = wording[props.locale];
  const f = fieldStates("android-gmail-account", props, { syncFrequency: "15" });
  return (
    <PhoneFrame skin="android" title={props.values.email}>
      <div className="divide-y divide-[#e3e3e3]">
        <MaterialItem title={w.name} subtitle={props.values.email} />
        <MaterialItem title={w.signature} subtitle={w.notSet} />
        <div className="px-4 pt-3 pb-1 text-[12px] font-semibold text-[#0b57d0]">{w.section}</div>
        <MaterialItem f={f("syncFrequency")} />
        <MaterialItem f={f("incomingSettings")} subtitle={w.incomingHint} />
        <MaterialItem f={f("outgoingSettings")} subtitle={w.outgoingHint} />
      </div>
    </PhoneFrame>
  );
}
