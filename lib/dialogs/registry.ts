// Every drawing the fix guides can name, with its field ids: plain data, so content, its checks and the
// captions read it without importing a component. `components/mock-dialogs/index.tsx` maps each id to
// its drawing (the compiler makes sure none is missing).
import type { Bilingual } from "@/lib/i18n/bilingual";
import type { DialogSpec } from "./spec";
import { androidGmailDialogs } from "./specs/android-gmail";
import { appleMailDialogs } from "./specs/apple-mail";
import { iosMailDialogs } from "./specs/ios-mail";
import { iosProfileDialogs } from "./specs/ios-profile";
import { otherDialogs } from "./specs/other";
import { outlookDialogs } from "./specs/outlook";
import { outlookLegacyDialogs } from "./specs/outlook-legacy";
import { outlookNewDialogs } from "./specs/outlook-new";
import { samsungEmailDialogs } from "./specs/samsung-email";
import { thunderbirdDialogs } from "./specs/thunderbird";

export const dialogs = {
  ...outlookDialogs,
  ...outlookLegacyDialogs,
  ...outlookNewDialogs,
  ...thunderbirdDialogs,
  ...appleMailDialogs,
  ...iosMailDialogs,
  ...iosProfileDialogs,
  ...androidGmailDialogs,
  ...samsungEmailDialogs,
  ...otherDialogs,
} as const satisfies Record<string, DialogSpec>;

export type DialogId = keyof typeof dialogs;
export type FieldId<D extends DialogId> = keyof (typeof dialogs)[D]["fields"] & string;

export const dialogIds = Object.keys(dialogs) as DialogId[];

export function isDialogId(value: string): value is DialogId {
  return Object.hasOwn(dialogs, value);
}

/** A dialog's spec seen through the general type (for code that loops over any dialog). */
export function dialogSpec(id: DialogId): DialogSpec {
  return dialogs[id];
}

export function fieldLabel(id: DialogId, field: string): Bilingual | undefined {
  return dialogSpec(id).fields[field]?.label;
}
