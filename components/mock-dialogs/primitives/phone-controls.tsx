// Rows and controls of phone settings screens: iOS grouped lists, Material text fields, One UI cards.
import type { ReactNode } from "react";
import type { FieldState } from "@/lib/dialogs/field-state";
import { Mark } from "./callout";
import { cx } from "./cx";
import { CheckGlyph, ChevronDown, ChevronRight } from "./glyphs";

/** iOS grouped section with an optional upper-case header. */
export function IosGroup({ header, children }: { header?: string; children: ReactNode }) {
  return (
    <div className="px-3">
      {header && <div className="px-4 pb-1 text-[11px] text-[#6d6d72] uppercase">{header}</div>}
      <div className="divide-y divide-[#c6c6c8] overflow-visible rounded-[10px] bg-white">{children}</div>
    </div>
  );
}

export function IosSwitch({ on }: { on: boolean }) {
  return (
    <span
      data-checked={on}
      className={cx(
        "flex h-[26px] w-[44px] shrink-0 items-center rounded-full p-[2px]",
        on ? "justify-end bg-[#34c759]" : "bg-[#e9e9ea]",
      )}
    >
      <span className="size-[22px] rounded-full bg-white shadow" />
    </span>
  );
}

/** One iOS row: label on the left, the field's value (or a switch, or a chevron) on the right. */
export function IosRow({
  f,
  label,
  value,
  chevron,
  plain,
}: {
  f?: FieldState;
  label?: string;
  value?: ReactNode;
  chevron?: boolean;
  plain?: boolean;
}) {
  const body = (
    <span className="flex min-h-11 w-full items-center gap-2 px-4 py-2">
      <span className={cx("shrink-0", plain ? "" : "w-[92px]")}>{label ?? f?.label}</span>
      <span
        className={cx(
          "flex min-w-0 flex-1 items-center gap-1 truncate",
          chevron ? "justify-end text-[#6d6d72]" : "",
        )}
      >
        {f?.kind === "toggle" ? (
          <span className="ml-auto">
            <IosSwitch on={f.on} />
          </span>
        ) : (
          (value ?? f?.display)
        )}
        {chevron && <ChevronRight className="text-[#c4c4c7]" />}
      </span>
    </span>
  );
  return f ? (
    <Mark f={f} inset className="flex">
      {body}
    </Mark>
  ) : (
    body
  );
}

/** A Material 3 outlined text field with its label on the border (Gmail app). */
export function MaterialField({ f, select }: { f: FieldState; select?: boolean }) {
  return (
    <Mark f={f} className="mx-4 flex">
      <span className="relative flex h-12 w-full items-center justify-between rounded-[4px] border border-[#79747e] px-3 text-[14px]">
        <span className="absolute -top-2 left-2 bg-white px-1 text-[11px] text-[#49454f]">{f.label}</span>
        <span className="truncate">{f.display}</span>
        {select && <ChevronDown className="size-4 text-[#49454f]" />}
      </span>
    </Mark>
  );
}

export function MaterialCheckbox({ f }: { f: FieldState }) {
  return (
    <Mark f={f} className="mx-4 flex">
      <span className="flex items-center gap-3 py-1 text-[14px]">
        <span
          data-checked={f.on}
          className={cx(
            "grid size-[18px] place-items-center rounded-[2px] border-2 p-px text-white",
            f.on ? "border-[#0b57d0] bg-[#0b57d0]" : "border-[#49454f]",
          )}
        >
          {f.on && <CheckGlyph />}
        </span>
        {f.label}
      </span>
    </Mark>
  );
}

/** A Material list item: title and a grey second line. */
export function MaterialItem({
  f,
  title,
  subtitle,
}: {
  f?: FieldState;
  title?: string;
  subtitle?: ReactNode;
}) {
  const body = (
    <span className="flex w-full flex-col px-2 py-2.5">
      <span className="text-[15px]">{title ?? f?.label}</span>
      {(subtitle ?? f?.display) && (
        <span className="text-[12px] text-[#5f6368]">{subtitle ?? f?.display}</span>
      )}
    </span>
  );
  return f ? (
    <Mark f={f} inset className="mx-2 flex">
      {body}
    </Mark>
  ) : (
    <span className="mx-2 flex">{body}</span>
  );
}

/** One UI card: white, very rounded, rows inside. */
export function OneCard({ header, children }: { header?: string; children: ReactNode }) {
  return (
    <div className="px-3">
      {header && <div className="px-4 pb-1 text-[12px] font-semibold text-[#2563c0]">{header}</div>}
      <div className="space-y-0.5 rounded-[22px] bg-white px-2.5 py-2">{children}</div>
    </div>
  );
}

export function OneSwitch({ on }: { on: boolean }) {
  return (
    <span
      data-checked={on}
      className={cx(
        "flex h-[22px] w-[40px] shrink-0 items-center rounded-full border-2 p-[2px]",
        on ? "justify-end border-[#3e91ff] bg-[#3e91ff]" : "border-[#8e8e8e] bg-white",
      )}
    >
      <span className={cx("size-[14px] rounded-full", on ? "bg-white" : "bg-[#8e8e8e]")} />
    </span>
  );
}

/** One UI field: small grey label above the value, a thin line under it (or a switch for a toggle). */
export function OneField({ f, select }: { f: FieldState; select?: boolean }) {
  const body =
    f.kind === "toggle" ? (
      <span className="flex w-full items-center justify-between gap-3 px-1.5 py-2 text-[14px]">
        {f.label}
        <OneSwitch on={f.on} />
      </span>
    ) : (
      <span className="flex w-full flex-col px-1.5 py-1.5">
        <span className="text-[11px] text-[#6b6b6b]">{f.label}</span>
        <span className="flex items-center justify-between border-b border-[#c8c8c8] pb-1 text-[14px]">
          <span className="truncate">{f.display}</span>
          {select && <ChevronDown className="size-4 text-[#6b6b6b]" />}
        </span>
      </span>
    );
  return (
    <Mark f={f} inset className="flex">
      {body}
    </Mark>
  );
}
