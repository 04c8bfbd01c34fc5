// What each mail program of SPEC §4 can do, as data support staff can correct: which incoming protocols
// and which security choices its account screens offer (the settings chooser in lib/diagnose offers only
// settings the program can be set to), and which causes can happen only in some programs (the diagnosis
// never ranks a cause the customer's program cannot have). Checked by lib/content/programs-check.ts.
import type { CauseId } from "@/lib/causes";
import type { ClientId } from "@/lib/clients";
import type { IncomingProtocol, Security } from "@/lib/mail-ports";

export type ProgramAbilities = {
  protocols: readonly IncomingProtocol[];
  /** The security choices of the incoming (POP3/IMAP) and outgoing (SMTP) server settings. */
  incoming: readonly Security[];
  outgoing: readonly Security[];
};

const everything: ProgramAbilities = {
  protocols: ["imap", "pop3"],
  incoming: ["ssl", "starttls", "none"],
  outgoing: ["ssl", "starttls", "none"],
};

export const programAbilities: Record<ClientId, ProgramAbilities> = {
  // File › Account Settings › More Settings › Advanced: None, SSL/TLS, STARTTLS, Auto.
  outlook: everything,
  // One check box per server, "This server requires a secure connection (SSL)". For POP3 and IMAP it means
  // TLS from the first byte (995/993): these programs cannot upgrade a plain POP3/IMAP connection
  // (STLS/STARTTLS). For SMTP the box means STARTTLS on 25/587 and implicit TLS on 465.
  "outlook-legacy": {
    protocols: ["pop3", "imap"],
    incoming: ["ssl", "none"],
    outgoing: ["ssl", "starttls", "none"],
  },
  // Settings › Accounts › Add account › Advanced setup: SSL/TLS, STARTTLS, None.
  "outlook-new": everything,
  // Account Settings › Server Settings and Outgoing Server: None, STARTTLS, SSL/TLS.
  thunderbird: everything,
  // "Use TLS/SSL" per server; with it on the port decides between implicit TLS and STARTTLS.
  "apple-mail": everything,
  // "Use SSL" per server, the same way.
  "ios-mail": everything,
  // Security type: None, SSL/TLS, STARTTLS (and "accept all certificates" variants, which we never offer).
  "android-gmail": everything,
  // Security type: None, SSL, TLS (Samsung's word for STARTTLS), and "accept all certificates" variants.
  "samsung-email": everything,
  other: everything,
};

/**
 * Causes that concern only some programs; every other cause concerns all of them. An iPhone has no
 * Outlook data file, and the retired Windows Mail app is "another program" in the wizard.
 */
export const causePrograms: Partial<Record<CauseId, readonly ClientId[]>> = {
  "data-file-problem": ["outlook", "outlook-legacy"],
  "windows-mail-app": ["other"],
  // HTTPMail (0x800CCC3C) was Outlook Express's and Outlook 2003's; the Outlook Connector error
  // 0x8DE00005 is Outlook's.
  "protocol-retired": ["outlook", "outlook-legacy", "other"],
};

export function causeConcerns(cause: CauseId, client: ClientId | undefined): boolean {
  const only = causePrograms[cause];
  return !client || !only || only.includes(client);
}
