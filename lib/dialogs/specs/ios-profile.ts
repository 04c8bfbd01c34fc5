// The three screens iOS shows while installing a configuration profile (the automatic setup of the
// iPhone guides): Safari's "Profile Downloaded" alert, Settings with the downloaded profile on top,
// and the Install Profile sheet. Wording of iOS 17/18 in English; the Korean is iOS's own as far as
// we know it (unverified against a device).
import { bilingual as b, button, type DialogSpec } from "../spec";

export const iosProfileDialogs = {
  "ios-mail-profile-downloaded": {
    client: "ios-mail",
    title: b("iPhone Safari – 프로파일이 다운로드됨", "iPhone Safari – Profile Downloaded"),
    fields: { close: button("닫기", "Close") },
  },
  "ios-mail-profile-settings": {
    client: "ios-mail",
    title: b("iPhone 설정", "iPhone Settings"),
    fields: { profileDownloaded: button("프로파일이 다운로드됨", "Profile Downloaded") },
  },
  "ios-mail-profile-install": {
    client: "ios-mail",
    title: b("iPhone 설정 – 프로파일 설치", "iPhone Settings – Install Profile"),
    fields: { install: button("설치", "Install") },
  },
} as const satisfies Record<string, DialogSpec>;
