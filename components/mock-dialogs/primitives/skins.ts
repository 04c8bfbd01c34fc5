// How each family of programs draws its controls: one row of class names per look, not if-chains.
// win10: classic Outlook dialogs; xp: Outlook Express (Windows XP "Luna"); win11: new Outlook (Fluent);
// tb: Thunderbird; mac: Apple Mail. All sizes are at 100 % (a 480 px wide dialog).
export type DesktopSkin = "win10" | "xp" | "win11" | "tb" | "mac";

type SkinClasses = {
  font: string;
  body: string;
  input: string;
  select: string;
  chevron: string;
  box: string;
  boxOff: string;
  boxOn: string;
  radio: string;
  button: string;
  primary: string;
  group: string;
  legend: string;
  muted: string;
};

const winFont = "font-['Segoe_UI','Malgun_Gothic','Noto_Sans_CJK_KR',sans-serif]";

export const skins: Record<DesktopSkin, SkinClasses> = {
  win10: {
    font: winFont,
    body: "bg-[#f0f0f0] text-black",
    input: "h-[22px] border border-[#7a7a7a] bg-white px-1",
    select: "h-[22px] border border-[#adadad] bg-[#e5e5e5] pl-1",
    chevron: "text-[#333]",
    box: "size-[13px] border text-black",
    boxOff: "border-[#333] bg-white",
    boxOn: "border-[#333] bg-white",
    radio: "size-[13px] rounded-full border border-[#333] bg-white",
    button: "h-[23px] min-w-[75px] border border-[#adadad] bg-[#e1e1e1] px-2",
    primary: "h-[23px] min-w-[75px] border-2 border-[#0078d7] bg-[#e1e1e1] px-2",
    group: "border border-[#dcdcdc]",
    legend: "bg-[#f0f0f0] text-[#0033bc]",
    muted: "text-[#595959]",
  },
  xp: {
    font: winFont,
    body: "bg-[#ece9d8] text-black",
    input: "h-[21px] border border-[#7f9db9] bg-white px-1",
    select: "h-[21px] border border-[#7f9db9] bg-white pl-1",
    chevron: "text-[#4d6185]",
    box: "size-[13px] border text-[#21a121]",
    boxOff: "border-[#1c5180] bg-white",
    boxOn: "border-[#1c5180] bg-white",
    radio: "size-[13px] rounded-full border border-[#1c5180] bg-white",
    button:
      "h-[23px] min-w-[75px] rounded-[3px] border border-[#003c74] bg-gradient-to-b from-white to-[#e3e1d3] px-2",
    primary:
      "h-[23px] min-w-[75px] rounded-[3px] border-2 border-[#003c74] bg-gradient-to-b from-white to-[#e3e1d3] px-2",
    group: "rounded-[3px] border border-[#d0d0bf]",
    legend: "bg-[#ece9d8] text-[#0046d5]",
    muted: "text-[#555]",
  },
  win11: {
    font: winFont,
    body: "bg-[#fafafa] text-[#1b1b1b]",
    input: "h-8 rounded-[4px] border border-[#d1d1d1] border-b-[#868686] bg-white px-2",
    select: "h-8 rounded-[4px] border border-[#d1d1d1] bg-white px-2",
    chevron: "text-[#424242]",
    box: "size-4 rounded-[3px] border text-white",
    boxOff: "border-[#616161] bg-white",
    boxOn: "border-[#0f6cbd] bg-[#0f6cbd]",
    radio: "size-4 rounded-full border border-[#616161] bg-white",
    button: "h-8 min-w-[96px] rounded-[4px] border border-[#d1d1d1] bg-white px-3 font-semibold",
    primary: "h-8 min-w-[96px] rounded-[4px] bg-[#0f6cbd] px-3 font-semibold text-white",
    group: "rounded-[6px] border border-[#e0e0e0] bg-white",
    legend: "bg-white font-semibold",
    muted: "text-[#616161]",
  },
  tb: {
    font: winFont,
    body: "bg-[#f9f9fb] text-[#15141a]",
    input: "h-7 rounded-[4px] border border-[#8f8f9d] bg-white px-2",
    select: "h-7 rounded-[4px] border border-[#cfcfd8] bg-[#e9e9ed] px-2",
    chevron: "text-[#15141a]",
    box: "size-4 rounded-[3px] border text-white",
    boxOff: "border-[#8f8f9d] bg-white",
    boxOn: "border-[#0061e0] bg-[#0061e0]",
    radio: "size-4 rounded-full border border-[#8f8f9d] bg-white",
    button: "h-7 min-w-[80px] rounded-[4px] bg-[#e9e9ed] px-3",
    primary: "h-7 min-w-[80px] rounded-[4px] bg-[#0061e0] px-3 text-white",
    group: "rounded-[6px] border border-[#cfcfd8]",
    legend: "bg-[#f9f9fb] font-semibold",
    muted: "text-[#5b5b66]",
  },
  mac: {
    font: "font-[-apple-system,'SF_Pro_Text','Apple_SD_Gothic_Neo','Noto_Sans_CJK_KR',sans-serif]",
    body: "bg-[#ececec] text-[#1d1d1f]",
    input:
      "h-[22px] rounded-[4px] border border-[#c4c4c4] bg-white px-1.5 shadow-[inset_0_1px_1px_rgba(0,0,0,.06)]",
    select: "h-[22px] rounded-[5px] border border-[#c4c4c4] bg-white pl-2 shadow-sm",
    chevron: "rounded-[4px] bg-[#0a7aff] px-[3px] text-white",
    box: "size-[14px] rounded-[3px] border text-white",
    boxOff: "border-[#b5b5b5] bg-white",
    boxOn: "border-[#0a7aff] bg-[#0a7aff]",
    radio: "size-[14px] rounded-full border border-[#b5b5b5] bg-white",
    button: "h-[22px] min-w-[70px] rounded-[5px] border border-[#c4c4c4] bg-white px-3 shadow-sm",
    primary: "h-[22px] min-w-[70px] rounded-[5px] bg-[#0a7aff] px-3 text-white shadow-sm",
    group: "rounded-[6px] border border-[#d6d6d6] bg-[#f5f5f5]",
    legend: "bg-transparent font-semibold",
    muted: "text-[#5e5e5e]",
  },
};
