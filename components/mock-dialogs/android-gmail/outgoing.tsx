// Gmail app (Android): (account) › Outgoing settings — SMTP server, port, security, "Require signin".
import { defineMessages } from "@/lib/i18n/define-messages";
import { fieldStates, type DialogProps } from "@/lib/dialogs/field-state";
import { PhoneFrame } from "../primitives/phone-frame";
import { MaterialCheckbox, MaterialField } from "../primitives/phone-controls";

const wording = defineMessages({
  ko: { title: "발신 서버 설정", done: "완료" },
  en: { title: "Outgoing server settings", done: "Done" },
});

export function AndroidGmailOutgoing(props: DialogProps) {
  const w = wording[props.locale];
  const f = fieldStates("android-gmail-outgoing", props, {
    server: "{outgoing.host}",
    port: "{outgoing.port}",
    securityType: "{outgoing.security}",
    requireSignin: "on",
    userName: "{userName}",
    password: "secret",
  });
  return (
    <PhoneFrame skin="android" title={w.title}>
      <div className="space-y-4 pt-2">
        <MaterialField f={f("server")} />
        <MaterialField f={f("port")} />
        <MaterialField f={f("securityType")} select />
        <MaterialCheckbox f={f("requireSignin")} />
        <MaterialField f={f("userName")} />
        <MaterialField f={f("password")} />
        <div className="flex justify-end px-4">
          <span className="rounded-full bg-[#0b57d0] px-6 py-2 text-[14px] text-white">{w.done}</span>
        </div>
      </div>
    </PhoneFrame>
  );
}
