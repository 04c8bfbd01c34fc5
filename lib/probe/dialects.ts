// What the live check says to each kind of mail server, as a table (SPEC §6):
// SMTP: greeting, EHLO, STARTTLS, EHLO, QUIT (RFC 5321, RFC 3207); POP3: greeting, CAPA, STLS, QUIT
// (RFC 1939, RFC 2449, RFC 2595); IMAP: greeting, CAPABILITY, STARTTLS, LOGOUT (RFC 9051).
// Never MAIL FROM, RCPT TO, USER/PASS, LOGIN or AUTHENTICATE.
import "server-only";
import type { MailProtocol } from "@/lib/mail-ports";

export type GreetingKind = "ready" | "refused" | "foreign";

export type Dialect = {
  /** Is this line the last one of the greeting? */
  greetingEnds: (line: string) => boolean;
  /** "ready", a well-formed refusal (SMTP 554/421, -ERR, * BYE), or something that is not this protocol. */
  greeting: (lines: string[]) => GreetingKind;
  capabilityCommand: string;
  capabilityEnds: (line: string) => boolean;
  /** The capabilities named in a capability reply (empty when the command was refused). */
  capabilities: (lines: string[]) => string[];
  /** Capabilities that may already be in the greeting (IMAP's [CAPABILITY …] response code). */
  greetingCapabilities: (lines: string[]) => string[];
  startTlsCapability: string;
  startTlsCommand: string;
  startTlsEnds: (line: string) => boolean;
  startTlsOk: (lines: string[]) => boolean;
  quitCommand: string;
};

const smtpLast = (line: string) => !/^\d{3}-/.test(line);
const last = (lines: string[]) => lines[lines.length - 1] ?? "";
const words = (text: string) => text.trim().split(/\s+/).filter(Boolean);

/** "250-AUTH PLAIN LOGIN" → "AUTH PLAIN LOGIN"; "250-AUTH=LOGIN" (old Outlook form) → "AUTH=LOGIN". */
const smtpCapabilities = (lines: string[]) =>
  /^250[ -]/.test(lines[0] ?? "")
    ? lines
        .slice(1)
        .map((line) => line.slice(4).trim().toUpperCase())
        .filter(Boolean)
    : [];

function imapCapabilityList(text: string): string[] {
  const match = /CAPABILITY ([^\]]*)/i.exec(text);
  return match ? words(match[1] ?? "").map((w) => w.toUpperCase()) : [];
}

export const dialects: Record<MailProtocol, Dialect> = {
  smtp: {
    greetingEnds: smtpLast,
    greeting: (lines) =>
      lines.every((l) => /^220([ -]|$)/.test(l))
        ? "ready"
        : /^[45]\d\d([ -]|$)/.test(last(lines))
          ? "refused"
          : "foreign",
    capabilityCommand: "EHLO",
    capabilityEnds: smtpLast,
    capabilities: smtpCapabilities,
    greetingCapabilities: () => [],
    startTlsCapability: "STARTTLS",
    startTlsCommand: "STARTTLS",
    startTlsEnds: smtpLast,
    startTlsOk: (lines) => /^220/.test(last(lines)),
    quitCommand: "QUIT",
  },
  pop3: {
    greetingEnds: () => true,
    greeting: ([line = ""]) => (/^\+OK/i.test(line) ? "ready" : /^-ERR/i.test(line) ? "refused" : "foreign"),
    capabilityCommand: "CAPA",
    capabilityEnds: (line) => line === "." || /^-ERR/i.test(line),
    capabilities: (lines) =>
      /^\+OK/i.test(lines[0] ?? "")
        ? lines
            .slice(1, -1)
            .map((line) => line.trim().toUpperCase())
            .filter(Boolean)
        : [],
    greetingCapabilities: () => [],
    startTlsCapability: "STLS",
    startTlsCommand: "STLS",
    startTlsEnds: () => true,
    startTlsOk: (lines) => /^\+OK/i.test(lines[0] ?? ""),
    quitCommand: "QUIT",
  },
  imap: {
    greetingEnds: () => true,
    greeting: ([line = ""]) =>
      /^\* (OK|PREAUTH)\b/i.test(line) ? "ready" : /^\* BYE\b/i.test(line) ? "refused" : "foreign",
    capabilityCommand: "a1 CAPABILITY",
    capabilityEnds: (line) => /^a1 /i.test(line),
    capabilities: (lines) =>
      /^a1 OK/i.test(last(lines))
        ? lines.filter((l) => /^\* CAPABILITY /i.test(l)).flatMap(imapCapabilityList)
        : [],
    greetingCapabilities: (lines) => imapCapabilityList(lines[0] ?? ""),
    startTlsCapability: "STARTTLS",
    startTlsCommand: "a2 STARTTLS",
    startTlsEnds: (line) => /^a2 /i.test(line),
    startTlsOk: (lines) => /^a2 OK/i.test(last(lines)),
    quitCommand: "a3 LOGOUT",
  },
};

/** Does the capability list offer this keyword (as a word: "AUTH PLAIN" offers AUTH; "AUTH=PLAIN" too)? */
export function offers(capabilities: readonly string[], keyword: string): boolean {
  return capabilities.some(
    (c) => c === keyword || c.startsWith(`${keyword} `) || c.startsWith(`${keyword}=`),
  );
}
