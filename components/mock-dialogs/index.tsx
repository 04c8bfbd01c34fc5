// Every drawing component, by the id the fix guides use. `satisfies` makes a registry entry without a
// component a type error; the unit tests check that each component draws every field of its entry.
import type { ComponentType } from "react";
import { AndroidGmailAccount } from "./android-gmail/account";
import { AndroidGmailIncoming } from "./android-gmail/incoming";
import { AndroidGmailOutgoing } from "./android-gmail/outgoing";
import { AppleMailAccountInfo } from "./apple-mail/account-info";
import { AppleMailGeneral } from "./apple-mail/general";
import { AppleMailServerSettings } from "./apple-mail/server-settings";
import type { DialogProps } from "@/lib/dialogs/field-state";
import { IosMailAccount } from "./ios-mail/account";
import { IosMailAdvanced } from "./ios-mail/advanced";
import { IosMailFetch } from "./ios-mail/fetch";
import { IosProfileDownloaded } from "./ios-mail/profile-downloaded";
import { IosProfileInstall } from "./ios-mail/profile-install";
import { IosProfileSettings } from "./ios-mail/profile-settings";
import { IosMailSmtpServer } from "./ios-mail/smtp-server";
import { OtherChecklist } from "./other/checklist";
import { OutlookAccountSettings } from "./outlook/account-settings";
import { OutlookAdvancedTab } from "./outlook/advanced-tab";
import { OutlookOutgoingTab } from "./outlook/outgoing-tab";
import { OutlookSendReceive } from "./outlook/send-receive";
import { OutlookLegacyAdvancedTab } from "./outlook-legacy/advanced-tab";
import { OutlookLegacyGeneralTab } from "./outlook-legacy/general-tab";
import { OutlookLegacyOptions } from "./outlook-legacy/options";
import { OutlookLegacyServersTab } from "./outlook-legacy/servers-tab";
import { OutlookNewAccountForm } from "./outlook-new/account-form";
import { OutlookNewAccounts } from "./outlook-new/accounts";
import type { DialogId } from "@/lib/dialogs/registry";
import { SamsungEmailIncoming } from "./samsung-email/server-incoming";
import { SamsungEmailOutgoing } from "./samsung-email/server-outgoing";
import { SamsungEmailSync } from "./samsung-email/sync";
import { ThunderbirdAccountSettings } from "./thunderbird/account-settings";
import { ThunderbirdServerSettings } from "./thunderbird/server-settings";
import { ThunderbirdSmtpServer } from "./thunderbird/smtp-server";

export const dialogComponents = {
  "outlook-account-settings": OutlookAccountSettings,
  "outlook-outgoing-tab": OutlookOutgoingTab,
  "outlook-advanced-tab": OutlookAdvancedTab,
  "outlook-send-receive": OutlookSendReceive,
  "outlook-legacy-general-tab": OutlookLegacyGeneralTab,
  "outlook-legacy-servers-tab": OutlookLegacyServersTab,
  "outlook-legacy-advanced-tab": OutlookLegacyAdvancedTab,
  "outlook-legacy-options": OutlookLegacyOptions,
  "outlook-new-accounts": OutlookNewAccounts,
  "outlook-new-account-form": OutlookNewAccountForm,
  "thunderbird-account-settings": ThunderbirdAccountSettings,
  "thunderbird-server-settings": ThunderbirdServerSettings,
  "thunderbird-smtp-server": ThunderbirdSmtpServer,
  "apple-mail-account-info": AppleMailAccountInfo,
  "apple-mail-server-settings": AppleMailServerSettings,
  "apple-mail-general": AppleMailGeneral,
  "ios-mail-account": IosMailAccount,
  "ios-mail-smtp-server": IosMailSmtpServer,
  "ios-mail-advanced": IosMailAdvanced,
  "ios-mail-fetch": IosMailFetch,
  "ios-mail-profile-downloaded": IosProfileDownloaded,
  "ios-mail-profile-settings": IosProfileSettings,
  "ios-mail-profile-install": IosProfileInstall,
  "android-gmail-account": AndroidGmailAccount,
  "android-gmail-incoming": AndroidGmailIncoming,
  "android-gmail-outgoing": AndroidGmailOutgoing,
  "samsung-email-incoming": SamsungEmailIncoming,
  "samsung-email-outgoing": SamsungEmailOutgoing,
  "samsung-email-sync": SamsungEmailSync,
  "other-checklist": OtherChecklist,
} satisfies Record<DialogId, ComponentType<DialogProps>>;

/** Draws one picture by id. */
export function MockDialog({ dialog, ...props }: DialogProps & { dialog: DialogId }) {
  const Drawing = dialogComponents[dialog] as ComponentType<DialogProps>;
  return <Drawing {...props} />;
}
