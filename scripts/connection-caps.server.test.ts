// The real server caps open connections: 64 from one address (no proxy in front) and 1 024 in all. This
// file has a server of its own, so no other test's connections count. Connections come from their own
// loopback source addresses (all of 127.0.0.0/8 is local on Linux).
import { connect, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpServerLimits } from "@/lib/api/limits";
import { startApp, type App } from "./testing/app-server";

let app: App;
const sockets: Socket[] = [];

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await app?.stop();
});

function open(localAddress: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ port: app.port, host: "127.0.0.1", localAddress }, () => resolve(socket));
    socket.on("error", reject);
    sockets.push(socket);
  });
}

/** Sends a request on a fresh connection: "answered" (any HTTP answer) or "closed" (dropped unanswered). */
function ask(localAddress: string): Promise<"answered" | "closed"> {
  return new Promise((resolve) => {
    const socket = connect({ port: app.port, host: "127.0.0.1", localAddress }, () =>
      socket.write("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"),
    );
    let answered = false;
    socket.on("data", () => (answered = true));
    socket.on("error", () => {});
    socket.on("close", () => resolve(answered ? "answered" : "closed"));
  });
}

const stillOpen = () => sockets.filter((socket) => !socket.destroyed && socket.readyState === "open").length;
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe("open connections", () => {
  it(`from one address: ${httpServerLimits.maxConnectionsPerAddress}, the next is closed, others still served`, async () => {
    const held = await Promise.all(
      Array.from({ length: httpServerLimits.maxConnectionsPerAddress }, () => open("127.0.201.1")),
    );
    await settle();
    expect(stillOpen()).toBe(held.length);
    expect(await ask("127.0.201.1")).toBe("closed");
    expect(await ask("127.0.201.2")).toBe("answered");
    held[0]?.destroy();
    await settle();
    expect(await ask("127.0.201.1")).toBe("answered");
    for (const socket of held) socket.destroy();
    await settle();
  });

  it(`in all: ${httpServerLimits.maxConnections}, the next is closed until one ends`, async () => {
    const perAddress = httpServerLimits.maxConnectionsPerAddress;
    const addresses = Math.ceil(httpServerLimits.maxConnections / perAddress);
    const held: Socket[] = [];
    for (let a = 0; a < addresses; a++) {
      const count = Math.min(perAddress, httpServerLimits.maxConnections - held.length);
      held.push(...(await Promise.all(Array.from({ length: count }, () => open(`127.0.202.${a + 1}`)))));
    }
    await settle();
    expect(held.filter((socket) => !socket.destroyed).length).toBe(httpServerLimits.maxConnections);
    expect(await ask("127.0.203.1")).toBe("closed");
    held[0]?.destroy();
    await settle();
    expect(await ask("127.0.203.1")).toBe("answered");
  });
});
