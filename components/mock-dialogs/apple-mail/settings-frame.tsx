// Mail on macOS: the Settings window — toolbar of panes, and for Accounts the account list and the
// Account Information / Mailbox Behaviors / Server Settings switch.
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { cx } from "../primitives/cx";
import { WindowFrame } from "../primitives/window-frame";

const wording = {
  ko: {
    panes: ["일반", "계정", "정크 메일", "글꼴 및 색상", "보기", "작성", "서명"],
    segments: ["계정 정보", "사서함 특성", "서버 설정"],
    kind: "{protocol}",
  },
  en: {
    panes: ["General", "Accounts", "Junk Mail", "Fonts & Colors", "Viewing", "Composing", "Signatures"],
    segments: ["Account Information", "Mailbox Behaviors", "Server Settings"],
    kind: "{protocol}",
  },
} as const;

const icons = ["⚙", "@", "🗑", "A", "▤", "✎", "✍"];

export function MacSettingsFrame({
  locale,
  pane,
  segment,
  account,
  children,
}: {
  locale: Locale;
  pane: 0 | 1;
  /** For the Accounts pane: which of the three switches is on, and the account shown in the list. */
  segment?: number;
  account?: { name: string; protocol: string };
  children: ReactNode;
}) {
  const w = wording[locale];
  return (
    <WindowFrame skin="mac" title={w.panes[pane] ?? ""}>
      <div className="flex justify-center gap-1 border-b border-[#d0d0d0] px-2 pb-1.5">
        {w.panes.map((label, i) => (
          <span
            key={label}
            className={cx(
              "flex w-[58px] flex-col items-center rounded-[6px] py-1 text-[10px]",
              i === pane && "bg-[#dcdcdc]",
            )}
          >
            <span className={cx("text-[16px] leading-5", i === pane ? "text-[#0058d0]" : "text-[#595959]")}>
              {icons[i]}
            </span>
            <span className="truncate">{label}</span>
          </span>
        ))}
      </div>
      {account ? (
        <div className="flex min-h-[320px]">
          <div className="w-[120px] shrink-0 border-r border-[#d0d0d0] bg-[#e6e6e6] p-1.5">
            <div className="rounded-[5px] bg-[#0060df] px-2 py-1 text-white">
              <div className="truncate font-semibold">{account.name}</div>
              <div className="text-[10px]">{account.protocol}</div>
            </div>
          </div>
          <div className="min-w-0 flex-1 p-3">
            <div className="mx-auto flex w-max rounded-[6px] bg-[#dedede] p-[2px] text-[11px]">
              {w.segments.map((label, i) => (
                <span
                  key={label}
                  className={cx("rounded-[5px] px-2 py-[2px]", i === segment && "bg-white shadow-sm")}
                >
                  {label}
                </span>
              ))}
            </div>
            <div className="mt-3">{children}</div>
          </div>
        </div>
      ) : (
        <div className="min-h-[200px] p-4">{children}</div>
      )}
    </WindowFrame>
  );
}
