// The rig's DNS server on 127.0.0.1 (UDP and TCP, dns-packet): answers like a recursive resolver for the
// test zones, with the misbehaviours of zones.ts, an optional delay on every answer, and two control names:
//   TXT reset.rig.test                 → forgets query counts and rebinding state
//   TXT <type>.<name>.queries.rig.test → how many <type> queries for <name> arrived (e.g. a.rebind.test.queries.rig.test)
import dgram from "node:dgram";
import net from "node:net";
import * as packet from "dns-packet";
import { behaviours, buildZones, rebindFirst, rebindLater, slowAnswerMs, type Rr } from "./zones";

const NXDOMAIN = 3;
const SERVFAIL = 2;
const flagsOk = packet.RECURSION_DESIRED | packet.RECURSION_AVAILABLE;
const UDP_LIMIT = 512;

export type DnsServerOptions = {
  host: string;
  port: number;
  delayMs: number;
  mapAddress: (ip: string) => string;
};
export type DnsServer = { stop(): Promise<void> };

export async function startDnsServer(options: DnsServerOptions): Promise<DnsServer> {
  const zones = buildZones();
  const counts = new Map<string, number>();
  const rebindSeen = new Set<string>();
  const timers = new Set<NodeJS.Timeout>();

  const behaviourOf = (name: string) =>
    Object.entries(behaviours).find(([suffix]) => name === suffix || name.endsWith(`.${suffix}`))?.[1];

  function answer(query: packet.DecodedPacket, overUdp: boolean): { reply: packet.Packet; delay: number } {
    const question = query.questions?.[0];
    const reply: packet.Packet = {
      type: "response",
      id: query.id,
      flags: flagsOk,
      questions: question ? [question] : [],
      answers: [],
    };
    if (!question) return { reply: { ...reply, flags: flagsOk | SERVFAIL }, delay: 0 };
    const name = question.name.toLowerCase().replace(/\.$/, "");
    const type = question.type;
    const key = `${type.toLowerCase()}.${name}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);

    if (name === "reset.rig.test") {
      counts.clear();
      rebindSeen.clear();
      return { reply: { ...reply, answers: [{ type: "TXT", name, ttl: 0, data: "reset" }] }, delay: 0 };
    }
    if (name.endsWith(".queries.rig.test")) {
      const count = counts.get(name.slice(0, -".queries.rig.test".length)) ?? 0;
      return { reply: { ...reply, answers: [{ type: "TXT", name, ttl: 0, data: String(count) }] }, delay: 0 };
    }

    const behaviour = behaviourOf(name);
    if (behaviour === "servfail")
      return { reply: { ...reply, flags: flagsOk | SERVFAIL }, delay: options.delayMs };
    const delay = options.delayMs + (behaviour === "slow" ? slowAnswerMs : 0);
    if (behaviour === "rebind" && type === "A" && /^((mx|mail)\.)?rebind\.test$/.test(name)) {
      const ip = rebindSeen.has(name) ? rebindLater : rebindFirst;
      rebindSeen.add(name);
      return {
        reply: { ...reply, answers: [{ type: "A", name, ttl: 0, data: options.mapAddress(ip) }] },
        delay,
      };
    }

    // Follow CNAMEs like a recursive resolver; a loop ends the chain (the answer then holds only CNAMEs).
    const answers: packet.Answer[] = [];
    const seen = new Set<string>();
    let current = name;
    for (;;) {
      const records = zones.get(current);
      if (!records) {
        if (answers.length > 0) break;
        return { reply: { ...reply, flags: flagsOk | NXDOMAIN, authorities: soaOf(name) }, delay };
      }
      const cname = records.find((r) => r.type === "CNAME");
      if (cname && type !== "CNAME") {
        answers.push(toAnswer(current, cname, options.mapAddress));
        if (seen.has(current)) break;
        seen.add(current);
        current = String(cname.data);
        continue;
      }
      answers.push(
        ...records.filter((r) => r.type === type).map((r) => toAnswer(current, r, options.mapAddress)),
      );
      break;
    }
    const full: packet.Packet = { ...reply, answers, authorities: answers.length === 0 ? soaOf(name) : [] };
    if (overUdp && (behaviour === "truncate" || packet.encodingLength(full) > UDP_LIMIT))
      return { reply: { ...reply, flags: flagsOk | packet.TRUNCATED_RESPONSE }, delay };
    return { reply: full, delay };
  }

  function soaOf(name: string): packet.Answer[] {
    const labels = name.split(".");
    for (let i = 0; i < labels.length; i++) {
      const zone = labels.slice(i).join(".");
      const soa = zones.get(zone)?.find((r) => r.type === "SOA");
      if (soa) return [toAnswer(zone, soa, options.mapAddress)];
    }
    return [];
  }

  const later = (ms: number, fn: () => void) => {
    if (ms <= 0) return fn();
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
  };

  // A burst of checks sends hundreds of queries at once; with the default receive buffer (about 270
  // datagrams) the kernel drops some and the resolver retries after a second — no real resolver does that.
  const udp = dgram.createSocket({ type: "udp4", recvBufferSize: 4 * 1024 * 1024 });
  udp.on("message", (message, peer) => {
    let query: packet.DecodedPacket;
    try {
      query = packet.decode(message);
    } catch {
      return;
    }
    const { reply, delay } = answer(query, true);
    later(delay, () => udp.send(packet.encode(reply), peer.port, peer.address));
  });
  await new Promise<void>((resolve, reject) => {
    udp.once("error", reject);
    udp.bind(options.port, options.host, () => resolve());
  });

  const sockets = new Set<net.Socket>();
  const tcp = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => socket.destroy());
    let buffered = Buffer.alloc(0);
    socket.on("data", (chunk) => {
      buffered = Buffer.concat([buffered, chunk]);
      while (buffered.length >= 2 && buffered.length >= 2 + buffered.readUInt16BE(0)) {
        const length = buffered.readUInt16BE(0);
        const message = buffered.subarray(2, 2 + length);
        buffered = buffered.subarray(2 + length);
        let query: packet.DecodedPacket;
        try {
          query = packet.decode(message);
        } catch {
          socket.destroy();
          return;
        }
        const { reply, delay } = answer(query, false);
        later(delay, () => socket.writable && socket.write(packet.streamEncode(reply)));
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    tcp.once("error", (error) => udp.close(() => reject(error)));
    tcp.listen(options.port, options.host, () => resolve());
  });

  return {
    async stop() {
      for (const timer of timers) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      await Promise.all([
        new Promise<void>((r) => udp.close(() => r())),
        new Promise<void>((r) => tcp.close(() => r())),
      ]);
    },
  };
}

function toAnswer(name: string, record: Rr, mapAddress: (ip: string) => string): packet.Answer {
  const ttl = record.ttl ?? 60;
  if (record.type === "A" || record.type === "AAAA")
    return { type: record.type, name, ttl, data: mapAddress(record.data) };
  return { type: record.type, name, ttl, data: record.data } as packet.Answer;
}
