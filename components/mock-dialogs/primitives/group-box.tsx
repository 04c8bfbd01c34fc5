// A titled frame around related settings (Windows "group box", macOS section).
import type { ReactNode } from "react";
import { cx } from "./cx";
import { skins, type DesktopSkin } from "./skins";

export function GroupBox({
  skin,
  legend,
  children,
  className,
}: {
  skin: DesktopSkin;
  legend: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const s = skins[skin];
  return (
    <div className={cx("relative mt-3 px-2.5 pt-3.5 pb-2.5", s.group, className)}>
      <span className={cx("absolute -top-2 left-2 px-1", s.legend)}>{legend}</span>
      {children}
    </div>
  );
}
