// Every program's steps for the setting causes, by SPEC §4 client id.
import type { ClientId } from "@/lib/clients";
import { androidGmailGuides } from "./programs/android-gmail";
import { appleMailGuides } from "./programs/apple-mail";
import { iosMailGuides } from "./programs/ios-mail";
import { otherGuides } from "./programs/other";
import { outlookGuides } from "./programs/outlook";
import { outlookLegacyGuides } from "./programs/outlook-legacy";
import { outlookNewGuides } from "./programs/outlook-new";
import { samsungEmailGuides } from "./programs/samsung-email";
import { thunderbirdGuides } from "./programs/thunderbird";
import type { ProgramGuides } from "./step";

export const programGuides: Record<ClientId, ProgramGuides> = {
  outlook: outlookGuides,
  "outlook-legacy": outlookLegacyGuides,
  "outlook-new": outlookNewGuides,
  thunderbird: thunderbirdGuides,
  "apple-mail": appleMailGuides,
  "ios-mail": iosMailGuides,
  "android-gmail": androidGmailGuides,
  "samsung-email": samsungEmailGuides,
  other: otherGuides,
};
