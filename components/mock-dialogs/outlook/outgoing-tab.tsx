// Outlook (classic): More Settings › Outgoing Server tab — SMTP authentication and its logon choice.
import { fieldStates, type DialogProps } from "@/lib/dialogs/field-state";
import { accelerator } from "../primitives/accel";
import { CheckBox, Radio } from "../primitives/checkbox";
import { cx } from "../primitives/cx";
import { FieldRow, TextBox } from "../primitives/field";
import { InternetSettingsFrame } from "./internet-settings";

const beforeSending = {
  ko: "보내기 전에 받는 메일 서버에 로그온(I)",
  en: "Log on to incoming mail server before sending mail",
} as const;
const remember = { ko: "암호 저장(R)", en: "Remember password" } as const;

export function OutlookOutgoingTab(props: DialogProps) {
  const k = accelerator(props.locale);
  const f = fieldStates("outlook-outgoing-tab", props, {
    smtpAuth: "off",
    sameAsIncoming: "on",
    logOnUsing: "off",
    userName: "",
    password: "",
    spa: "off",
  });
  const auth = f("smtpAuth");
  const logOn = f("logOnUsing");
  // Option buttons: choosing "Log on using" clears "Use same settings".
  const same = logOn.on ? { ...f("sameAsIncoming"), on: false } : f("sameAsIncoming");
  const dim = !auth.on && "text-[#6d6d6d]";
  return (
    <InternetSettingsFrame locale={props.locale} tab={1}>
      <CheckBox f={auth} skin="win10" label={k(auth.label, "O")} />
      <div className={cx("mt-2 space-y-2 pl-5", dim)}>
        <div>
          <Radio f={same} skin="win10" label={k(same.label, "U")} />
        </div>
        <div>
          <Radio f={logOn} skin="win10" label={k(logOn.label, "L")} />
        </div>
        <div className="space-y-1.5 pl-5">
          <FieldRow label={`${k(f("userName").label, "N")}:`} labelWidth="w-[96px]">
            <TextBox f={f("userName")} skin="win10" width="w-[200px]" />
          </FieldRow>
          <FieldRow label={`${k(f("password").label, "P")}:`} labelWidth="w-[96px]">
            <TextBox f={f("password")} skin="win10" width="w-[200px]" />
          </FieldRow>
          <div className="flex items-center gap-1.5 pl-[104px]">
            <span className="size-[13px] border border-[#8f8f8f] bg-white" />
            {remember[props.locale]}
          </div>
          <div>
            <CheckBox f={f("spa")} skin="win10" label={k(f("spa").label, "Q")} />
          </div>
        </div>
        <div className="flex items-center gap-1.5">
          <span className="size-[13px] rounded-full border border-[#8f8f8f] bg-white" />
          {beforeSending[props.locale]}
        </div>
      </div>
    </InternetSettingsFrame>
  );
}
