// "Set up automatically" (SPEC §8): the first step of the iPhone/iPad and Mac Mail guides for the
// setting causes a fresh account fixes, and what the customer sees while installing the profile.
// Thunderbird's note says what a hosting company gains from autoconfig.
import type { SettingCauseId } from "@/lib/fix/guide-types";
import type { Step } from "@/lib/content/fix-guide-schema";
import type { SetupKind } from "@/lib/setup/links";
import { pic, step, type ProgramGuides } from "./step";

// A profile sets up a new account with the checked server names, ports, encryption, outgoing login and
// the whole address as user name. It cannot create an app password or change how often mail is fetched.
const notFixedByProfile: readonly SettingCauseId[] = ["app-password-required", "polling-too-often"];

const first: Record<SetupKind, Step> = {
  "ios-profile": {
    text: {
      ko: "자동으로 설정하기: 점검에서 실제로 연결된 설정을 담은 설정 파일(프로파일)을 iPhone이나 iPad에서 받아 설치하면, 메일 비밀번호만 넣으면 됩니다. 직접 고치시려면 다음 단계로 넘어가세요.",
      en: "Set up automatically: download a setup file (profile) with the settings the check saw working and install it on your iPhone or iPad; all you type is your mail password. To change the settings by hand instead, go to the next step.",
    },
    setup: "ios-profile",
  },
  "mac-profile": {
    text: {
      ko: "자동으로 설정하기: 점검에서 실제로 연결된 설정을 담은 설정 파일(프로파일)을 이 Mac에서 받아 설치하면, 메일 비밀번호만 넣으면 됩니다. 직접 고치시려면 다음 단계로 넘어가세요.",
      en: "Set up automatically: download a setup file (profile) with the settings the check saw working and install it on this Mac; all you type is your mail password. To change the settings by hand instead, go to the next step.",
    },
    setup: "mac-profile",
  },
};

const removeOld = {
  ko: "새 계정으로 메일이 오가면, 메일이 두 번 받아지지 않도록 예전 계정을 지우세요",
  en: "Once mail works in the new account, delete the old one so mail is not fetched twice",
};

/** What installing the profile looks like, step by step (iOS: in pictures). */
export const setupInstallSteps: Record<SetupKind, Step[]> = {
  "ios-profile": [
    step(
      "“구성 프로파일을 다운로드하려고 합니다”라고 물으면 [허용]을, ‘프로파일이 다운로드됨’이 나오면 [닫기]를 누르세요.",
      "When iPhone asks whether the website may download a configuration profile, tap Allow; when it says Profile Downloaded, tap Close.",
      pic("ios-mail-profile-downloaded", "close"),
    ),
    step(
      "[설정] 앱을 열고 맨 위의 [프로파일이 다운로드됨]을 누르세요. 보이지 않으면 [일반] › [VPN 및 기기 관리]에 있습니다.",
      "Open Settings and tap Profile Downloaded near the top. Not there? It is under General › VPN & Device Management.",
      pic("ios-mail-profile-settings", "profileDownloaded"),
    ),
    step(
      "오른쪽 위 [설치]를 누르고 iPhone 암호를 넣은 뒤 다시 [설치]를 누르세요. 메일 비밀번호를 물으면 넣고 [다음], [완료]를 누르세요. ‘확인되지 않음’이라고 나와도 괜찮습니다.",
      "Tap Install at the top right, enter your iPhone passcode and tap Install again. When asked, type your mail password, then tap Next and Done. “Unverified” is fine here.",
      pic("ios-mail-profile-install", "install"),
    ),
    step(
      `${removeOld.ko}: [설정] › [앱] › [메일] › [메일 계정] › 예전 계정 › [계정 삭제].`,
      `${removeOld.en}: Settings › Apps › Mail › Mail Accounts › the old account › Delete Account.`,
    ),
  ],
  "mac-profile": [
    step(
      "받은 파일({domain}.mobileconfig)을 [다운로드] 폴더에서 두 번 클릭하세요. ‘프로파일 설치’를 검토하라는 알림이 나옵니다.",
      "Double-click the downloaded file ({domain}.mobileconfig) in Downloads. macOS tells you to review the profile.",
    ),
    step(
      "[시스템 설정] › [일반] › [기기 관리](macOS 13·14: [개인정보 보호 및 보안] › [프로파일])에서 그 프로파일을 두 번 클릭하고 [설치]를 누르세요. Mac 암호와 메일 비밀번호를 차례로 넣으세요.",
      "Open System Settings › General › Device Management (macOS 13 and 14: Privacy & Security › Profiles), double-click the profile and click Install. Enter your Mac password, then your mail password.",
    ),
    step(
      `${removeOld.ko}: 메일 앱의 [메일] › [설정] › [계정]에서 예전 계정을 고르고 [−]를 누르세요.`,
      `${removeOld.en}: in Mail, choose Mail › Settings › Accounts, select the old account and click −.`,
    ),
  ],
};

/** A program's guides with "set up automatically" as step 1 of every cause a fresh profile fixes. */
export function withAutoSetup(kind: SetupKind, guides: ProgramGuides): ProgramGuides {
  const entries = Object.entries(guides) as [SettingCauseId, Step[]][];
  return Object.fromEntries(
    entries.map(([cause, steps]) => [
      cause,
      notFixedByProfile.includes(cause) ? steps : [first[kind], ...steps],
    ]),
  ) as ProgramGuides;
}

/** Shown with Thunderbird's steps: Thunderbird sets itself up when the hosting company publishes autoconfig. */
export const autoconfigNote = {
  ko: "호스팅 회사에 알려 주세요: autoconfig.{domain}을(를) 이 진단 서비스로 연결해 두면, Thunderbird는 메일 주소와 비밀번호만 넣어도 점검으로 확인된 서버 설정을 스스로 찾아 씁니다. 고객이 설정을 손으로 고칠 일도, 잘못 추측된 설정으로 생기는 문의도 줄어듭니다.",
  en: "Tip for your hosting company: when autoconfig.{domain} points at this service, Thunderbird finds the checked server settings by itself from just the address and password. Customers no longer type settings by hand, and support calls about wrongly guessed settings go away.",
};
