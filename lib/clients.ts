// Mail client ids of SPEC §4.
export const clientIds = [
  "outlook",
  "outlook-legacy",
  "outlook-new",
  "thunderbird",
  "apple-mail",
  "ios-mail",
  "android-gmail",
  "samsung-email",
  "other",
] as const;
export type ClientId = (typeof clientIds)[number];

export function isClientId(value: unknown): value is ClientId {
  return typeof value === "string" && (clientIds as readonly string[]).includes(value);
}
