// The customer's current settings (SPEC §1 "current": what the program uses now), from the pasted
// message first (it is what the program really tried) and then from what the customer typed or the link
// carried (`server`, `port`, `protocol`, `ssl`). Never mixed with the working settings the check proved.
import type { LinkParams } from "@/lib/params";
import { protocolOfPort, type MailProtocol } from "@/lib/mail-ports";
import { normalizeName } from "./check-view";
import { protocolOfMessage, type MessageEvidence } from "./message";

export type CurrentSettings = { host?: string; port?: number; protocol?: MailProtocol; ssl?: boolean };

export function currentSettings(link: LinkParams, message: MessageEvidence | null): CurrentSettings {
  const fields = message?.fields;
  const host = fields?.server ?? link.server;
  const port = fields?.port ?? link.port;
  const protocol = protocolOfMessage(message) ?? link.protocol ?? (port ? protocolOfPort(port) : undefined);
  const ssl = fields?.secure ?? link.ssl;
  return {
    ...(host ? { host: normalizeName(host) } : {}),
    ...(port !== undefined && port !== null ? { port } : {}),
    ...(protocol ? { protocol } : {}),
    ...(ssl !== undefined && ssl !== null ? { ssl } : {}),
  };
}

// Names that point back at the customer's own computer: an antivirus mail proxy (reference §6).
const localHosts =
  /^(127\.\d+\.\d+\.\d+|localhost|::1|\[::1\]|pop3\.norton\.antivirus|smtp\.norton\.antivirus)$/;
// Ports of antivirus mail proxies (Avast 12110/12025/12143) and local mail gateways (DavMail 1110/1025/1143).
export const localProxyPorts: readonly number[] = [1110, 1025, 1143, 12110, 12025, 12143];

export function isLocalHost(host: string | undefined): host is string {
  return host !== undefined && localHosts.test(host);
}
