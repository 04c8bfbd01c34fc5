// Gmail app (Android): (account) › Incoming settings — user name, password, server, port, security type.
import { defineMessages } from "@/lib/i18n/define-messages";
import { fieldStates, type DialogProps } from "@/lib/dialogs/field-state";
import { PhoneFrame } from "../primitives/phone-frame";
import { MaterialField } from "../primitives/phone-controls";

const wording = defineMessages({
  ko: { title: "수신 서버 설정", done: "완료" },
  en: { title: "Incoming server settings", done: "Done" },
});

export function AndroidGmailIncoming(props: DialogProps) {
  const w = wording[props.locale];
  const f = fieldStates("android-gmail-incoming", props, {
    userName: "{userName}",
    password: "secret",
    server: "{incoming.host}",
    port: "{incoming.port}",
    securityType: "{incoming.security}",
  });
  return (
    <PhoneFrame skin="android" title={w.title}>
      <div className="space-y-4 pt-2">
        <MaterialField f={f("userName")} />
        <MaterialField f={f("password")} />
        <MaterialField f={f("server")} />
        <MaterialField f={f("port")} />
        <MaterialField f={f("securityType")} select />
        <div className="flex justify-end px-4">
          <span className="rounded-full bg-[#0b57d0] px-6 py-2 text-[14px] text-white">{w.done}</span>
        </div>
      </div>
    </PhoneFrame>
  );
}
