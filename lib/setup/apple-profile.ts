// The Apple configuration profile (SPEC §8): one com.apple.mail.managed payload for iPhone, iPad and Mac,
// written with the `plist` library. No password: iOS and macOS ask for it while installing.
// Keys: Apple's Device Management "Mail" payload (developer.apple.com/documentation/devicemanagement/mail).
import { createHash } from "node:crypto";
import { build } from "plist";
import { setup } from "@/content/ui/setup";
import type { Locale } from "@/lib/i18n/locales";
import { fill, textsFor } from "@/lib/i18n/fill";
import { incomingFor, type IncomingProtocol, type SetupAccount } from "./account";

export const appleProfileType = "application/x-apple-aspen-config";

const accountType: Record<IncomingProtocol, string> = { imap: "EmailTypeIMAP", pop3: "EmailTypePOP" };

/**
 * Identifiers stay the same for one address, so installing a newer profile replaces the older one
 * instead of adding a second account; the address itself is not spelled out in them.
 */
export function profileIdentifier(email: string): string {
  const [, domain = ""] = email.toLowerCase().split("@");
  const reversed = domain.split(".").reverse().join(".");
  const digest = createHash("sha256").update(email.trim().toLowerCase()).digest("hex").slice(0, 16);
  return `doctor.mail.setup.${reversed}.${digest}`;
}

export type ProfileOptions = {
  locale: Locale;
  /** The customer's incoming protocol; the other one is used when only that works. */
  prefer: IncomingProtocol;
  checkedAt: Date;
  /** Fresh for every profile (Apple: PayloadUUID identifies this copy). */
  newUuid: () => string;
};

export function buildAppleProfile(account: SetupAccount, options: ProfileOptions): string {
  const words = textsFor(setup, options.locale).profile;
  const { protocol, server: incoming } = incomingFor(account, options.prefer);
  const { outgoing, email, domain } = account;
  const vars = { email, domain, date: options.checkedAt.toISOString().slice(0, 10) };
  const identifier = profileIdentifier(email);
  const mail = {
    PayloadType: "com.apple.mail.managed",
    PayloadVersion: 1,
    PayloadIdentifier: `${identifier}.mail`,
    PayloadUUID: options.newUuid(),
    PayloadDisplayName: fill(words.name, vars),
    PayloadDescription: fill(words.description, vars),
    EmailAccountDescription: fill(words.account, vars),
    EmailAccountType: accountType[protocol],
    EmailAddress: email,
    IncomingMailServerHostName: incoming.host,
    IncomingMailServerPortNumber: incoming.port,
    // Apple's "Use SSL" means TLS either way: implicit on 993/995, STARTTLS on 143/110.
    IncomingMailServerUseSSL: incoming.security !== "none",
    IncomingMailServerAuthentication: "EmailAuthPassword",
    IncomingMailServerUsername: email,
    OutgoingMailServerHostName: outgoing.host,
    OutgoingMailServerPortNumber: outgoing.port,
    OutgoingMailServerUseSSL: outgoing.security !== "none",
    // Authentication on: without it the server refuses to relay ("Relaying denied").
    OutgoingMailServerAuthentication: "EmailAuthPassword",
    OutgoingMailServerUsername: email,
    // One password prompt for both servers: hosting mailboxes use the same password for both.
    OutgoingPasswordSameAsIncomingPassword: true,
  };
  return build({
    PayloadType: "Configuration",
    PayloadVersion: 1,
    PayloadIdentifier: identifier,
    PayloadUUID: options.newUuid(),
    PayloadDisplayName: fill(words.name, vars),
    PayloadDescription: fill(words.description, vars),
    PayloadOrganization: domain,
    PayloadRemovalDisallowed: false,
    PayloadContent: [mail],
  });
}
