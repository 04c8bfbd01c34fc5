// The server named in a pasted error message (decoded by lib/parse), so the live check looks at it too.
// Only the name, port and protocol are used; the wizard may pass them as `servers` instead.
import "server-only";
import { decodeErrorText } from "@/lib/parse";
import { allowedPorts, type MailProtocol } from "./budgets";
import type { ServerInput } from "./target-input";

const protocols: Record<string, MailProtocol> = { SMTP: "smtp", POP3: "pop3", IMAP: "imap" };

export function serversFromText(text: string): ServerInput[] {
  const { server, port, protocol } = decodeErrorText(text).fields;
  if (!server) return [];
  const mailProtocol = protocol ? protocols[protocol] : undefined;
  return [
    {
      host: server,
      ...(port !== null && allowedPorts.includes(port) ? { port } : {}),
      ...(mailProtocol ? { protocol: mailProtocol } : {}),
    },
  ];
}
