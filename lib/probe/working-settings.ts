// The settings a mail program needs, taken from what the check saw working (SPEC §2 `settings`):
// a port that greeted, finished its dialogue, and (when encrypted) showed a certificate a mail program
// trusts for that very host name. These values go into the pictures of the fix guides.
import "server-only";
import type { WorkingSettings } from "@/lib/api/schema";
import { offers } from "./dialects";
import type { ProbeEvent } from "./port-probe";

export type HostRank = (host: string) => number;
type Security = "ssl" | "starttls" | "none";

// Encrypted first; for sending, implicit TLS first (RFC 8314 §3.3), then submission, then port 25.
const securityRank: Record<Security, number> = { ssl: 0, starttls: 1, none: 2 };
const outgoingPortRank: Record<number, number> = { 465: 0, 587: 1, 25: 2 };

/** Did the whole dialogue work, with a certificate that a mail program accepts when TLS was used? */
export function works(event: ProbeEvent): boolean {
  if (event.status !== "open" || event.step !== "done") return false;
  return event.security === "none" || event.tls?.authorized === true;
}

/** Would a mail program be allowed to log in here (no LOGINDISABLED, some login offered)? */
function loginPossible(event: ProbeEvent): boolean {
  const caps = event.capabilities;
  if (event.protocol === "imap") return !offers(caps, "LOGINDISABLED");
  if (event.protocol === "pop3") return caps.length === 0 || offers(caps, "USER") || offers(caps, "SASL");
  return offers(caps, "AUTH");
}

function best(candidates: ProbeEvent[], rank: (e: ProbeEvent) => number[]): ProbeEvent | undefined {
  const compare = (a: number[], b: number[]) => {
    for (let i = 0; i < a.length; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
    return 0;
  };
  return candidates.toSorted((a, b) => compare(rank(a), rank(b)))[0];
}

export function workingSettings(
  probes: ProbeEvent[],
  hostRank: HostRank,
  prefer: "pop3" | "imap" | null,
): WorkingSettings | null {
  const usable = probes.filter((e) => works(e) && loginPossible(e));
  const incoming = best(
    usable.filter((e) => e.protocol !== "smtp"),
    // The customer's protocol first: switching POP3 ↔ IMAP means setting the account up again.
    (e) => [
      prefer && e.protocol !== prefer ? 1 : 0,
      securityRank[e.security],
      e.protocol === "imap" ? 0 : 1,
      hostRank(e.host),
    ],
  );
  const outgoing = best(
    usable.filter((e) => e.protocol === "smtp"),
    (e) => [securityRank[e.security], outgoingPortRank[e.port] ?? 9, hostRank(e.host)],
  );
  if (!incoming && !outgoing) return null;
  return {
    incoming: incoming
      ? {
          host: incoming.host,
          port: incoming.port,
          protocol: incoming.protocol as "pop3" | "imap",
          security: incoming.security,
        }
      : null,
    outgoing: outgoing
      ? { host: outgoing.host, port: outgoing.port, security: outgoing.security, auth: true }
      : null,
  };
}
