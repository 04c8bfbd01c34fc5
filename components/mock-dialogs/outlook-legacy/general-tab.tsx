// Outlook Express: account Properties › General tab — the account's name and the sender's address.
import { defineMessages } from "@/lib/i18n/define-messages";
import { fieldStates, type DialogProps } from "@/lib/dialogs/field-state";
import { accelerator } from "../primitives/accel";
import { FieldRow, TextBox } from "../primitives/field";
import { GroupBox } from "../primitives/group-box";
import { LegacyFrame, XpStaticBox } from "./properties-frame";

const wording = defineMessages({
  ko: {
    account: "메일 계정",
    accountHint: '이 서버를 참조할 이름을 입력하십시오. 예: "회사" 또는 "Microsoft 메일 서버"',
    user: "사용자 정보",
    organization: "회사(O):",
    replyTo: "회신 주소(Y):",
    include: "메일을 받거나 동기화할 때 이 계정 포함(I)",
  },
  en: {
    account: "Mail Account",
    accountHint:
      'Type the name by which you would like to refer to these servers. For example: "Work" or "Microsoft Mail Server".',
    user: "User Information",
    organization: "Organization:",
    replyTo: "Reply address:",
    include: "Include this account when receiving mail or synchronizing",
  },
});

export function OutlookLegacyGeneralTab(props: DialogProps) {
  const w = wording[props.locale];
  const k = accelerator(props.locale);
  const f = fieldStates("outlook-legacy-general-tab", props, {
    accountLabel: "{incoming.host}",
    name: "{name}",
    email: "{email}",
  });
  const empty = <span className="h-[21px] w-[220px] border border-[#7f9db9] bg-white" />;
  return (
    <LegacyFrame locale={props.locale} account={props.values.incoming.host} tab={0}>
      <GroupBox skin="xp" legend={w.account} className="!mt-1">
        <p className="text-[11px]">{w.accountHint}</p>
        <div className="mt-1.5">
          <TextBox f={f("accountLabel")} skin="xp" width="w-[300px]" />
        </div>
      </GroupBox>
      <GroupBox skin="xp" legend={w.user}>
        <div className="space-y-1.5">
          <FieldRow label={`${k(f("name").label, "N")}:`} labelWidth="w-[120px]">
            <TextBox f={f("name")} skin="xp" width="w-[220px]" />
          </FieldRow>
          <FieldRow label={w.organization} labelWidth="w-[120px]">
            {empty}
          </FieldRow>
          <FieldRow label={`${k(f("email").label, "M")}:`} labelWidth="w-[120px]">
            <TextBox f={f("email")} skin="xp" width="w-[220px]" />
          </FieldRow>
          <FieldRow label={w.replyTo} labelWidth="w-[120px]">
            {empty}
          </FieldRow>
        </div>
      </GroupBox>
      <div className="mt-3">
        <XpStaticBox label={w.include} on />
      </div>
    </LegacyFrame>
  );
}
