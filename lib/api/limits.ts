// Size limits of SPEC §2, kept apart from the zod schemas so browser code can use them without zod.
export const MAX_TEXT_CHARS = 20_000;
/** 20 000 Korean characters are 60 000 bytes of UTF-8; the rest of the request fits in what is left. */
export const MAX_BODY_BYTES = 128 * 1024;

/**
 * What the HTTP server (scripts/start.mjs) grants a client. A request that stalls — headers or body — is
 * answered 408 and closed within `requestTimeoutMs` + `timeoutCheckIntervalMs` (13 s, under the 15 s the
 * issue allows); a 10 s live check streams its answer after the request is in, so it is not cut by these.
 */
export const httpServerLimits = {
  /** Until the last header line (slowloris). */
  headersTimeoutMs: 8_000,
  /** Until the last byte of the body. */
  requestTimeoutMs: 12_000,
  /** How often Node checks the two above (its default, 30 s, would let a stalled request live 42 s). */
  timeoutCheckIntervalMs: 1_000,
  /** An idle keep-alive connection between requests. */
  keepAliveTimeoutMs: 5_000,
  /** No byte either way, e.g. a client that stops reading its answer. */
  idleSocketTimeoutMs: 15_000,
  /** After an answer that left the body unread (413, 403, 415): how long the rest is read and dropped so
   *  the client gets the answer instead of a reset, before the connection is closed. */
  lingerMs: 2_000,
  /**
   * The request line and headers together (Node's default is 16 KiB). A link may carry `error` of 2 000
   * characters (SPEC §1): 2 000 Korean characters are 18 000 bytes percent-encoded, and the page's own
   * requests repeat nothing of it (the pages send `Referrer-Policy: origin`), so 64 KiB leaves room for
   * every link the wizard builds without ever answering 431 to one.
   */
  maxHeaderBytes: 64 * 1024,
  /** Open connections at once, in total and (without a trusted proxy in front) from one address. */
  maxConnections: 1_024,
  maxConnectionsPerAddress: 64,
} as const;
