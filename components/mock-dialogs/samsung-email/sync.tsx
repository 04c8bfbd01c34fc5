// Samsung Email: Settings › (account) › Sync settings — how often the app checks for mail.
import { defineMessages } from "@/lib/i18n/define-messages";
import { fieldStates, type DialogProps } from "@/lib/dialogs/field-state";
import { PhoneFrame } from "../primitives/phone-frame";
import { OneCard, OneField, OneSwitch } from "../primitives/phone-controls";

const wording = defineMessages({
  ko: { title: "동기화 설정", sync: "계정 동기화", period: "동기화할 이메일 기간", month: "1개월" },
  en: { title: "Sync settings", sync: "Sync account", period: "Period to sync email", month: "1 month" },
});

export function SamsungEmailSync(props: DialogProps) {
  const w = wording[props.locale];
  const f = fieldStates("samsung-email-sync", props, { syncSchedule: "15" });
  return (
    <PhoneFrame skin="oneui" title={w.title}>
      <OneCard>
        <span className="flex items-center justify-between py-2 text-[14px]">
          {w.sync}
          <OneSwitch on />
        </span>
      </OneCard>
      <OneCard>
        <OneField f={f("syncSchedule")} select />
        <span className="flex flex-col py-1.5">
          <span className="text-[11px] text-[#6b6b6b]">{w.period}</span>
          <span className="text-[14px]">{w.month}</span>
        </span>
      </OneCard>
    </PhoneFrame>
  );
}
