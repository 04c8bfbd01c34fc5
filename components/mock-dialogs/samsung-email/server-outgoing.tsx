// Samsung Email: Settings › (account) › Server settings, scrolled down — the outgoing (SMTP) server.
import { fieldStates, type DialogProps } from "@/lib/dialogs/field-state";
import { PhoneFrame } from "../primitives/phone-frame";
import { OneCard, OneField } from "../primitives/phone-controls";
import { samsungWording } from "./server-incoming";

export function SamsungEmailOutgoing(props: DialogProps) {
  const w = samsungWording[props.locale];
  const f = fieldStates("samsung-email-outgoing", props, {
    server: "{outgoing.host}",
    securityType: "{outgoing.security}",
    port: "{outgoing.port}",
    requireAuth: "on",
    userName: "{userName}",
    password: "secret",
  });
  return (
    <PhoneFrame skin="oneui" title={w.title}>
      <OneCard header={w.outgoing}>
        <OneField f={f("server")} />
        <OneField f={f("securityType")} select />
        <OneField f={f("port")} />
        <OneField f={f("requireAuth")} />
        <OneField f={f("userName")} />
        <OneField f={f("password")} />
      </OneCard>
      <div className="flex justify-center">
        <span className="rounded-full bg-[#2468d4] px-10 py-2 text-[14px] font-semibold text-white">
          {w.done}
        </span>
      </div>
    </PhoneFrame>
  );
}
