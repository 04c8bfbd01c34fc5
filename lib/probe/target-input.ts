// What a stranger typed → a host name we are willing to look up, or a refusal with a reason.
// A domain is first read as the person means it (lib/domain-input.ts: URLs, www., a trailing dot, an
// address). IDN names become A-labels (UTS #46 via node:url domainToASCII); IP literals in any notation,
// single labels, localhost and other special-use names (RFC 6761) are refused before any lookup.
import "server-only";
import { isIP } from "node:net";
import { domainToASCII } from "node:url";
import { mailDomainOf } from "@/lib/domain-input";
import { allowedPorts, type MailProtocol } from "@/lib/mail-ports";

export const refusalReasons = [
  "empty",
  "ip-literal",
  "single-label",
  "special-use",
  "too-long",
  "bad-label",
  "port-not-allowed",
] as const;
export type RefusalReason = (typeof refusalReasons)[number];

export type HostVerdict = { ok: true; name: string } | { ok: false; reason: RefusalReason; input: string };

// Names that never lead to a public mail server (RFC 6761, RFC 6762, RFC 7686, RFC 8375, ICANN .internal).
const specialUseSuffixes = ["localhost", "invalid", "local", "onion", "home.arpa", "internal", "arpa"];
// A last label that is a number in any inet_aton notation makes the WHATWG URL parser read the host as IPv4.
const numericLabel = /^(0x[0-9a-f]*|[0-9]+)$/i;
const ldhLabel = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

function looksLikeIpLiteral(text: string): boolean {
  const bare = text.replace(/^\[|\]$/g, "");
  // Two colons or brackets: IPv6 in some notation ("host:port" has one colon and is a bad label instead).
  if (isIP(bare) !== 0 || text.startsWith("[") || (bare.match(/:/g) ?? []).length >= 2) return true;
  const last = text.split(".").filter(Boolean).pop() ?? "";
  return numericLabel.test(last);
}

/** Normalises a host name: trims, lower-cases, drops one trailing dot, converts IDN to A-labels. */
export function normalizeHostName(input: string): HostVerdict {
  const raw = input.trim();
  const refuse = (reason: RefusalReason): HostVerdict => ({ ok: false, reason, input: raw.slice(0, 300) });
  if (raw === "") return refuse("empty");
  if (looksLikeIpLiteral(raw)) return refuse("ip-literal");
  const ascii = domainToASCII(raw.toLowerCase());
  if (ascii === "") return refuse("bad-label");
  // domainToASCII also rewrites hosts such as "0x7f.1" to "127.0.0.1": check the result again.
  if (looksLikeIpLiteral(ascii)) return refuse("ip-literal");
  const name = ascii.endsWith(".") ? ascii.slice(0, -1) : ascii;
  if (name.length > 253) return refuse("too-long");
  const labels = name.split(".");
  if (labels.some((label) => !ldhLabel.test(label))) return refuse("bad-label");
  if (labels.length < 2) return refuse(name === "localhost" ? "special-use" : "single-label");
  if (specialUseSuffixes.some((suffix) => name === suffix || name.endsWith(`.${suffix}`)))
    return refuse("special-use");
  return { ok: true, name };
}

/** An e-mail address, a domain or a web address → the mail domain ("https://www.a.kr/x" → "a.kr"). */
export function normalizeMailDomain(input: string): HostVerdict {
  const verdict = normalizeHostName(mailDomainOf(input));
  return verdict.ok ? verdict : { ...verdict, input: input.trim().slice(0, 300) };
}

export type ServerInput = { host: string; port?: number; protocol?: MailProtocol };
export type ServerTarget = { host: string; port: number | null; protocol: MailProtocol | null };
export type Refusal = { input: string; reason: RefusalReason };
/** A server we will check (if any), and what we will not check about it (if anything). */
export type ServerVerdict = { server: ServerTarget | null; refused: Refusal | null };

/**
 * A server named in a request, a link or a message. A name the guard refuses is not checked; a port
 * outside SPEC §6 (an antivirus proxy's 1110) is not checked either, but the host is, on the mail ports.
 */
export function normalizeServer(input: ServerInput): ServerVerdict {
  const host = normalizeHostName(input.host);
  if (!host.ok) return { server: null, refused: { input: host.input, reason: host.reason } };
  const portAllowed = input.port === undefined || allowedPorts.includes(input.port);
  return {
    server: {
      host: host.name,
      port: portAllowed ? (input.port ?? null) : null,
      protocol: input.protocol ?? null,
    },
    refused: portAllowed ? null : { input: `${host.name}:${input.port}`, reason: "port-not-allowed" },
  };
}
