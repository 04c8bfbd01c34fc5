// Links to the automatic-setup download, for the fix guides (browser-safe: no server code here).
import type { Locale } from "@/lib/i18n/locales";
import type { IncomingProtocol } from "./account";

/** The kinds of automatic setup a fix step can offer: the same profile, installed on iOS or macOS. */
export const setupKinds = ["ios-profile", "mac-profile"] as const;
export type SetupKind = (typeof setupKinds)[number];

export const appleProfilePath = "/api/setup/apple";

/** `/api/setup/apple?email=…&lang=…[&protocol=pop3]`: the page's language, the customer's protocol. */
export function appleProfileHref(email: string, locale: Locale, protocol: IncomingProtocol): string {
  const query = new URLSearchParams({ email, lang: locale });
  if (protocol === "pop3") query.set("protocol", "pop3");
  return `${appleProfilePath}?${query.toString()}`;
}
