// Text boxes and drop-down lists of desktop programs, drawn (never real inputs: pictures are not forms).
import type { ReactNode } from "react";
import type { FieldState } from "@/lib/dialogs/field-state";
import { Mark } from "./callout";
import { cx } from "./cx";
import { ChevronDown, UpDown } from "./glyphs";
import { skins, type DesktopSkin } from "./skins";

/** A label and its box on one row; `labelWidth` keeps a dialog's boxes lined up. */
export function FieldRow({
  label,
  labelWidth,
  children,
  className,
}: {
  label: ReactNode;
  labelWidth: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={cx("flex items-center gap-2", className)}>
      <span className={cx("shrink-0", labelWidth)}>{label}</span>
      {children}
    </div>
  );
}

export function TextBox({ f, skin, width }: { f: FieldState; skin: DesktopSkin; width: string }) {
  return (
    <Mark f={f} badge="end" className={cx("inline-flex", width)}>
      <span className={cx(skins[skin].input, "flex w-full items-center overflow-hidden whitespace-nowrap")}>
        {f.display}
      </span>
    </Mark>
  );
}

export function SelectBox({ f, skin, width }: { f: FieldState; skin: DesktopSkin; width: string }) {
  const s = skins[skin];
  return (
    <Mark f={f} badge="end" className={cx("inline-flex", width)}>
      <span
        className={cx(
          s.select,
          "flex w-full items-center justify-between gap-1 overflow-hidden whitespace-nowrap",
        )}
      >
        <span className="truncate">{f.display}</span>
        <span className={cx("mr-0.5 flex items-center", s.chevron)}>
          {skin === "mac" ? <UpDown /> : <ChevronDown />}
        </span>
      </span>
    </Mark>
  );
}
