// The link to a cause's fix guide (/{locale}/fix/{cause}, SPEC §1), personalised with the program, the
// address, the *working* settings the live check proved (`in`/`out`: what the pictures tell the customer
// to type) and the *current* ones from the message or the customer's answers (`server`/`port`/
// `protocol`/`ssl`: shown as "your current settings"). The two are never mixed.
import type { WorkingSettings } from "@/lib/api/schema";
import type { CauseId } from "@/lib/causes";
import type { ClientId } from "@/lib/clients";
import type { CurrentSettings } from "@/lib/diagnose";
import type { Locale } from "@/lib/i18n/locales";
import { toQueryString, type LinkParams } from "@/lib/link-query";

export type FixLinkInput = {
  link: LinkParams;
  client: ClientId | undefined;
  settings: WorkingSettings | null;
  current: CurrentSettings;
};

export function fixParams({ link, client, settings, current }: FixLinkInput): LinkParams {
  const incoming = settings?.incoming;
  const outgoing = settings?.outgoing;
  return {
    ...(client ? { client } : {}),
    ...(link.email ? { email: link.email } : link.domain ? { domain: link.domain } : {}),
    ...(current.host ? { server: current.host } : {}),
    ...(current.port !== undefined ? { port: current.port } : {}),
    ...(current.protocol ? { protocol: current.protocol } : {}),
    ...(current.ssl !== undefined ? { ssl: current.ssl } : {}),
    ...(incoming
      ? {
          in: {
            protocol: incoming.protocol,
            host: incoming.host,
            port: incoming.port,
            security: incoming.security,
          },
        }
      : {}),
    ...(outgoing ? { out: { host: outgoing.host, port: outgoing.port, security: outgoing.security } } : {}),
  };
}

export function fixHref(locale: Locale, cause: CauseId, input: FixLinkInput): string {
  return `/${locale}/fix/${cause}${toQueryString(fixParams(input))}`;
}
