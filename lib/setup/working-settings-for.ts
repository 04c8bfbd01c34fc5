// The one place automatic setup asks which settings work. Today it reads the settings the live check's
// own result yields (lib/probe/working-settings.ts through deriveFindings); when the one working-settings
// chooser of lib/diagnose lands, only this function changes.
import "server-only";
import type { WorkingSettings } from "@/lib/api/schema";
import type { ClientId } from "@/lib/clients";
import { deriveFindings, type CheckEvent } from "@/lib/probe";
import type { IncomingProtocol, SetupAccount } from "./account";

export type CheckedServers = Pick<SetupAccount, "incoming"> & { outgoing: SetupAccount["outgoing"] | null };

function chooser(events: CheckEvent[], domain: string, prefer: IncomingProtocol): WorkingSettings | null {
  return deriveFindings(events, { domain, servers: [], refused: [], locale: "en", prefer }).settings;
}

/**
 * The working IMAP and POP3 servers (each asked for on its own) and the working outgoing server, for the
 * program that will read the document (the chooser of lib/diagnose also knows what each program can do).
 */
export function workingSettingsFor(events: CheckEvent[], domain: string, program: ClientId): CheckedServers {
  void program; // the chooser of lib/probe does not know programs yet
  const imap = chooser(events, domain, "imap");
  const pop3 = chooser(events, domain, "pop3");
  const incoming = (settings: WorkingSettings | null, protocol: IncomingProtocol) => {
    const found = settings?.incoming;
    return found && found.protocol === protocol
      ? { host: found.host, port: found.port, security: found.security }
      : null;
  };
  const out = imap?.outgoing;
  return {
    incoming: { imap: incoming(imap, "imap"), pop3: incoming(pop3, "pop3") },
    outgoing: out ? { host: out.host, port: out.port, security: out.security } : null,
  };
}
