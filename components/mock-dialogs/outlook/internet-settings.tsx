// The frame shared by the tabs of Outlook's "Internet E-mail Settings" (More Settings …) dialog.
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { PushButton } from "../primitives/button";
import { Tabs } from "../primitives/tabs";
import { WindowFrame } from "../primitives/window-frame";

const wording = {
  ko: {
    title: "인터넷 전자 메일 설정",
    tabs: ["일반", "보내는 메일 서버", "고급"],
    ok: "확인",
    cancel: "취소",
  },
  en: {
    title: "Internet E-mail Settings",
    tabs: ["General", "Outgoing Server", "Advanced"],
    ok: "OK",
    cancel: "Cancel",
  },
} as const;

export function InternetSettingsFrame({
  locale,
  tab,
  children,
}: {
  locale: Locale;
  tab: 1 | 2;
  children: ReactNode;
}) {
  const w = wording[locale];
  return (
    <WindowFrame
      skin="win10"
      title={w.title}
      footer={
        <>
          <PushButton skin="win10" primary>
            {w.ok}
          </PushButton>
          <PushButton skin="win10">{w.cancel}</PushButton>
        </>
      }
    >
      <Tabs skin="win10" tabs={[...w.tabs]} active={tab}>
        <div className="min-h-[300px]">{children}</div>
      </Tabs>
    </WindowFrame>
  );
}
