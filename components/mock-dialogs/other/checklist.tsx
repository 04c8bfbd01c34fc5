// Any other mail program: a checklist card with every value its account settings ask for.
import { defineMessages } from "@/lib/i18n/define-messages";
import { fieldStates, type DialogProps, type FieldState } from "@/lib/dialogs/field-state";
import { Mark } from "../primitives/callout";
import { CheckGlyph } from "../primitives/glyphs";

const wording = defineMessages({
  ko: {
    title: "메일 프로그램 설정 확인표",
    hint: "메일 프로그램의 계정 설정 화면에서 아래 값과 같은지 하나씩 확인하세요.",
    account: "계정",
    incoming: "받는 메일",
    outgoing: "보내는 메일",
    on: "켬",
    off: "끔",
  },
  en: {
    title: "Mail settings checklist",
    hint: "Open your mail program's account settings and check each value against this list.",
    account: "Account",
    incoming: "Incoming mail",
    outgoing: "Outgoing mail",
    on: "On",
    off: "Off",
  },
});

export function OtherChecklist(props: DialogProps) {
  const w = wording[props.locale];
  const f = fieldStates("other-checklist", props, {
    email: "{email}",
    userName: "{userName}",
    password: "secret",
    incomingServer: "{incoming.host}",
    incomingPort: "{incoming.port}",
    incomingSecurity: "{incoming.security}",
    outgoingServer: "{outgoing.host}",
    outgoingPort: "{outgoing.port}",
    outgoingSecurity: "{outgoing.security}",
    outgoingAuth: "on",
    authMethod: "normal-password",
    checkInterval: "15",
  });
  const row = (s: FieldState) => (
    <Mark key={s.id} f={s} className="flex">
      <span className="flex w-full items-center gap-2 py-1.5">
        <span className="grid size-4 shrink-0 place-items-center rounded-[3px] border border-[#0f766e] p-px text-[#0f766e]">
          <CheckGlyph />
        </span>
        <span className="w-[170px] shrink-0 text-[#374151]">{s.label}</span>
        <span
          data-checked={s.kind === "toggle" ? s.on : undefined}
          className="min-w-0 flex-1 truncate rounded-[4px] bg-[#f1f5f9] px-2 py-0.5 font-mono text-[12px] font-semibold"
        >
          {s.kind === "toggle" ? (s.on ? w.on : w.off) : s.display}
        </span>
      </span>
    </Mark>
  );
  const section = (title: string, ids: Parameters<typeof f>[0][]) => (
    <div className="mt-2">
      <div className="border-b border-[#d1d5db] pb-0.5 text-[12px] font-bold text-[#0f766e]">{title}</div>
      {ids.map((id) => row(f(id)))}
    </div>
  );
  return (
    <div className="w-[480px] rounded-[12px] border border-[#d1d5db] bg-white p-4 text-[13px] text-[#111827] shadow-[0_4px_16px_rgba(0,0,0,.12)] select-none">
      <div className="text-[15px] font-bold">{w.title}</div>
      <p className="mt-0.5 text-[12px] text-[#4b5563]">{w.hint}</p>
      {section(w.account, ["email", "userName", "password", "authMethod"])}
      {section(w.incoming, ["incomingServer", "incomingPort", "incomingSecurity", "checkInterval"])}
      {section(w.outgoing, ["outgoingServer", "outgoingPort", "outgoingSecurity", "outgoingAuth"])}
    </div>
  );
}
