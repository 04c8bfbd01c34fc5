// A desktop window around a drawing: the title bar of Windows 10, Windows XP, Windows 11 or macOS.
import type { ReactNode } from "react";
import { cx } from "./cx";
import { skins, type DesktopSkin } from "./skins";

function WinControls({
  close = true,
  minMax = false,
  skin,
}: {
  close?: boolean;
  minMax?: boolean;
  skin: DesktopSkin;
}) {
  if (skin === "xp")
    return (
      <span className="flex gap-0.5 pr-1">
        <span className="grid size-[21px] place-items-center rounded-[3px] border border-white bg-[#3c81f3] text-[12px] font-bold">
          ?
        </span>
        <span className="grid size-[21px] place-items-center rounded-[3px] border border-white bg-[#e35a3a] text-[13px] font-bold">
          ✕
        </span>
      </span>
    );
  return (
    <span className="flex h-full text-[13px]">
      {minMax && <span className="grid w-[46px] place-items-center">—</span>}
      {minMax && <span className="grid w-[46px] place-items-center">☐</span>}
      {close && <span className="grid w-[46px] place-items-center">✕</span>}
    </span>
  );
}

function TitleBar({ skin, title, icon }: { skin: DesktopSkin; title: string; icon?: ReactNode }) {
  if (skin === "mac")
    return (
      <div className="relative flex h-[28px] items-center px-3">
        <span className="flex gap-2">
          <span className="size-3 rounded-full bg-[#ff5f57]" />
          <span className="size-3 rounded-full bg-[#febc2e]" />
          <span className="size-3 rounded-full bg-[#28c840]" />
        </span>
        <span className="absolute inset-x-0 text-center text-[13px] font-semibold">{title}</span>
      </div>
    );
  const bar = {
    win10: "h-[30px] bg-white pl-2 text-[12px]",
    xp: "h-[28px] rounded-t-[7px] bg-gradient-to-b from-[#0a5fdd] via-[#0453e6] to-[#0b3fc5] pl-2 text-[13px] font-bold text-white",
    win11: "h-[32px] bg-[#f3f3f3] pl-3 text-[12px]",
    tb: "h-[32px] bg-[#f0f0f4] pl-3 text-[12px]",
  }[skin];
  return (
    <div className={cx("flex items-center justify-between", bar)}>
      <span className="flex items-center gap-2 truncate">
        {icon}
        {title}
      </span>
      <WinControls skin={skin} minMax={skin === "win11" || skin === "tb"} />
    </div>
  );
}

const outer: Record<DesktopSkin, string> = {
  win10: "border border-[#6f6f6f] shadow-[0_4px_16px_rgba(0,0,0,.25)]",
  xp: "rounded-t-[8px] border border-[#0831d9] shadow-[0_4px_16px_rgba(0,0,0,.25)]",
  win11: "overflow-hidden rounded-[8px] border border-[#c6c6c6] shadow-[0_8px_24px_rgba(0,0,0,.2)]",
  tb: "overflow-hidden rounded-[8px] border border-[#c6c6c6] shadow-[0_8px_24px_rgba(0,0,0,.2)]",
  mac: "overflow-hidden rounded-[10px] border border-[#a9a9a9] shadow-[0_8px_24px_rgba(0,0,0,.25)]",
};

/** A 480 px wide window; `footer` holds the OK/Cancel row. */
export function WindowFrame(props: {
  skin: DesktopSkin;
  title: string;
  icon?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}) {
  const s = skins[props.skin];
  return (
    <div className={cx("w-[480px] text-[12px] leading-tight select-none", s.font, s.body, outer[props.skin])}>
      <TitleBar skin={props.skin} title={props.title} icon={props.icon} />
      {props.children}
      {props.footer && <div className="flex justify-end gap-2 px-3 pt-1 pb-3">{props.footer}</div>}
    </div>
  );
}
