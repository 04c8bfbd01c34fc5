// Ids the fix guides are keyed by.
import type { settingCauseIds } from "@/lib/causes";

export type SettingCauseId = (typeof settingCauseIds)[number];
