// Samsung Email: Settings › (account) › Server settings, top part — account and incoming server.
import { defineMessages } from "@/lib/i18n/define-messages";
import { fieldStates, type DialogProps } from "@/lib/dialogs/field-state";
import { PhoneFrame } from "../primitives/phone-frame";
import { OneCard, OneField } from "../primitives/phone-controls";

export const samsungWording = defineMessages({
  ko: { title: "서버 설정", account: "계정", incoming: "받는 서버", outgoing: "보내는 서버", done: "완료" },
  en: {
    title: "Server settings",
    account: "Account",
    incoming: "Incoming server",
    outgoing: "Outgoing server",
    done: "Done",
  },
});

export function SamsungEmailIncoming(props: DialogProps) {
  const w = samsungWording[props.locale];
  const f = fieldStates("samsung-email-incoming", props, {
    email: "{email}",
    userName: "{userName}",
    password: "secret",
    server: "{incoming.host}",
    securityType: "{incoming.security}",
    port: "{incoming.port}",
  });
  return (
    <PhoneFrame skin="oneui" title={w.title}>
      <OneCard header={w.account}>
        <OneField f={f("email")} />
        <OneField f={f("userName")} />
        <OneField f={f("password")} />
      </OneCard>
      <OneCard header={`${w.incoming} (${props.values.incoming.protocol.toUpperCase()})`}>
        <OneField f={f("server")} />
        <OneField f={f("securityType")} select />
        <OneField f={f("port")} />
      </OneCard>
    </PhoneFrame>
  );
}
