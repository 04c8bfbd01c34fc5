// A phone around a drawing: bezel, status bar and the app's top bar (iOS, Gmail's Material, Samsung One UI).
import type { ReactNode } from "react";
import { cx } from "./cx";
import { ChevronLeft } from "./glyphs";

export type PhoneSkin = "ios" | "android" | "oneui";

const screen: Record<PhoneSkin, string> = {
  ios: "bg-[#f2f2f7] text-black font-[-apple-system,'SF_Pro_Text','Apple_SD_Gothic_Neo','Noto_Sans_CJK_KR',sans-serif]",
  android: "bg-white text-[#1f1f1f] font-['Roboto','Noto_Sans_CJK_KR',sans-serif]",
  oneui: "bg-[#f6f6f6] text-[#111] font-['SamsungOne','Roboto','Noto_Sans_CJK_KR',sans-serif]",
};

function StatusBar({ skin }: { skin: PhoneSkin }) {
  return (
    <div
      className={cx(
        "flex h-8 items-center justify-between px-5 text-[12px] font-semibold",
        skin === "ios" ? "pt-1" : "",
      )}
    >
      <span>{skin === "ios" ? "9:41" : "10:08"}</span>
      {skin === "ios" && <span className="h-[22px] w-[76px] rounded-full bg-black" />}
      <span className="flex items-end gap-[3px]">
        <span className="h-1 w-[3px] bg-current" />
        <span className="h-1.5 w-[3px] bg-current" />
        <span className="h-2 w-[3px] bg-current" />
        <span className="h-2.5 w-[3px] bg-current" />
        <span className="ml-1 inline-flex h-2.5 w-5 rounded-[3px] border border-current p-px">
          <span className="w-3/4 rounded-[1px] bg-current" />
        </span>
      </span>
    </div>
  );
}

type Bar = {
  skin: PhoneSkin;
  title: string;
  back?: string;
  /** iOS: a text button left of the title (Cancel) and one right of it (Done, Install). */
  leading?: ReactNode;
  trailing?: ReactNode;
};

function TopBar({ skin, title, back, leading, trailing }: Bar) {
  if (skin === "ios")
    // Three columns, the outer two equally wide, so the title stays centred and never runs under a long
    // back label ("Mail Accounts"): it is cut with an ellipsis instead, as iOS does.
    return (
      <div className="grid h-11 grid-cols-[1fr_minmax(0,auto)_1fr] items-center gap-1 px-2 text-[15px]">
        <span className="flex min-w-0 items-center text-[#0062cc]" data-bar-button="leading">
          {back && <ChevronLeft className="size-5 shrink-0" />}
          <span className="truncate">{back ?? leading}</span>
        </span>
        <span className="max-w-[150px] truncate text-center font-semibold">{title}</span>
        <span
          className="justify-self-end whitespace-nowrap font-semibold text-[#0062cc]"
          data-bar-button="trailing"
        >
          {trailing}
        </span>
      </div>
    );
  if (skin === "android")
    return (
      <div className="flex h-14 items-center gap-6 px-4 text-[18px]">
        <span className="text-[20px]">←</span>
        <span className="truncate">{title}</span>
      </div>
    );
  return (
    <div className="flex h-14 items-center gap-3 px-4 text-[19px] font-bold">
      <ChevronLeft className="size-5" />
      <span className="truncate">{title}</span>
    </div>
  );
}

/** A 300 px wide phone showing one settings screen. */
export function PhoneFrame({ children, ...bar }: Bar & { children: ReactNode }) {
  const { skin } = bar;
  return (
    <div className="w-[300px] rounded-[40px] bg-[#1c1c1e] p-[9px] shadow-[0_8px_24px_rgba(0,0,0,.25)] select-none">
      <div className={cx("overflow-hidden rounded-[32px] pb-2 text-[13px] leading-snug", screen[skin])}>
        <StatusBar skin={skin} />
        <TopBar {...bar} />
        <div className="space-y-3 pb-3">{children}</div>
        <div className="mx-auto mt-1 h-1 w-24 rounded-full bg-black/70" />
      </div>
    </div>
  );
}
