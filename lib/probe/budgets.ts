// Budgets and limits of the live check (SPEC §6), in one place so code and tests agree. The ports and
// their protocols are lib/mail-ports.ts, the one table the check, the diagnosis and the pages share.
import "server-only";

export const budgets = {
  dnsQueryMs: 3_000,
  connectMs: 4_000,
  stepMs: 4_000,
  requestMs: 10_000,
  /** Time kept back at the end of a request to compute and send the result. */
  resultReserveMs: 400,
  /** Checks that arrive together begin together, once none has arrived for this long (lib/probe/start-gate.ts)… */
  startQuietMs: 8,
  /** …and at most this long after the first of them arrived (the check's 10 s then are that much shorter). */
  startWaitMaxMs: 150,
  /** After QUIT/LOGOUT: how long the server may take to close before we do (off the critical path). */
  goodbyeMs: 1_000,
  socketsPerRequest: 16,
  /** Connections open at once to one address and port, across all checks (so at most 7 to one address). */
  connectionsPerTarget: 1,
  /** How long a complete probe result serves every check that needs the same address, port and protocol. */
  probeResultMs: 60_000,
  /** How long a complete check is answered from memory (unless the request says `fresh`). */
  checkCacheMs: 5 * 60_000,
  /** Allowed addresses probed per name (every address is judged; blocked ones are reported). */
  addressesPerName: 2,
  /** Blocked addresses reported per name (each one as a `blocked` event per port). */
  blockedShownPerName: 4,
  lineBytes: 512,
  connectionBytes: 16 * 1024,
  maxMxHosts: 5,
  maxServers: 4,
  /** Records kept per DNS answer and characters per record: enough to explain, small to stream. */
  maxRecords: 50,
  maxRecordChars: 512,
} as const;
