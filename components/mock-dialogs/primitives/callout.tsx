// The numbered marker on a highlighted field, and the wrapper that carries a field's id for tests and captions.
import type { ReactNode } from "react";
import type { FieldState } from "@/lib/dialogs/field-state";
import { cx } from "./cx";

/**
 * corner: over the field's top-left corner; end: over its top-right corner (text boxes, whose label sits
 * at the left or above); side: left of a check box, so the box stays visible.
 */
export function Callout({ n, at = "corner" }: { n: number; at?: "corner" | "end" | "side" }) {
  return (
    <span
      data-badge
      className={cx(
        "absolute z-10 grid size-5 place-items-center rounded-full bg-rose-700 text-[11px] leading-none font-bold text-white shadow ring-2 ring-white",
        { corner: "-top-3 -left-3", end: "-top-3 -right-3", side: "top-1/2 -left-7 -translate-y-1/2" }[at],
      )}
    >
      {n}
    </span>
  );
}

/** Wraps a drawn field: `data-field` names it; a highlighted one gets a red outline and its callout. */
export function Mark({
  f,
  className,
  inset,
  badge,
  children,
}: {
  f: FieldState;
  className?: string;
  /** Draw the outline inside the box (rows of a list that touch each other). */
  inset?: boolean;
  badge?: "corner" | "end" | "side";
  children: ReactNode;
}) {
  const on = f.callout !== undefined;
  return (
    <span
      data-field={f.id}
      data-callout={f.callout}
      className={cx(
        "relative",
        on && "rounded-[3px] outline-2 outline-rose-700",
        on && (inset ? "-outline-offset-2" : "outline-offset-2"),
        className ?? "inline-flex",
      )}
    >
      {children}
      {on && <Callout n={f.callout ?? 0} at={badge} />}
    </span>
  );
}
