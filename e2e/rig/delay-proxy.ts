// A user-space delaying proxy for the benchmark: listens on 127.0.1.N and forwards to 127.0.0.N on the
// same port, holding every chunk the server sends for `delayMs` (order kept), so each server reply and
// each TLS flight arrives one simulated round trip later. Client bytes pass at once.
import net from "node:net";

export type DelayProxies = { stop(): Promise<void> };

export const proxyAddress = (ip: string) => ip.replace(/^127\.0\.0\./, "127.0.1.");

export async function startDelayProxies(
  ips: string[],
  ports: number[],
  delayMs: number,
): Promise<DelayProxies> {
  const sockets = new Set<net.Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const servers: net.Server[] = [];
  for (const ip of ips)
    for (const port of ports) {
      const server = net.createServer((client) => {
        const upstream = net.connect({ host: ip, port });
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on("close", () => sockets.delete(s));
          s.on("error", () => {
            client.destroy();
            upstream.destroy();
          });
        }
        client.pipe(upstream);
        let chain = Promise.resolve();
        upstream.on("data", (chunk) => {
          const arrives = Date.now() + delayMs;
          chain = chain.then(
            () =>
              new Promise<void>((resolve) => {
                const timer = setTimeout(() => {
                  timers.delete(timer);
                  if (!client.destroyed) client.write(chunk);
                  resolve();
                }, arrives - Date.now());
                timers.add(timer);
              }),
          );
        });
        upstream.on("end", () => void chain.then(() => client.end()));
        client.on("end", () => upstream.end());
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
  };
}
