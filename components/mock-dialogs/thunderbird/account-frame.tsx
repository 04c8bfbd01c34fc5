// Thunderbird's Account Settings tab: window, tab strip and the account tree on the left.
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { cx } from "../primitives/cx";
import { WindowFrame } from "../primitives/window-frame";

const wording = {
  ko: {
    window: "계정 설정 - Mozilla Thunderbird",
    inbox: "받은 편지함",
    tab: "계정 설정",
    pages: [
      "서버 설정",
      "복사본 및 폴더",
      "편집 및 주소 입력",
      "정크 설정",
      "동기화 및 저장 공간",
      "수신 확인",
    ],
    local: "로컬 폴더",
    smtp: "보내는 서버 (SMTP)",
  },
  en: {
    window: "Account Settings - Mozilla Thunderbird",
    inbox: "Inbox",
    tab: "Account Settings",
    pages: [
      "Server Settings",
      "Copies & Folders",
      "Composition & Addressing",
      "Junk Settings",
      "Synchronization & Storage",
      "Return Receipts",
    ],
    local: "Local Folders",
    smtp: "Outgoing Server (SMTP)",
  },
} as const;

/** `page`: -1 for the account's main page, 0 for Server Settings. */
export function ThunderbirdAccountFrame({
  locale,
  email,
  page,
  children,
}: {
  locale: Locale;
  email: string;
  page: number;
  children: ReactNode;
}) {
  const w = wording[locale];
  const item = (label: string, active: boolean, indent = true) => (
    <div
      key={label}
      className={cx(
        "truncate rounded-[3px] px-1.5 py-[3px]",
        indent && "pl-4",
        active && "bg-[#0061e0] text-white",
      )}
    >
      {label}
    </div>
  );
  return (
    <WindowFrame skin="tb" title={w.window}>
      <div className="flex h-[30px] items-end gap-1 bg-[#f0f0f4] px-2">
        <span className="rounded-t-[4px] px-3 py-1 text-[#5b5b66]">✉ {w.inbox}</span>
        <span className="rounded-t-[4px] bg-white px-3 py-1 shadow-[0_-1px_2px_rgba(0,0,0,.1)]">
          ⚙ {w.tab}
        </span>
      </div>
      <div className="flex min-h-[330px] bg-white">
        <div className="w-[150px] shrink-0 border-r border-[#e0e0e6] bg-[#f9f9fb] p-1.5 text-[11px]">
          {item(email, page === -1, false)}
          {w.pages.map((label, i) => item(label, i === page))}
          {item(w.local, false, false)}
          {item(w.smtp, false, false)}
        </div>
        <div className="min-w-0 flex-1 p-3">{children}</div>
      </div>
    </WindowFrame>
  );
}
