// iPhone Settings › Profile Downloaded: the Install Profile sheet with the profile's name, what it
// contains (one mail account) and Install at the top right.
import { setup } from "@/content/ui/setup";
import { defineMessages } from "@/lib/i18n/define-messages";
import { fill, textsFor } from "@/lib/i18n/fill";
import { fieldStates, type DialogProps } from "@/lib/dialogs/field-state";
import { Mark } from "../primitives/callout";
import { PhoneFrame } from "../primitives/phone-frame";
import { IosGroup, IosRow } from "../primitives/phone-controls";

const wording = defineMessages({
  ko: {
    title: "프로파일 설치",
    cancel: "취소",
    description: "설명",
    contains: "포함",
    mailAccount: "메일 계정",
    more: "자세한 정보",
  },
  en: {
    title: "Install Profile",
    cancel: "Cancel",
    description: "Description",
    contains: "Contains",
    mailAccount: "Mail Account",
    more: "More Details",
  },
});

export function IosProfileInstall(props: DialogProps) {
  const w = wording[props.locale];
  const install = fieldStates("ios-mail-profile-install", props, {})("install");
  const { domain, email } = props.values;
  return (
    <PhoneFrame
      skin="ios"
      title={w.title}
      leading={w.cancel}
      trailing={<Mark f={install}>{install.label}</Mark>}
    >
      <IosGroup>
        <span className="flex items-center gap-3 px-4 py-3">
          <span
            aria-hidden="true"
            className="grid size-11 place-items-center rounded-[10px] bg-[#8e8e93] text-[22px] text-white"
          >
            ⚙
          </span>
          <span className="flex min-w-0 flex-col">
            <span className="truncate text-[15px] font-semibold">
              {fill(textsFor(setup, props.locale).profile.name, { domain })}
            </span>
            <span className="truncate text-[11px] text-[#6d6d72]">{domain}</span>
          </span>
        </span>
        <IosRow label={w.description} value={<span className="truncate">{email}</span>} />
        <IosRow label={w.contains} value={w.mailAccount} />
      </IosGroup>
      <IosGroup>
        <IosRow label={w.more} chevron plain />
      </IosGroup>
    </PhoneFrame>
  );
}
