// New Outlook for Windows: Settings (gear) › Accounts › Email accounts.
import { fillTemplate } from "@/lib/fix/template";
import { defineMessages } from "@/lib/i18n/define-messages";
import { fieldStates, type DialogProps } from "@/lib/dialogs/field-state";
import { PushButton } from "../primitives/button";
import { Mark } from "../primitives/callout";
import { cx } from "../primitives/cx";
import { WindowFrame } from "../primitives/window-frame";

const wording = defineMessages({
  ko: {
    title: "설정",
    nav: ["계정", "일반", "메일", "일정", "사람"],
    sub: ["메일 계정", "서명", "카테고리", "자동 회신"],
    heading: "메일 계정",
    hint: "메일 계정을 관리합니다. 계정을 선택하여 설정을 변경하거나 새 계정을 추가하세요.",
    kind: "{incoming.protocolName} 계정",
    save: "저장",
  },
  en: {
    title: "Settings",
    nav: ["Accounts", "General", "Mail", "Calendar", "People"],
    sub: ["Email accounts", "Signatures", "Categories", "Automatic replies"],
    heading: "Email accounts",
    hint: "Manage the email accounts you use in Outlook. Select an account to change its settings or add a new one.",
    kind: "{incoming.protocolName} account",
    save: "Save",
  },
});

export function OutlookNewAccounts(props: DialogProps) {
  const w = wording[props.locale];
  const f = fieldStates("outlook-new-accounts", props, { account: "{email}" });
  const account = f("account");
  const list = (items: readonly string[], width: string) => (
    <div className={cx("space-y-0.5 border-r border-[#e0e0e0] p-2", width)}>
      {items.map((item, i) => (
        <div key={item} className={cx("rounded-[4px] px-2 py-1.5", i === 0 && "bg-[#ebebeb] font-semibold")}>
          {item}
        </div>
      ))}
    </div>
  );
  return (
    <WindowFrame skin="win11" title={w.title}>
      <div className="flex min-h-[300px] border-t border-[#e0e0e0] bg-white">
        {list(w.nav, "w-[92px]")}
        {list(w.sub, "w-[110px]")}
        <div className="flex-1 p-3">
          <div className="text-[15px] font-semibold">{w.heading}</div>
          <p className="mt-1 text-[11px] text-[#616161]">{w.hint}</p>
          <div className="mt-3">
            <PushButton skin="win11" f={f("addAccount")}>{`+ ${f("addAccount").label}`}</PushButton>
          </div>
          <div className="mt-3 flex items-center justify-between gap-2 rounded-[6px] border border-[#e0e0e0] p-2">
            <Mark f={account} className="inline-flex min-w-0 items-center gap-2">
              <span className="grid size-7 shrink-0 place-items-center rounded-full bg-[#0f6cbd] text-[12px] font-semibold text-white">
                {account.display.slice(0, 1).toUpperCase()}
              </span>
              <span className="flex min-w-0 flex-col">
                <span className="truncate font-semibold">{account.display}</span>
                <span className="text-[11px] text-[#616161]">
                  {fillTemplate(w.kind, props.values, props.locale)}
                </span>
              </span>
            </Mark>
            <PushButton skin="win11" f={f("manage")} />
          </div>
        </div>
      </div>
    </WindowFrame>
  );
}
