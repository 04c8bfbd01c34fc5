// The server's body rule on a real Node HTTP server in this process: what the app receives, and how much
// of an oversized body was ever read before the refusal (SPEC §2: never more than 256 KiB).
import { createServer, request as httpRequest, type IncomingMessage, type Server } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { receiveBody } from "./request-body.mjs";

const maxBytes = 128 * 1024;
let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

type Seen = { received?: string; refusedAfterBytes?: number };

/** A server whose app echoes the body; counts every byte the HTTP parser read. */
function serve(seen: Seen): Promise<number> {
  server = createServer((request: IncomingMessage, response) => {
    let parsed = 0;
    receiveBody(request, maxBytes, {
      received: async () => {
        const parts: Buffer[] = [];
        for await (const part of request) parts.push(part as Buffer);
        seen.received = Buffer.concat(parts).toString();
        response.end("ok");
      },
      tooLarge: () => {
        seen.refusedAfterBytes = parsed;
        response.writeHead(413, { connection: "close" }).end();
      },
    });
    // Outside the rule's own wrapper: every chunk the HTTP parser hands over.
    const rulePush = request.push;
    request.push = function (chunk: Buffer | null) {
      if (chunk) parsed += chunk.length;
      return rulePush.call(this, chunk);
    };
  });
  return new Promise((resolve) =>
    server!.listen(0, "127.0.0.1", () => resolve((server!.address() as { port: number }).port)),
  );
}

function send(port: number, chunks: Buffer[], headers: Record<string, string> = {}, method = "POST") {
  return new Promise<number>((resolve) => {
    const request = httpRequest({ host: "127.0.0.1", port, method, path: "/", headers }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    });
    request.on("error", () => resolve(-1));
    const next = () => {
      const chunk = chunks.shift();
      if (!chunk) return void request.end();
      request.write(chunk, () => setTimeout(next, 2));
    };
    next();
  });
}

const kib = (n: number, fill = "a") => Buffer.alloc(n * 1024, fill);

describe("a request body before the app sees it", () => {
  it("reaches the app whole once it is complete, streamed or with a length", async () => {
    const seen: Seen = {};
    const port = await serve(seen);
    expect(await send(port, [kib(64, "x"), kib(64, "y")])).toBe(200); // chunked, exactly 128 KiB
    expect(seen.received).toBe(kib(64, "x").toString() + kib(64, "y").toString());
    expect(await send(port, [Buffer.from('{"text":"hi"}')], { "content-length": "13" })).toBe(200);
    expect(seen.received).toBe('{"text":"hi"}');
  });

  it("is handed on at once when there is none", async () => {
    const seen: Seen = {};
    const port = await serve(seen);
    expect(await send(port, [], {}, "GET")).toBe(200);
    expect(seen.received).toBe("");
  });

  it("is refused once it passes 128 KiB, after at most one more chunk was read, and never reaches the app", async () => {
    const seen: Seen = {};
    const port = await serve(seen);
    await send(
      port,
      Array.from({ length: 64 }, () => kib(16)),
    );
    expect(seen.refusedAfterBytes).toBeGreaterThan(maxBytes);
    expect(seen.refusedAfterBytes).toBeLessThan(256 * 1024);
    expect(seen.received).toBeUndefined();
  });

  it("is refused by its Content-Length before any of it is read", async () => {
    const seen: Seen = {};
    const port = await serve(seen);
    await send(port, [kib(16)], { "content-length": String(9 * 1024 * 1024) });
    expect(seen.refusedAfterBytes).toBe(0);
    expect(seen.received).toBeUndefined();
  });
});
