// The link parameters of SPEC §1 as a page writes them into its links: their names, in the order links
// carry them, and their text. No zod here (reading a link is lib/params.ts): the browser writes links on
// every screen of the wizard and must not carry the schemas that read them.
import type { DiagnoseRequest } from "@/lib/api/schema";
import type { ClientId } from "@/lib/clients";
import type { IncomingProtocol, MailProtocol, Security } from "@/lib/mail-ports";

/** `in` = protocol:host:port:security, e.g. pop3:mx.example.com:995:ssl. */
export type IncomingSetting = { protocol: IncomingProtocol; host: string; port: number; security: Security };
/** `out` = host:port:security, e.g. mx.example.com:587:starttls (outgoing authentication is always on). */
export type OutgoingSetting = { host: string; port: number; security: Security };

export type LinkParams = {
  symptom?: NonNullable<DiagnoseRequest["symptom"]>;
  client?: ClientId;
  email?: string;
  domain?: string;
  error?: string;
  server?: string;
  port?: number;
  protocol?: MailProtocol;
  ssl?: boolean;
  in?: IncomingSetting;
  out?: OutgoingSetting;
};

export type LinkParamName = keyof LinkParams;

/** Every SPEC §1 parameter, in the order links are written. */
export const linkParamNames = [
  "symptom",
  "client",
  "email",
  "domain",
  "error",
  "server",
  "port",
  "protocol",
  "ssl",
  "in",
  "out",
] as const satisfies readonly LinkParamName[];

/** One parameter as it is written in a link. */
export function paramText<K extends LinkParamName>(name: K, value: NonNullable<LinkParams[K]>): string {
  if (typeof value === "boolean") return value ? "1" : "0";
  if (typeof value !== "object") return String(value);
  const s = value as IncomingSetting | OutgoingSetting;
  return [...("protocol" in s ? [s.protocol] : []), s.host, s.port, s.security].join(":");
}

/** Writes parameters back into a query string in a stable order (for links, the language switch, QR codes). */
export function toQueryString(params: LinkParams): string {
  const search = new URLSearchParams();
  for (const name of linkParamNames) {
    const value = params[name];
    if (value === undefined) continue;
    search.set(name, paramText(name, value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
