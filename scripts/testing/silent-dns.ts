// A DNS server on loopback that writes down every question and never answers, so a live check started
// against it keeps running (each lookup waits out its 3 s budget) and a test can see whether one started.
import { createSocket } from "node:dgram";
import { decode } from "dns-packet";

export type SilentDns = { server: string; names: string[]; close(): Promise<void> };

export function startSilentDns(): Promise<SilentDns> {
  const socket = createSocket("udp4");
  const names: string[] = [];
  socket.on("message", (message) => {
    try {
      for (const question of decode(message).questions ?? []) names.push(question.name);
    } catch {}
  });
  return new Promise((resolve) =>
    socket.bind(0, "127.0.0.1", () =>
      resolve({
        server: `127.0.0.1:${socket.address().port}`,
        names,
        close: () => new Promise((done) => socket.close(() => done())),
      }),
    ),
  );
}
