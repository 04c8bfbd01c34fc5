// What each mail program (SPEC §4 ids) is called, as customers know it, in both languages.
import type { ClientId } from "@/lib/clients";
import type { Bilingual } from "@/lib/i18n/bilingual";

export const clientNames: Record<ClientId, { name: Bilingual; hint: Bilingual }> = {
  outlook: {
    name: { ko: "Outlook (Windows용 2016·2019·2021·365)", en: "Outlook for Windows (2016, 2019, 2021, 365)" },
    hint: { ko: "파일 메뉴가 있는 보통의 Outlook", en: "The usual Outlook with a File menu" },
  },
  "outlook-legacy": {
    name: {
      ko: "Outlook Express · Outlook 2003–2007 · Windows Live Mail",
      en: "Outlook Express, Outlook 2003–2007, Windows Live Mail",
    },
    hint: { ko: "도구 › 계정 메뉴가 있는 예전 프로그램", en: "Older programs with a Tools › Accounts menu" },
  },
  "outlook-new": {
    name: { ko: "새 Outlook (Windows)", en: "New Outlook for Windows" },
    hint: {
      ko: "오른쪽 위에 '새 Outlook' 스위치가 있는 버전",
      en: "The version with the 'New Outlook' switch",
    },
  },
  thunderbird: {
    name: { ko: "Thunderbird (썬더버드)", en: "Thunderbird" },
    hint: { ko: "Mozilla의 무료 메일 프로그램", en: "Mozilla's free mail program" },
  },
  "apple-mail": {
    name: { ko: "Mac의 메일", en: "Mail on a Mac" },
    hint: { ko: "macOS에 들어 있는 메일 앱", en: "The Mail app that comes with macOS" },
  },
  "ios-mail": {
    name: { ko: "iPhone·iPad의 메일", en: "Mail on iPhone or iPad" },
    hint: { ko: "파란 봉투 모양 아이콘의 기본 메일 앱", en: "The built-in app with the blue envelope icon" },
  },
  "android-gmail": {
    name: { ko: "Android의 Gmail 앱", en: "Gmail app on Android" },
    hint: {
      ko: "회사·호스팅 메일 계정을 Gmail 앱에 추가한 경우",
      en: "With your work or hosting account added to it",
    },
  },
  "samsung-email": {
    name: { ko: "삼성 이메일", en: "Samsung Email" },
    hint: { ko: "갤럭시 휴대폰의 기본 이메일 앱", en: "The built-in e-mail app on Galaxy phones" },
  },
  other: {
    name: { ko: "다른 프로그램", en: "Another program" },
    hint: { ko: "목록에 없거나 잘 모르겠어요", en: "Not listed, or not sure" },
  },
};
