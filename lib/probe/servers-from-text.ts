// The server named in a pasted error message (decoded by lib/parse), so the live check looks at it too.
// Only the name, port and protocol are used; the wizard may pass them as `servers` instead. The port is
// passed on as it is: lib/probe/target-input.ts reports one outside SPEC §6 (an antivirus proxy's 1110).
import "server-only";
import { decodeErrorText } from "@/lib/parse";
import type { MailProtocol } from "@/lib/mail-ports";
import type { ServerInput } from "./target-input";

const protocols: Record<string, MailProtocol> = { SMTP: "smtp", POP3: "pop3", IMAP: "imap" };

export function serversFromText(text: string): ServerInput[] {
  const { server, port, protocol } = decodeErrorText(text).fields;
  if (!server) return [];
  const mailProtocol = protocol ? protocols[protocol] : undefined;
  return [
    {
      host: server,
      ...(port !== null ? { port } : {}),
      ...(mailProtocol ? { protocol: mailProtocol } : {}),
    },
  ];
}
