// The value types of SPEC §5's variables as zod schemas: each says what is wrong with a bad value in words
// an operator can act on. lib/env.ts puts them together; the tests break each one.
import { isIP } from "node:net";
import ipaddr from "ipaddr.js";
import * as z from "@/lib/zod";

/** Comma- (or space-) separated items, trimmed, empty items dropped. */
const items = (value: string) => value.split(/[\s,]+/).filter(Boolean);

/** A list whose every item must pass `check` (which returns the normalised item or a reason). */
function listOf(check: (item: string) => { ok: string } | { bad: string }) {
  return z.string().transform((value, ctx) => {
    const out: string[] = [];
    for (const item of items(value)) {
      const verdict = check(item);
      if ("ok" in verdict) out.push(verdict.ok);
      else ctx.addIssue({ code: "custom", message: `"${item}" ${verdict.bad}` });
    }
    return out;
  });
}

const validPort = (text: string) => /^\d{1,5}$/.test(text) && Number(text) >= 1 && Number(text) <= 65535;

// Node's resolver takes `ip`, `ip:port`, `[v6]` and `[v6]:port`; it silently wraps a port above 65535 and
// aborts the whole process on port 0, so the port is checked here.
export const dnsServerList = listOf((item) => {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(item);
  const [host, port] = bracketed
    ? [bracketed[1] ?? "", bracketed[2]]
    : isIP(item) === 6
      ? [item, undefined]
      : [item.split(":")[0] ?? "", item.split(":")[1]];
  const family = isIP(host);
  const ok =
    (bracketed ? family === 6 : family === 4 || family === 6) && (port === undefined || validPort(port));
  return ok ? { ok: item } : { bad: "is not ip or ip:port ([addr]:port for IPv6, port 1–65535)" };
});

// ipaddr.js alone also reads inet_aton forms such as 127.1/8; node:net isIP keeps to the usual notation.
export const cidrList = listOf((item) => {
  const bad = { bad: "is not an address range (use e.g. 127.0.0.0/8)" };
  if (isIP(item.split("/")[0] ?? "") === 0) return bad;
  try {
    const [address, bits] = ipaddr.parseCIDR(item);
    return { ok: `${address.toString()}/${bits}` };
  } catch {
    return bad;
  }
});

const label = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const hostName = (name: string) =>
  name.length <= 253 && name.split(".").every((part) => label.test(part.toLowerCase()));

export const ehloName = z.string().refine(hostName, "must be a host name such as mail.example.com");

export const domainList = listOf((item) => {
  const name = item.toLowerCase().replace(/\.$/, "");
  return name.includes(".") && hostName(name) && isIP(name) === 0
    ? { ok: name }
    : { bad: "is not a domain name such as example.com" };
});

// An Origin header is scheme://host[:port]; the list holds the same, compared after URL normalisation.
export const originList = listOf((item) => {
  try {
    const url = new URL(item);
    const bare = url.pathname === "/" && !url.search && !url.hash && !url.username && !url.password;
    if (/^https?:$/.test(url.protocol) && bare && !item.includes("*")) return { ok: url.origin };
  } catch {}
  return { bad: "is not an origin such as https://support.example.com (scheme and host, no path)" };
});

// CSP frame-ancestors takes host sources and the keywords 'self' / 'none' (CSP3 §6.4.2).
export const frameAncestors = z
  .string()
  .transform((value) => value.trim().split(/\s+/).join(" "))
  .refine(
    (value) =>
      value
        .split(" ")
        .every(
          (source) =>
            /^'(self|none)'$/.test(source) ||
            /^(https?:\/\/)?(\*\.)?[A-Za-z0-9.-]+(:\d{1,5}|:\*)?\/?$/.test(source) ||
            /^https?:$/.test(source),
        ),
    "must be a CSP source list such as 'self' https://support.example.com",
  );

export const port = z
  .string()
  .refine(validPort, "must be a port number from 1 to 65535")
  .transform((value) => Number(value));

export const flag = z.enum(["0", "1"], { error: "must be 0 or 1" }).transform((value) => value === "1");

export const redisUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return (url.protocol === "redis:" || url.protocol === "rediss:") && url.hostname !== "";
  } catch {
    return false;
  }
}, "must be a redis:// or rediss:// URL such as redis://127.0.0.1:6379");

export const webUrl = z.string().refine((value) => {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}, "must be an http:// or https:// address");

// Shown to customers and dialled from a phone: digits with the usual separators, optionally a leading +.
export const phone = z
  .string()
  .trim()
  .refine(
    (value) => /^\+?[0-9][0-9 ().-]{1,30}$/.test(value) && value.replace(/\D/g, "").length >= 3,
    "must be a phone number such as 1588-0000 or +82 2 1234 5678",
  );

export const email = z.email({ error: "must be an e-mail address such as help@example.com" });

// Sent by Prometheus as `Authorization: Bearer <token>` (RFC 6750 b64token); long enough not to be guessed.
export const bearerToken = z
  .string()
  .regex(/^[A-Za-z0-9\-._~+/]+=*$/, "may contain only letters, digits and -._~+/=")
  .min(16, "must be at least 16 characters long");
