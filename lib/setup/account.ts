// What an automatic-setup document describes: one address and the servers the live check proved to work
// for it. Pure data, built once per request (setup-account.ts) and written out by each document builder.
export type Security = "ssl" | "starttls" | "none";
export type IncomingProtocol = "imap" | "pop3";
export type SetupServer = { host: string; port: number; security: Security };

export type SetupAccount = {
  /** The address as the customer typed it (trimmed); it is also the user name (hosting convention). */
  email: string;
  /** The address's domain, lower case: what was checked. */
  domain: string;
  /** Each incoming protocol that works, or null; at least one is set. */
  incoming: Record<IncomingProtocol, SetupServer | null>;
  outgoing: SetupServer;
};

/** The incoming server of the protocol asked for, or of the other one when that is all that works. */
export function incomingFor(
  account: SetupAccount,
  prefer: IncomingProtocol,
): { protocol: IncomingProtocol; server: SetupServer } {
  const other: IncomingProtocol = prefer === "imap" ? "pop3" : "imap";
  const protocol = account.incoming[prefer] ? prefer : other;
  const server = account.incoming[protocol];
  if (!server) throw new Error("a setup account always has an incoming server");
  return { protocol, server };
}
