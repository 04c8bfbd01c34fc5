// iPhone Settings right after a download: "Profile Downloaded" sits just below the Apple Account.
import { defineMessages } from "@/lib/i18n/define-messages";
import { fieldStates, type DialogProps } from "@/lib/dialogs/field-state";
import { PhoneFrame } from "../primitives/phone-frame";
import { IosGroup, IosRow } from "../primitives/phone-controls";

const wording = defineMessages({
  ko: {
    title: "설정",
    account: "Apple 계정, iCloud 등",
    rows: ["에어플레인 모드", "Wi-Fi", "일반", "손쉬운 사용"],
  },
  en: {
    title: "Settings",
    account: "Apple Account, iCloud, and more",
    rows: ["Airplane Mode", "Wi-Fi", "General", "Accessibility"],
  },
});

export function IosProfileSettings(props: DialogProps) {
  const w = wording[props.locale];
  const f = fieldStates("ios-mail-profile-settings", props, {});
  return (
    <PhoneFrame skin="ios" title={w.title}>
      <IosGroup>
        <span className="flex min-h-14 items-center gap-3 px-4 py-2">
          <span
            aria-hidden="true"
            className="grid size-10 place-items-center rounded-full bg-[#c7c7cc] text-white"
          >
            {props.values.name.slice(0, 1).toUpperCase()}
          </span>
          <span className="flex min-w-0 flex-col">
            <span className="truncate text-[15px]">{props.values.name}</span>
            <span className="truncate text-[11px] text-[#6d6d72]">{w.account}</span>
          </span>
        </span>
      </IosGroup>
      <IosGroup>
        <IosRow f={f("profileDownloaded")} chevron plain />
      </IosGroup>
      <IosGroup>
        {Object.values(w.rows).map((row) => (
          <IosRow key={row} label={row} chevron plain />
        ))}
      </IosGroup>
    </PhoneFrame>
  );
}
