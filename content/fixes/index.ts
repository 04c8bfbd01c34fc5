// The fix guides: for every SPEC §3 cause its title, meaning and general steps; for the setting causes,
// every program's steps with pictures (content/fixes/programs).
import type { CauseId } from "@/lib/causes";
import type { CauseGuide } from "@/lib/content/fix-guide-schema";
import { deliveryCauseGuides } from "./causes/delivery-causes";
import { otherCauseGuides } from "./causes/other-causes";
import { settingCauseGuides } from "./causes/setting-causes";

export { programGuides } from "./program-guides";

export const causeGuides: Record<CauseId, CauseGuide> = {
  ...settingCauseGuides,
  ...otherCauseGuides,
  ...deliveryCauseGuides,
};
