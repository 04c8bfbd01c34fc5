// Thunderbird: Account Settings › (account) — name, e-mail address and the outgoing server it uses.
import { defineMessages } from "@/lib/i18n/define-messages";
import { fieldStates, type DialogProps } from "@/lib/dialogs/field-state";
import { FieldRow, SelectBox, TextBox } from "../primitives/field";
import { ThunderbirdAccountFrame } from "./account-frame";

const wording = defineMessages({
  ko: {
    heading: "계정 설정",
    identity: "기본 ID",
    identityHint: "각 계정에는 다른 사람이 메시지를 읽을 때 보게 되는 정보인 ID가 있습니다.",
    replyTo: "회신 주소:",
    organization: "조직:",
  },
  en: {
    heading: "Account Settings",
    identity: "Default Identity",
    identityHint:
      "Each account has an identity, which is the information that other people see when they read your messages.",
    replyTo: "Reply-to Address:",
    organization: "Organization:",
  },
});

export function ThunderbirdAccountSettings(props: DialogProps) {
  const w = wording[props.locale];
  const f = fieldStates("thunderbird-account-settings", props, {
    accountName: "{email}",
    yourName: "{name}",
    email: "{email}",
    smtpServer: "{outgoing.host} - {outgoing.host}",
  });
  const lw = "w-[100px]";
  const empty = <span className="h-7 w-[180px] rounded-[4px] border border-[#8f8f9d] bg-white" />;
  return (
    <ThunderbirdAccountFrame locale={props.locale} email={props.values.email} page={-1}>
      <div className="text-[15px] font-semibold">{`${w.heading} - <${props.values.email}>`}</div>
      <FieldRow label={`${f("accountName").label}:`} labelWidth={lw} className="mt-3">
        <TextBox f={f("accountName")} skin="tb" width="w-[180px]" />
      </FieldRow>
      <div className="mt-4 font-semibold">{w.identity}</div>
      <p className="mt-1 text-[11px] text-[#5b5b66]">{w.identityHint}</p>
      <div className="mt-2 space-y-1.5">
        <FieldRow label={`${f("yourName").label}:`} labelWidth={lw}>
          <TextBox f={f("yourName")} skin="tb" width="w-[180px]" />
        </FieldRow>
        <FieldRow label={`${f("email").label}:`} labelWidth={lw}>
          <TextBox f={f("email")} skin="tb" width="w-[180px]" />
        </FieldRow>
        <FieldRow label={w.replyTo} labelWidth={lw}>
          {empty}
        </FieldRow>
        <FieldRow label={w.organization} labelWidth={lw}>
          {empty}
        </FieldRow>
      </div>
      <div className="mt-4 flex flex-col gap-1">
        <span>{f("smtpServer").label}:</span>
        <SelectBox f={f("smtpServer")} skin="tb" width="w-[260px]" />
      </div>
    </ThunderbirdAccountFrame>
  );
}
