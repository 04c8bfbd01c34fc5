// The Received: chain (RFC 5321 §4.4): one hop per header, newest first in the message. Each hop says which
// server received it (by), from whom, with what protocol, whether that leg used TLS, and when. The delay at
// a hop is the time since the previous hop's stamp; a negative one is clock skew and is not shown.
import type { HeaderField } from "./fields";

export type Hop = {
  from: string | null;
  by: string | null;
  /** "ESMTPS", "SMTP", "HTTP", "LMTP", "local", "Microsoft SMTP Server" … */
  with: string | null;
  /** True when the leg into this server was encrypted, false when it clearly was not, null when unknown. */
  tls: boolean | null;
  /** Milliseconds since 1970, from the stamp after ";". */
  time: number | null;
  /** Seconds since the previous (older) hop; null for the first hop or when a stamp is missing or skewed. */
  delaySeconds: number | null;
};

const hostAfter = (value: string, word: RegExp) => {
  const m = word.exec(value);
  return m?.[1]?.replace(/[();,]+$/, "") ?? null;
};

// RFC 3848: the "S" in ESMTPS/ESMTPSA/UTF8SMTPS/LMTPS means TLS. Other servers write the cipher instead.
const tlsWords =
  /\bwith (?:e?smtpsa?|utf8smtpsa?|lmtps)\b|version=tls|using tlsv?\d|\btls1[._]\d|\(tls\)|encrypted smtp|via ssl|\btlsv1\.\d/i;
// Plain SMTP legs; "local" and "HTTP" (webmail) are no SMTP leg at all, so they stay unknown.
const plainWords = /\bwith (?:esmtpa?|lmtp|smtp)\b/i;

function timeOf(value: string): number | null {
  const semicolon = value.lastIndexOf(";");
  if (semicolon === -1) return null;
  const after = value.slice(semicolon + 1);
  // Comments ("(PST)", "(envelope-from …)") are dropped; most stamps have none.
  const stamp = (after.includes("(") ? after.replace(/\([^)]*\)/g, " ") : after).replace(/\s+/g, " ").trim();
  const time = Date.parse(stamp);
  return Number.isFinite(time) ? time : null;
}

export function readHop({ value }: HeaderField): Omit<Hop, "delaySeconds"> {
  const withMatch = /\bwith (Microsoft SMTP Server|[A-Za-z0-9]+)/i.exec(value);
  const tls = tlsWords.test(value) ? true : plainWords.test(value) ? false : null;
  return {
    from: hostAfter(value, /^from (\S+)/i),
    by: hostAfter(value, /\bby (\S+)/i),
    with: withMatch?.[1] ?? null,
    tls,
    time: timeOf(value),
  };
}

// Real messages carry a few dozen hops at most (Postfix, Exim and Sendmail give up on a loop at 25–100); a
// longer chain is a loop or hostile input, and only its newest hops are read.
const MAX_HOPS = 100;

/** The chain oldest first, each hop with the delay since the previous one. */
export function readReceivedChain(fields: readonly HeaderField[]): Hop[] {
  const hops = fields
    .filter((f) => f.name === "received")
    .slice(0, MAX_HOPS)
    .map(readHop)
    .reverse();
  return hops.map((hop, i) => {
    const before = hops[i - 1]?.time;
    const delay = hop.time !== null && before != null ? Math.round((hop.time - before) / 1000) : null;
    const { from, by, with: via, tls, time } = hop;
    return { from, by, with: via, tls, time, delaySeconds: delay !== null && delay >= 0 ? delay : null };
  });
}
