// The frame shared by Outlook Express's account "Properties" tabs ([도구]-[계정]-[등록 정보]), Windows XP look.
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { PushButton } from "../primitives/button";
import { Tabs } from "../primitives/tabs";
import { WindowFrame } from "../primitives/window-frame";

const wording = {
  ko: {
    suffix: " 등록 정보",
    tabs: ["일반", "서버", "연결", "보안", "고급"],
    ok: "확인",
    cancel: "취소",
    apply: "적용(A)",
  },
  en: {
    suffix: " Properties",
    tabs: ["General", "Servers", "Connection", "Security", "Advanced"],
    ok: "OK",
    cancel: "Cancel",
    apply: "Apply",
  },
} as const;

export function LegacyFrame({
  locale,
  account,
  tab,
  children,
  title,
  tabs,
}: {
  locale: Locale;
  account: string;
  tab: number;
  children: ReactNode;
  title?: string;
  tabs?: string[];
}) {
  const w = wording[locale];
  return (
    <WindowFrame
      skin="xp"
      title={title ?? `${account}${w.suffix}`}
      footer={
        <>
          <PushButton skin="xp" primary>
            {w.ok}
          </PushButton>
          <PushButton skin="xp">{w.cancel}</PushButton>
          <PushButton skin="xp">{w.apply}</PushButton>
        </>
      }
    >
      <Tabs skin="xp" tabs={tabs ?? [...w.tabs]} active={tab}>
        <div className="min-h-[300px]">{children}</div>
      </Tabs>
    </WindowFrame>
  );
}

/** A check box that is part of the scene but never highlighted. */
export function XpStaticBox({ label, on }: { label: string; on: boolean }) {
  return (
    <span className="flex items-center gap-1.5">
      <span className="grid size-[13px] place-items-center border border-[#1c5180] bg-white text-[11px] leading-none font-bold text-[#21a121]">
        {on ? "✓" : ""}
      </span>
      {label}
    </span>
  );
}
