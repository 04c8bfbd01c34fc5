// Check boxes and option buttons of desktop programs, drawn with the skin's look.
import type { ReactNode } from "react";
import type { FieldState } from "@/lib/dialogs/field-state";
import { Mark } from "./callout";
import { cx } from "./cx";
import { CheckGlyph } from "./glyphs";
import { skins, type DesktopSkin } from "./skins";

export function CheckBox({ f, skin, label }: { f: FieldState; skin: DesktopSkin; label?: ReactNode }) {
  const s = skins[skin];
  return (
    <Mark f={f} badge="side" className="inline-flex items-center gap-1.5">
      <span
        data-checked={f.on}
        className={cx("inline-grid shrink-0 place-items-center p-px", s.box, f.on ? s.boxOn : s.boxOff)}
      >
        {f.on && <CheckGlyph />}
      </span>
      <span>{label ?? f.label}</span>
    </Mark>
  );
}

export function Radio({ f, skin, label }: { f: FieldState; skin: DesktopSkin; label?: ReactNode }) {
  const s = skins[skin];
  return (
    <Mark f={f} badge="side" className="inline-flex items-center gap-1.5">
      <span data-checked={f.on} className={cx("inline-grid shrink-0 place-items-center", s.radio)}>
        {f.on && (
          <span
            className={cx(
              "size-[7px] rounded-full",
              skin === "mac" || skin === "win11" ? "bg-[#0a7aff]" : "bg-[#222]",
            )}
          />
        )}
      </span>
      <span>{label ?? f.label}</span>
    </Mark>
  );
}
