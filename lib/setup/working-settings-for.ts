// The one place automatic setup asks which settings work: the working-settings chooser of lib/diagnose
// (docs/decisions/0006-working-settings.md), the same one the fix pictures and the `result` event use,
// asked once per incoming protocol for the program that will read the document.
import type { DiagnoseEvent } from "@/lib/api/schema";
import type { ClientId } from "@/lib/clients";
import { workingSettings } from "@/lib/diagnose";
import type { CheckEvent } from "@/lib/probe";
import type { IncomingProtocol, SetupAccount } from "./account";

export type CheckedServers = Pick<SetupAccount, "incoming"> & { outgoing: SetupAccount["outgoing"] | null };

/**
 * The working IMAP and POP3 servers (each asked for on its own) and the working outgoing server, for the
 * program that will read the document: the chooser offers only settings that program can be set to.
 */
export function workingSettingsFor(events: CheckEvent[], domain: string, program: ClientId): CheckedServers {
  const ask = (protocol: IncomingProtocol) =>
    workingSettings(events as DiagnoseEvent[], { domain, client: program, protocol });
  const incoming = (protocol: IncomingProtocol) => {
    const found = ask(protocol)?.incoming;
    return found && found.protocol === protocol
      ? { host: found.host, port: found.port, security: found.security }
      : null;
  };
  const out = ask("imap")?.outgoing;
  return {
    incoming: { imap: incoming("imap"), pop3: incoming("pop3") },
    outgoing: out ? { host: out.host, port: out.port, security: out.security } : null,
  };
}
