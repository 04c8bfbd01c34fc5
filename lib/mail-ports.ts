// The mail ports of SPEC §6: which protocol speaks on each, how each is secured, the order the live
// check tries them in, and the usual settings. Plain data with no `node:` imports, so the live check, the
// diagnosis and the pages in the browser all read the same table.
export type MailProtocol = "smtp" | "pop3" | "imap";
export type IncomingProtocol = Exclude<MailProtocol, "smtp">;
/** ssl: TLS from the first byte (RFC 8314 "implicit TLS"); starttls: plain, then upgraded; none: plain. */
export type Security = "ssl" | "starttls" | "none";
export const securities = ["ssl", "starttls", "none"] as const satisfies readonly Security[];

export const mailPorts = [
  { port: 25, protocol: "smtp", tls: "starttls" },
  { port: 465, protocol: "smtp", tls: "ssl" },
  { port: 587, protocol: "smtp", tls: "starttls" },
  { port: 110, protocol: "pop3", tls: "starttls" },
  { port: 995, protocol: "pop3", tls: "ssl" },
  { port: 143, protocol: "imap", tls: "starttls" },
  { port: 993, protocol: "imap", tls: "ssl" },
] as const satisfies readonly { port: number; protocol: MailProtocol; tls: "ssl" | "starttls" }[];

export type MailPort = (typeof mailPorts)[number];
export const allowedPorts: readonly number[] = mailPorts.map((p) => p.port);

export function mailPort(port: number): MailPort | undefined {
  return mailPorts.find((p) => p.port === port);
}

/** The ports of each protocol, plain (STARTTLS) port first. */
export const portsOf: Record<MailProtocol, readonly number[]> = {
  smtp: [25, 587, 465],
  pop3: [110, 995],
  imap: [143, 993],
};

/** The order the live check starts its probes in: what a mail program most likely needs first. */
export const probeOrder: readonly number[] = [587, 995, 993, 465, 25, 110, 143];

export function protocolOfPort(port: number): MailProtocol | undefined {
  return mailPort(port)?.protocol;
}

/** Is this a port for sending (SMTP) or for receiving (POP3/IMAP)? */
export function roleOfPort(port: number): "incoming" | "outgoing" {
  return protocolOfPort(port) === "smtp" ? "outgoing" : "incoming";
}

/**
 * The usual settings when the check proved nothing: implicit TLS for mail access (RFC 8314 §3.3),
 * submission on 587 with STARTTLS (RFC 6409 §3.1). Port 25 is never a mail program's port: it is for
 * server-to-server relay and home lines block it (Korea since 2011).
 */
export const usualIncoming: Record<IncomingProtocol, { port: number; security: Security }> = {
  pop3: { port: 995, security: "ssl" },
  imap: { port: 993, security: "ssl" },
};
export const usualOutgoing = { port: 587, security: "starttls" } as const satisfies {
  port: number;
  security: Security;
};
