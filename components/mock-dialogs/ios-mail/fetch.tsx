// iPhone Mail: Settings › Apps › Mail › Mail Accounts › Fetch New Data — push and the fetch schedule.
import { defineMessages } from "@/lib/i18n/define-messages";
import { fieldStates, type DialogProps } from "@/lib/dialogs/field-state";
import { dialogs } from "@/lib/dialogs/registry";
import { Mark } from "../primitives/callout";
import { CheckGlyph } from "../primitives/glyphs";
import { PhoneFrame } from "../primitives/phone-frame";
import { IosGroup, IosRow } from "../primitives/phone-controls";

const wording = defineMessages({
  ko: {
    title: "데이터 가져오기",
    back: "메일 계정",
    fetch: "가져오기",
    hint: "푸시를 사용할 수 없는 계정은 아래의 일정에 따라 데이터를 가져옵니다.",
  },
  en: {
    title: "Fetch New Data",
    back: "Mail Accounts",
    fetch: "Fetch",
    hint: "The schedule below is used when push is off or for applications which do not support push.",
  },
});

const order = ["auto", "manual", "60", "30", "15"] as const;

export function IosMailFetch(props: DialogProps) {
  const w = wording[props.locale];
  const f = fieldStates("ios-mail-fetch", props, { push: "off", fetch: "15" });
  const fetch = f("fetch");
  const options = dialogs["ios-mail-fetch"].fields.fetch.options;
  return (
    <PhoneFrame skin="ios" title={w.title} back={w.back}>
      <IosGroup>
        <IosRow f={f("push")} plain />
      </IosGroup>
      <IosGroup>
        <IosRow label={props.values.domain} value={w.fetch} chevron />
      </IosGroup>
      <div className="px-3">
        <div className="px-4 pb-1 text-[11px] text-[#6d6d72] uppercase">{w.fetch}</div>
        <Mark f={fetch} inset className="flex flex-col divide-y divide-[#c6c6c8] rounded-[10px] bg-white">
          {order.map((key) => (
            <span key={key} className="flex min-h-11 items-center justify-between px-4">
              {options[key][props.locale]}
              {fetch.value === key && <CheckGlyph className="!size-4 text-[#007aff]" />}
            </span>
          ))}
        </Mark>
        <p className="px-4 pt-1 text-[11px] text-[#6d6d72]">{w.hint}</p>
      </div>
    </PhoneFrame>
  );
}
