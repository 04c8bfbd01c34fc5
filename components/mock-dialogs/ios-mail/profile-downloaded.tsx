// iPhone Safari after tapping the download: the "Profile Downloaded" alert over the page (iOS 12.2+).
import { defineMessages } from "@/lib/i18n/define-messages";
import { fieldStates, type DialogProps } from "@/lib/dialogs/field-state";
import { Mark } from "../primitives/callout";
import { PhoneFrame } from "../primitives/phone-frame";

const wording = defineMessages({
  ko: {
    page: "Mail Doctor",
    title: "프로파일이 다운로드됨",
    message: "프로파일을 설치하려면 설정 앱에서 검토하십시오.",
  },
  en: {
    page: "Mail Doctor",
    title: "Profile Downloaded",
    message: "Review the profile in the Settings app if you want to install it.",
  },
});

export function IosProfileDownloaded(props: DialogProps) {
  const w = wording[props.locale];
  const close = fieldStates("ios-mail-profile-downloaded", props, {})("close");
  return (
    <PhoneFrame skin="ios" title={w.page}>
      <div className="relative mx-3 h-[300px] overflow-hidden rounded-[10px] bg-white">
        {/* The page behind the alert, greyed out. */}
        <div aria-hidden="true" className="space-y-2 p-4">
          <div className="h-4 w-2/3 rounded bg-[#d1d1d6]" />
          <div className="h-3 w-full rounded bg-[#e5e5ea]" />
          <div className="h-3 w-5/6 rounded bg-[#e5e5ea]" />
          <div className="mt-4 h-10 w-full rounded-lg bg-[#cfe0f5]" />
        </div>
        <div className="absolute inset-0 grid place-items-center bg-black/35">
          <div className="w-[232px] overflow-visible rounded-[14px] bg-[#f2f2f2] text-center">
            <p className="px-4 pt-4 text-[15px] font-semibold">{w.title}</p>
            <p className="px-4 pt-1 pb-4 text-[12px] leading-snug">{w.message}</p>
            <Mark f={close} inset className="flex border-t border-[#c6c6c8]">
              <span className="flex h-11 w-full items-center justify-center text-[15px] text-[#0062cc]">
                {close.label}
              </span>
            </Mark>
          </div>
        </div>
      </div>
    </PhoneFrame>
  );
}
