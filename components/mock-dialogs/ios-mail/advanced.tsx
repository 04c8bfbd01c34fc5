// iPhone Mail: Account › Advanced — the incoming server's SSL switch, authentication and port.
import { defineMessages } from "@/lib/i18n/define-messages";
import { fieldStates, type DialogProps } from "@/lib/dialogs/field-state";
import { PhoneFrame } from "../primitives/phone-frame";
import { IosGroup, IosRow } from "../primitives/phone-controls";

const wording = defineMessages({
  ko: {
    title: "고급",
    back: "계정",
    mailboxes: "메일상자 특성",
    drafts: ["임시 저장 메일상자", "보낸 메일상자", "삭제된 메일상자"],
    incoming: "받는 설정",
    prefix: "IMAP 경로 접두어",
    deleteFromServer: "서버에서 삭제",
    never: "안 함",
  },
  en: {
    title: "Advanced",
    back: "Account",
    mailboxes: "Mailbox Behaviors",
    drafts: ["Drafts Mailbox", "Sent Mailbox", "Deleted Mailbox"],
    incoming: "Incoming Settings",
    prefix: "IMAP Path Prefix",
    deleteFromServer: "Delete from server",
    never: "Never",
  },
});

export function IosMailAdvanced(props: DialogProps) {
  const w = wording[props.locale];
  const f = fieldStates("ios-mail-advanced", props, {
    useSsl: "{incoming.tls}",
    authentication: "password",
    port: "{incoming.port}",
  });
  const pop = props.values.incoming.protocol === "pop3";
  return (
    <PhoneFrame skin="ios" title={w.title} back={w.back}>
      {!pop && (
        <IosGroup header={w.mailboxes}>
          {w.drafts.map((label) => (
            <IosRow key={label} label={label} chevron plain value="" />
          ))}
        </IosGroup>
      )}
      <IosGroup header={w.incoming}>
        <IosRow f={f("useSsl")} plain />
        <IosRow f={f("authentication")} chevron plain />
        {pop ? (
          <IosRow label={w.deleteFromServer} value={w.never} chevron plain />
        ) : (
          <IosRow label={w.prefix} value="/" plain />
        )}
        <IosRow f={f("port")} />
      </IosGroup>
    </PhoneFrame>
  );
}
