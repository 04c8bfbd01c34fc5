// Outlook (classic): File › Account Settings › Change — the "POP and IMAP Account Settings" page.
import type { ReactNode } from "react";
import { defineMessages } from "@/lib/i18n/define-messages";
import { fieldStates, type DialogProps } from "@/lib/dialogs/field-state";
import { accelerator } from "../primitives/accel";
import { PushButton } from "../primitives/button";
import { CheckBox } from "../primitives/checkbox";
import { FieldRow, SelectBox, TextBox } from "../primitives/field";
import { WindowFrame } from "../primitives/window-frame";

const wording = defineMessages({
  ko: {
    window: "계정 변경",
    heading: "POP 및 IMAP 계정 설정",
    subheading: "계정의 메일 서버 설정을 입력하십시오.",
    user: "사용자 정보",
    server: "서버 정보",
    logon: "로그온 정보",
    test: "계정 설정 테스트",
    testHint: "이 화면에 정보를 입력한 후 아래 단추를 클릭하여 계정을 테스트하는 것이 좋습니다.",
    testButton: "계정 설정 테스트(T)...",
    back: "< 뒤로(B)",
    next: "다음(N) >",
    cancel: "취소",
    help: "도움말",
  },
  en: {
    window: "Change Account",
    heading: "POP and IMAP Account Settings",
    subheading: "Enter the mail server settings for your account.",
    user: "User Information",
    server: "Server Information",
    logon: "Logon Information",
    test: "Test Account Settings",
    testHint: "We recommend that you test your account to ensure that the entries are correct.",
    testButton: "Test Account Settings ...",
    back: "< Back",
    next: "Next >",
    cancel: "Cancel",
    help: "Help",
  },
});

export function OutlookAccountSettings(props: DialogProps) {
  const w = wording[props.locale];
  const k = accelerator(props.locale);
  const f = fieldStates("outlook-account-settings", props, {
    name: "{name}",
    email: "{email}",
    accountType: "{incoming.protocol}",
    incomingServer: "{incoming.host}",
    outgoingServer: "{outgoing.host}",
    userName: "{userName}",
    password: "secret",
    rememberPassword: "on",
    spa: "off",
  });
  const row = (label: string, key: string, box: ReactNode) => (
    <FieldRow label={`${k(label, key)}:`} labelWidth="w-[142px]" className="mt-1.5">
      {box}
    </FieldRow>
  );
  const section = (title: string) => <div className="mt-3 font-semibold first:mt-0">{title}</div>;
  return (
    <WindowFrame
      skin="win10"
      title={w.window}
      footer={
        <>
          <PushButton skin="win10">{w.back}</PushButton>
          <PushButton skin="win10" primary>
            {w.next}
          </PushButton>
          <PushButton skin="win10">{w.cancel}</PushButton>
          <PushButton skin="win10">{w.help}</PushButton>
        </>
      }
    >
      <div className="border-b border-[#dcdcdc] bg-white px-4 py-2.5">
        <div className="text-[13px] font-semibold">{w.heading}</div>
        <div className="pl-3 text-[#444]">{w.subheading}</div>
      </div>
      <div className="flex gap-3 px-4 py-3">
        <div className="w-[306px]">
          {section(w.user)}
          {row(f("name").label, "Y", <TextBox f={f("name")} skin="win10" width="w-[150px]" />)}
          {row(f("email").label, "E", <TextBox f={f("email")} skin="win10" width="w-[150px]" />)}
          {section(w.server)}
          {row(f("accountType").label, "A", <SelectBox f={f("accountType")} skin="win10" width="w-[70px]" />)}
          {row(
            f("incomingServer").label,
            "I",
            <TextBox f={f("incomingServer")} skin="win10" width="w-[150px]" />,
          )}
          {row(
            f("outgoingServer").label,
            "O",
            <TextBox f={f("outgoingServer")} skin="win10" width="w-[150px]" />,
          )}
          {section(w.logon)}
          {row(f("userName").label, "U", <TextBox f={f("userName")} skin="win10" width="w-[150px]" />)}
          {row(f("password").label, "P", <TextBox f={f("password")} skin="win10" width="w-[150px]" />)}
          <div className="mt-1.5 pl-[150px]">
            <CheckBox f={f("rememberPassword")} skin="win10" label={k(f("rememberPassword").label, "R")} />
          </div>
          <div className="mt-2">
            <CheckBox f={f("spa")} skin="win10" label={k(f("spa").label, "Q")} />
          </div>
        </div>
        <div className="flex w-[134px] flex-col">
          <div className="font-semibold">{w.test}</div>
          <p className="mt-1 text-[11px] text-[#444]">{w.testHint}</p>
          <div className="mt-2">
            <PushButton skin="win10">{w.testButton}</PushButton>
          </div>
          <div className="mt-auto self-end">
            <PushButton
              skin="win10"
              f={f("moreSettings")}
            >{`${k(f("moreSettings").label, "M")} ...`}</PushButton>
          </div>
        </div>
      </div>
    </WindowFrame>
  );
}
