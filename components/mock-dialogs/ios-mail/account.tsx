// iPhone Mail: Settings › Apps › Mail › Mail Accounts › (account) › Account — the account sheet.
import { defineMessages } from "@/lib/i18n/define-messages";
import { fieldStates, type DialogProps } from "@/lib/dialogs/field-state";
import { PhoneFrame } from "../primitives/phone-frame";
import { IosGroup, IosRow } from "../primitives/phone-controls";

const wording = defineMessages({
  ko: {
    title: "계정",
    cancel: "취소",
    done: "완료",
    incoming: "받는 메일 서버",
    outgoing: "보내는 메일 서버",
    description: "설명",
  },
  en: {
    title: "Account",
    cancel: "Cancel",
    done: "Done",
    incoming: "Incoming Mail Server",
    outgoing: "Outgoing Mail Server",
    description: "Description",
  },
});

export function IosMailAccount(props: DialogProps) {
  const w = wording[props.locale];
  const f = fieldStates("ios-mail-account", props, {
    name: "{name}",
    email: "{email}",
    incomingHost: "{incoming.host}",
    incomingUser: "{userName}",
    incomingPassword: "secret",
  });
  const short = (id: "incomingHost" | "incomingUser" | "incomingPassword") => {
    const s = f(id);
    // The drawing shows the short labels iOS uses inside the section.
    return { ...s, label: s.label.replace(`${w.incoming} `, "") };
  };
  return (
    // Editing an account is a sheet: Cancel and Done, the Done the steps name.
    <PhoneFrame skin="ios" title={w.title} leading={w.cancel} trailing={w.done}>
      <IosGroup header={props.values.incoming.protocol.toUpperCase()}>
        <IosRow f={f("name")} />
        <IosRow f={f("email")} />
        <IosRow label={w.description} value={props.values.domain} />
      </IosGroup>
      <IosGroup header={w.incoming}>
        <IosRow f={short("incomingHost")} />
        <IosRow f={short("incomingUser")} />
        <IosRow f={short("incomingPassword")} />
      </IosGroup>
      <IosGroup header={w.outgoing}>
        <IosRow f={{ ...f("smtp"), label: "SMTP" }} value={props.values.outgoing.host} chevron />
      </IosGroup>
      <IosGroup>
        <IosRow f={f("advanced")} chevron plain />
      </IosGroup>
    </PhoneFrame>
  );
}
