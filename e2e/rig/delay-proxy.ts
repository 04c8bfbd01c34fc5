// A user-space delaying proxy for the benchmark: listens on 127.0.1.N and forwards to 127.0.0.N on the
// same port, holding everything the server sends for `delayMs` (order kept) — each reply, each TLS flight
// and the server's close (FIN or reset) — so each arrives one simulated round trip later, as over a real
// network. Client bytes and the client's close pass at once. It also counts the connections open at once
// through it, per address and per address and port: what the server behind it sees.
import net from "node:net";

export type ConnectionPeaks = { perAddress: Map<string, number>; perTarget: Map<string, number> };
export type DelayProxies = {
  stop(): Promise<void>;
  /** The most connections open at once since the last reset, keyed "ip" and "ip:port" (server side). */
  peaks(): ConnectionPeaks;
  resetPeaks(): void;
};

export const proxyAddress = (ip: string) => ip.replace(/^127\.0\.0\./, "127.0.1.");

export async function startDelayProxies(
  ips: string[],
  ports: number[],
  delayMs: number,
): Promise<DelayProxies> {
  const sockets = new Set<net.Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const servers: net.Server[] = [];
  const open = new Map<string, number>();
  const peak = new Map<string, number>();
  const count = (keys: string[], by: number) => {
    for (const key of keys) {
      open.set(key, (open.get(key) ?? 0) + by);
      peak.set(key, Math.max(peak.get(key) ?? 0, open.get(key) ?? 0));
    }
  };

  for (const ip of ips)
    for (const port of ports) {
      const server = net.createServer((client) => {
        const keys = [ip, `${ip}:${port}`];
        count(keys, 1);
        const upstream = net.connect({ host: ip, port });
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on("close", () => sockets.delete(s));
        }
        upstream.once("close", () => count(keys, -1));
        client.on("error", () => upstream.destroy());
        client.on("close", () => upstream.destroy());
        client.pipe(upstream);
        client.on("end", () => upstream.end());

        // Everything from the server goes through one delayed queue, the close last.
        let chain = Promise.resolve();
        const later = (deliver: () => void) => {
          const arrives = Date.now() + delayMs;
          chain = chain.then(
            () =>
              new Promise<void>((resolve) => {
                const timer = setTimeout(() => {
                  timers.delete(timer);
                  deliver();
                  resolve();
                }, arrives - Date.now());
                timers.add(timer);
              }),
          );
        };
        upstream.on("data", (chunk) => later(() => !client.destroyed && client.write(chunk)));
        upstream.on("end", () => later(() => client.end()));
        upstream.on("error", () => later(() => client.resetAndDestroy()));
      });
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, proxyAddress(ip), () => resolve());
      });
      servers.push(server);
    }
  return {
    async stop() {
      for (const timer of timers) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      await Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r()))));
    },
    peaks: () => ({
      perAddress: new Map([...peak].filter(([key]) => !key.includes(":"))),
      perTarget: new Map([...peak].filter(([key]) => key.includes(":"))),
    }),
    resetPeaks() {
      peak.clear();
      for (const [key, n] of open) if (n > 0) peak.set(key, n);
    },
  };
}
