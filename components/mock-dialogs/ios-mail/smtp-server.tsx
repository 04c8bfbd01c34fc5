// iPhone Mail: Account › SMTP › Primary Server — the outgoing server's host, login, SSL and port.
import { defineMessages } from "@/lib/i18n/define-messages";
import { fieldStates, type DialogProps } from "@/lib/dialogs/field-state";
import { PhoneFrame } from "../primitives/phone-frame";
import { IosGroup, IosRow } from "../primitives/phone-controls";

const wording = defineMessages({
  ko: { back: "SMTP", outgoing: "보내는 메일 서버", done: "완료" },
  en: { back: "SMTP", outgoing: "Outgoing Mail Server", done: "Done" },
});

export function IosMailSmtpServer(props: DialogProps) {
  const w = wording[props.locale];
  const f = fieldStates("ios-mail-smtp-server", props, {
    server: "on",
    host: "{outgoing.host}",
    userName: "{userName}",
    password: "secret",
    useSsl: "{outgoing.tls}",
    authentication: "password",
    port: "{outgoing.port}",
  });
  return (
    <PhoneFrame skin="ios" title={props.values.outgoing.host} back={w.back} trailing={w.done}>
      <IosGroup>
        <IosRow f={f("server")} plain />
      </IosGroup>
      <IosGroup header={w.outgoing}>
        <IosRow f={f("host")} />
        <IosRow f={f("userName")} />
        <IosRow f={f("password")} />
      </IosGroup>
      <IosGroup>
        <IosRow f={f("useSsl")} plain />
        <IosRow f={f("authentication")} chevron plain />
        <IosRow f={f("port")} />
      </IosGroup>
    </PhoneFrame>
  );
}
