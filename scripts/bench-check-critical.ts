// The critical path of a live check, measured by a minimal client (npm run bench:check): the same lookups
// and the same dialogues as the check, through the same delaying proxies, each one alone and with nothing
// but the protocol — no queue, no limits, no sharing. The longest chain of steps that depend on each other
// is the least time any check doing this work can take.
import { Resolver } from "node:dns/promises";
import net from "node:net";
import tls from "node:tls";

type Protocol = "smtp" | "pop3" | "imap";
type Dialogue = { port: number; protocol: Protocol; implicitTls: boolean };

export const dialogues: Dialogue[] = [
  { port: 25, protocol: "smtp", implicitTls: false },
  { port: 465, protocol: "smtp", implicitTls: true },
  { port: 587, protocol: "smtp", implicitTls: false },
  { port: 110, protocol: "pop3", implicitTls: false },
  { port: 995, protocol: "pop3", implicitTls: true },
  { port: 143, protocol: "imap", implicitTls: false },
  { port: 993, protocol: "imap", implicitTls: true },
];

// What each protocol says, and how to tell the last line of each reply (RFC 5321, 2449, 9051).
const words: Record<
  Protocol,
  { caps: string; startTls: string; greetingEnds: RegExp; capsEnd: RegExp; startTlsEnd: RegExp }
> = {
  smtp: {
    caps: "EHLO bench.maildoc.test",
    startTls: "STARTTLS",
    greetingEnds: /^\d{3} /,
    capsEnd: /^\d{3} /,
    startTlsEnd: /^\d{3} /,
  },
  pop3: {
    caps: "CAPA",
    startTls: "STLS",
    greetingEnds: /^[+-]/,
    capsEnd: /^(\.|-ERR)/,
    startTlsEnd: /^[+-]/,
  },
  imap: {
    caps: "a1 CAPABILITY",
    startTls: "a2 STARTTLS",
    greetingEnds: /^\* /,
    capsEnd: /^a1 /,
    startTlsEnd: /^a2 /,
  },
};

/** Resolves each time a line matching `last` has arrived (lines before it belong to the same reply). */
function replies(socket: net.Socket) {
  let buffer = "";
  let waiting: { last: RegExp; resolve: () => void; reject: (e: Error) => void } | null = null;
  const check = () => {
    for (let nl = buffer.indexOf("\n"); waiting && nl >= 0; nl = buffer.indexOf("\n")) {
      const line = buffer.slice(0, nl).replace(/\r$/, "");
      buffer = buffer.slice(nl + 1);
      if (waiting.last.test(line)) {
        const done = waiting;
        waiting = null;
        done.resolve();
      }
    }
  };
  socket.on("data", (chunk: Buffer) => {
    buffer += chunk.toString("latin1");
    check();
  });
  socket.on("error", (error) => waiting?.reject(error));
  return (last: RegExp) =>
    new Promise<void>((resolve, reject) => {
      waiting = { last, resolve, reject };
      check();
    });
}

function secure(socket: net.Socket, servername: string): Promise<tls.TLSSocket> {
  socket.removeAllListeners("data");
  return new Promise((resolve, reject) => {
    const secured = tls.connect({ socket, servername, rejectUnauthorized: false }, () => resolve(secured));
    secured.once("error", reject);
  });
}

/** One dialogue up to its last answer (the goodbye is not waited for by the check either). */
export async function dialogue(ip: string, host: string, d: Dialogue): Promise<number> {
  const w = words[d.protocol];
  const started = performance.now();
  let socket: net.Socket = net.connect({ host: ip, port: d.port, noDelay: true });
  await new Promise<void>((resolve, reject) => socket.once("connect", resolve).once("error", reject));
  if (d.implicitTls) socket = await secure(socket, host);
  let reply = replies(socket);
  await reply(w.greetingEnds);
  socket.write(`${w.caps}\r\n`);
  await reply(w.capsEnd);
  if (!d.implicitTls) {
    socket.write(`${w.startTls}\r\n`);
    await reply(w.startTlsEnd);
    socket = await secure(socket, host);
    reply = replies(socket);
    socket.write(`${w.caps}\r\n`);
    await reply(w.capsEnd);
  }
  const ms = performance.now() - started;
  socket.destroy();
  return ms;
}

/** The median time of `runs` tries, one after another (the machine is shared: one try can be unlucky). */
async function timed(fn: () => Promise<unknown>, runs = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn().catch(() => undefined);
    times.push(performance.now() - started);
  }
  return times.toSorted((a, b) => a - b)[Math.floor(runs / 2)] ?? NaN;
}

// The check's lookups about the domain that nothing waits for (lib/probe/check-plan.ts).
const independent: [prefix: string, ask: (r: Resolver, name: string) => Promise<unknown>][] = [
  ["", (r, n) => r.resolveNs(n)],
  ["", (r, n) => r.resolveSoa(n)],
  ["", (r, n) => r.resolveTxt(n)],
  ["_dmarc.", (r, n) => r.resolveTxt(n)],
  ...["_submission", "_submissions", "_imap", "_imaps", "_pop3", "_pop3s"].map(
    (s): [string, (r: Resolver, n: string) => Promise<unknown>] => [`${s}._tcp.`, (r, n) => r.resolveSrv(n)],
  ),
  ["autoconfig.", (r, n) => r.resolve4(n)],
  ["autodiscover.", (r, n) => r.resolve4(n)],
];

export type CriticalPath = { ms: number; chain: string };

/**
 * The critical path of a check of `domain` whose MX is mx.<domain> and whose mx., mail. and apex names
 * share one address: the longest of (a) every lookup alone, (b) MX → the MX host's A/AAAA, (c) the first
 * name's A/AAAA → the slowest dialogue, (d) that → PTR. Every step is the median of 5 tries.
 */
export async function criticalPath(dnsServer: string, domain: string): Promise<CriticalPath> {
  const resolver = new Resolver({ timeout: 3_000, tries: 1 });
  resolver.setServers([dnsServer]);
  const single: number[] = [];
  for (const [prefix, ask] of independent)
    single.push(await timed(() => ask(resolver, `${prefix}${domain}`)));
  const mx = await timed(() => resolver.resolveMx(domain));
  const reach = async (name: string) =>
    Math.max(await timed(() => resolver.resolve4(name)), await timed(() => resolver.resolve6(name)));
  const mxHost = mx + (await reach(`mx.${domain}`));
  const first = Math.min(await reach(`mail.${domain}`), await reach(domain));
  const [ip = ""] = await resolver.resolve4(`mail.${domain}`);
  const ptr = await timed(() => resolver.reverse(ip));
  let slowest = { ms: 0, port: 0 };
  for (const d of dialogues) {
    const ms = await timed(() => dialogue(ip, `mail.${domain}`, d));
    if (ms > slowest.ms) slowest = { ms, port: d.port };
  }
  const r = Math.round;
  const chains: [number, string][] = [
    [Math.max(...single), "the slowest single lookup"],
    [mxHost, `MX → A/AAAA of mx.${domain} (${r(mx)} + ${r(mxHost - mx)} ms)`],
    [first + slowest.ms, `A/AAAA → the dialogue on port ${slowest.port} (${r(first)} + ${r(slowest.ms)} ms)`],
    [first + ptr, `A/AAAA → PTR (${r(first)} + ${r(ptr)} ms)`],
  ];
  const [ms, chain] = chains.reduce((a, b) => (b[0] > a[0] ? b : a));
  return { ms, chain };
}
