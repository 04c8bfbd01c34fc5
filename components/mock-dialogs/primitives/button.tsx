// Push buttons (OK, Cancel, More Settings …); a highlighted one is the button to press.
import type { ReactNode } from "react";
import type { FieldState } from "@/lib/dialogs/field-state";
import { Mark } from "./callout";
import { cx } from "./cx";
import { skins, type DesktopSkin } from "./skins";

export function PushButton({
  skin,
  children,
  primary,
  f,
}: {
  skin: DesktopSkin;
  children?: ReactNode;
  primary?: boolean;
  f?: FieldState;
}) {
  const s = skins[skin];
  const face = (
    <span
      className={cx(
        "inline-flex items-center justify-center whitespace-nowrap",
        primary ? s.primary : s.button,
      )}
    >
      {children ?? f?.label}
    </span>
  );
  return f ? <Mark f={f}>{face}</Mark> : face;
}
