// Every scenario of the rig as data: which loopback address runs what, and which test domains point there.
// e2e/rig/README.md describes each domain for people writing tests against them.
import type { CertKind } from "./certs";

/** SMTP on one port: Postfix with STARTTLS and no login (a plain MX), submission (login only after
 *  STARTTLS), implicit TLS with login, or no TLS at all (with or without login). */
export type SmtpMode = "mx" | "submission" | "ssl" | "plain" | "plain-auth";
export type MailServer = {
  id: string;
  ip: string;
  cert: CertKind | "none";
  /** Names on the certificate (also the EHLO/greeting name: the first one). */
  names: string[];
  smtp: { 25?: SmtpMode; 465?: SmtpMode; 587?: SmtpMode };
  /** Dovecot ports on this address; without a certificate 110/143 offer no STLS/STARTTLS. */
  dovecot: (110 | 995 | 143 | 993)[];
};

export type FaultKind =
  | "silent"
  | "reset"
  | "garbage"
  | "drip"
  | "endless"
  | "starttls-silent"
  | "injection"
  | "no-goodbye"
  | "bidi";
export type FaultServer = { id: string; ip: string; fault: FaultKind; names: string[] };

const fullSmtp = { 25: "mx", 465: "ssl", 587: "submission" } as const;
const allDovecot: MailServer["dovecot"] = [110, 995, 143, 993];
const names = (domain: string) => [`mx.${domain}`, `mail.${domain}`, domain];

/** shared-1.test … shared-50.test: customers of one mail server (each with its own mx./mail. names). */
export const sharedDomains = Array.from({ length: 50 }, (_, i) => `shared-${i + 1}.test`);
export const sharedIp = "127.0.0.121";

export const mailServers: MailServer[] = [
  {
    id: "good",
    ip: "127.0.0.2",
    cert: "valid",
    names: names("good.test"),
    smtp: fullSmtp,
    dovecot: allDovecot,
  },
  {
    id: "mxonly",
    ip: "127.0.0.3",
    cert: "valid",
    names: ["mx.mxonly.test"],
    smtp: fullSmtp,
    dovecot: allDovecot,
  },
  {
    id: "relay",
    ip: "127.0.0.4",
    cert: "valid",
    names: names("relay.test"),
    smtp: { 25: "mx", 587: "submission" },
    dovecot: allDovecot,
  },
  {
    id: "port25blocked",
    ip: "127.0.0.5",
    cert: "valid",
    names: names("port25blocked.test"),
    smtp: { 465: "ssl", 587: "submission" },
    dovecot: allDovecot,
  },
  {
    id: "expired",
    ip: "127.0.0.6",
    cert: "expired",
    names: names("expired.test"),
    smtp: fullSmtp,
    dovecot: allDovecot,
  },
  {
    id: "wrongname",
    ip: "127.0.0.7",
    cert: "wrong-name",
    names: names("wrongname.test"),
    smtp: fullSmtp,
    dovecot: allDovecot,
  },
  {
    id: "selfsigned",
    ip: "127.0.0.8",
    cert: "self-signed",
    names: names("selfsigned.test"),
    smtp: fullSmtp,
    dovecot: allDovecot,
  },
  {
    id: "nostarttls",
    ip: "127.0.0.9",
    cert: "none",
    names: names("nostarttls.test"),
    smtp: { 25: "plain", 587: "plain-auth" },
    dovecot: [110, 143],
  },
  {
    id: "pop3only",
    ip: "127.0.0.10",
    cert: "valid",
    names: names("pop3only.test"),
    smtp: {},
    dovecot: [110, 995],
  },
  {
    id: "rebind",
    ip: "127.0.0.30",
    cert: "valid",
    names: names("rebind.test"),
    smtp: fullSmtp,
    dovecot: allDovecot,
  },
  // One hosting company's mail server for 50 customer domains (the shared-server benchmark and tests).
  {
    id: "shared",
    ip: sharedIp,
    cert: "valid",
    names: ["mx.hosting.test", ...sharedDomains.flatMap(names)],
    smtp: fullSmtp,
    dovecot: allDovecot,
  },
  ...Array.from({ length: 20 }, (_, i): MailServer => ({
    id: `bench-${i + 1}`,
    ip: `127.0.0.${101 + i}`,
    cert: "valid",
    names: names(`bench-${i + 1}.test`),
    smtp: fullSmtp,
    dovecot: allDovecot,
  })),
];

/** Nothing listens here: every port is refused. */
export const downIp = "127.0.0.11";

export const faultServers: FaultServer[] = [
  { id: "silent", ip: "127.0.0.12", fault: "silent", names: names("silent.test") },
  { id: "reset", ip: "127.0.0.13", fault: "reset", names: names("reset.test") },
  { id: "garbage", ip: "127.0.0.14", fault: "garbage", names: names("garbage.test") },
  { id: "drip", ip: "127.0.0.15", fault: "drip", names: names("drip.test") },
  { id: "endless", ip: "127.0.0.16", fault: "endless", names: names("endless.test") },
  { id: "starttls-silent", ip: "127.0.0.17", fault: "starttls-silent", names: names("starttls-silent.test") },
  { id: "injection", ip: "127.0.0.18", fault: "injection", names: names("injection.test") },
  { id: "no-goodbye", ip: "127.0.0.19", fault: "no-goodbye", names: names("no-goodbye.test") },
  { id: "bidi", ip: "127.0.0.20", fault: "bidi", names: names("bidi.test") },
];

/** Addresses the target guard must refuse, each behind `<label>.forbidden.test` (A or AAAA). */
export const forbiddenAddresses: Record<string, string> = {
  loopback: "127.0.0.1",
  "this-network": "0.0.0.0",
  private10: "10.0.0.1",
  private172: "172.16.5.4",
  private192: "192.168.0.1",
  cgnat: "100.100.100.200",
  metadata: "169.254.169.254",
  "ietf-protocol": "192.0.0.8",
  "test-net-1": "192.0.2.10",
  "test-net-2": "198.51.100.10",
  "test-net-3": "203.0.113.10",
  benchmarking: "198.18.0.1",
  multicast: "224.0.0.1",
  reserved: "240.0.0.1",
  broadcast: "255.255.255.255",
  loopback6: "::1",
  unspecified6: "::",
  mapped: "::ffff:7f00:1",
  "mapped-metadata": "::ffff:a9fe:a9fe",
  nat64: "64:ff9b::a9fe:a9fe",
  "nat64-private": "64:ff9b::a00:1",
  ula: "fd00:ec2::254",
  "link-local6": "fe80::1",
  "site-local6": "fec0::1",
  documentation6: "2001:db8::1",
  teredo: "2001::1",
  "6to4": "2002:7f00:1::1",
  multicast6: "ff02::1",
  discard6: "100::1",
};
