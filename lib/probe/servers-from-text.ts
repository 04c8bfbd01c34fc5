// Server names in a pasted error message, for checking them too (Outlook / Outlook Express style
// "Server: 'mail.example.com', Port: 110, Protocol: POP3", also in Korean). A stop-gap: the wizard
// passes the parser's decoded fields as `servers` once lib/parse exists.
import "server-only";
import { allowedPorts, type MailProtocol } from "./budgets";
import type { ServerInput } from "./target-input";

const serverPattern = /(?:server|서버)\s*[:：]\s*['"‘’“”]?([^\s'"‘’“”,]+)/giu;
const portPattern = /(?:port|포트)\s*[:：]\s*(\d{1,5})/iu;
const protocolPattern = /(?:protocol|프로토콜)\s*[:：]\s*(SMTP|POP3|IMAP)/iu;

export function serversFromText(text: string): ServerInput[] {
  const port = Number(portPattern.exec(text)?.[1] ?? NaN);
  const protocol = protocolPattern.exec(text)?.[1]?.toLowerCase() as MailProtocol | undefined;
  const hosts = [
    ...new Set([...text.matchAll(serverPattern)].map((m) => (m[1] ?? "").replace(/[.)\]]+$/, ""))),
  ].filter(Boolean);
  return hosts.slice(0, 2).map((host) => ({
    host,
    ...(allowedPorts.includes(port) ? { port } : {}),
    ...(protocol ? { protocol } : {}),
  }));
}
