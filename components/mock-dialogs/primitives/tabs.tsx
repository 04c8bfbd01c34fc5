// The tab row of a property sheet (Windows) with the page under it.
import type { ReactNode } from "react";
import { cx } from "./cx";

const look = {
  win10: {
    tab: "border-[#d9d9d9] bg-[#f0f0f0]",
    active: "border-[#d9d9d9] bg-white",
    page: "border-[#d9d9d9] bg-white",
  },
  xp: {
    tab: "rounded-t-[3px] border-[#919b9c] bg-gradient-to-b from-white to-[#ecebe5]",
    active: "rounded-t-[3px] border-[#919b9c] border-t-2 border-t-[#ffc83c] bg-[#fcfcfe]",
    page: "border-[#919b9c] bg-[#fcfcfe]",
  },
} as const;

export function Tabs({
  skin,
  tabs,
  active,
  children,
}: {
  skin: "win10" | "xp";
  tabs: string[];
  active: number;
  children: ReactNode;
}) {
  const l = look[skin];
  return (
    <div className="px-2 pt-2">
      <div className="flex items-end">
        {tabs.map((tab, i) => (
          <span
            key={tab}
            className={cx(
              "-mb-px border px-2",
              i === active ? cx(l.active, "relative z-[1] border-b-0 pt-1 pb-1.5") : cx(l.tab, "py-0.5"),
            )}
          >
            {tab}
          </span>
        ))}
      </div>
      <div className={cx("border p-3", l.page)}>{children}</div>
    </div>
  );
}
