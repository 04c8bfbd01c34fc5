// The link to a cause's fix guide (/{locale}/fix/{cause}, SPEC §1), personalised with the program, the
// address, and the settings the live check saw working, so the pictures show the values that will work.
import type { WorkingSettings } from "@/lib/api/schema";
import type { CauseId } from "@/lib/causes";
import type { Locale } from "@/lib/i18n/locales";
import { toQueryString, type LinkParams } from "@/lib/params";

// Causes that are always about the outgoing (SMTP) server, whatever the symptom.
const outgoingCauses: readonly CauseId[] = ["port25-blocked", "smtp-auth-required", "sender-not-allowed"];

export function fixHref(
  locale: Locale,
  cause: CauseId,
  link: LinkParams,
  settings: WorkingSettings | null,
  direction: "send" | "receive" | undefined,
): string {
  const outgoing = outgoingCauses.includes(cause) || direction === "send";
  const working = outgoing ? settings?.outgoing : settings?.incoming;
  const params: LinkParams = {
    client: link.client,
    ...(link.email ? { email: link.email } : { domain: link.domain }),
    ...(working
      ? {
          server: working.host,
          port: working.port,
          protocol: "protocol" in working ? working.protocol : "smtp",
          ssl: working.security !== "none",
        }
      : {}),
  };
  return `/${locale}/fix/${cause}${toQueryString(params)}`;
}
