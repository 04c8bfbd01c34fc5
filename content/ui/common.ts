// Strings shared by every page: the product name, the header, the language switch.
import { defineMessages } from "@/lib/i18n/define-messages";

export const common = defineMessages({
  ko: {
    productName: "메일 닥터",
    tagline: "메일이 안 될 때, 원인을 찾아 고치는 방법을 그림으로 알려 드립니다.",
    skipToContent: "본문으로 건너뛰기",
    languageSwitch: "언어 선택",
    languageName: "한국어",
    otherLanguageLabel: "English",
    home: "처음으로",
    back: "뒤로",
    previewAlt: "메일 닥터: 메일이 안 되는 원인을 찾아 고치는 방법을 그림으로 알려 드립니다",
  },
  en: {
    productName: "Mail Doctor",
    tagline: "When your e-mail stops working, we find the cause and show you the fix, step by step.",
    skipToContent: "Skip to content",
    languageSwitch: "Language",
    languageName: "English",
    otherLanguageLabel: "한국어",
    home: "Start over",
    back: "Back",
    previewAlt: "Mail Doctor: finds why your e-mail does not work and shows the fix in pictures",
  },
});
