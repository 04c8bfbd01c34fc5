// Clients that behave as the HTTP edge cases need: a large upload paced like a fast network, a body or a
// header block that stops halfway. Each reports what came back and when, measured from the client's side.
import { request as httpRequest } from "node:http";
import { connect } from "node:net";

export const KiB = 1024;
export const MiB = 1024 * KiB;

export type Answer = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** Body bytes the client had written when the answer's first byte arrived. */
  sentBeforeAnswer: number;
  /** From the first byte sent until the answer arrived / the connection closed. */
  answeredAfterMs: number;
  closedAfterMs: number;
};

type UploadOptions = {
  path?: string;
  /** Send Content-Length (true) or stream it chunked without a length (false). */
  declareLength: boolean;
  totalBytes?: number;
  chunkBytes?: number;
  everyMs?: number;
  headers?: Record<string, string>;
};

/** Uploads `totalBytes` in `chunkBytes` every `everyMs` (64 KiB / 10 ms = 6.4 MB/s), stopping once answered. */
export function upload(port: number, options: UploadOptions): Promise<Answer> {
  const { path = "/api/parse", totalBytes = 9 * MiB, chunkBytes = 64 * KiB, everyMs = 10 } = options;
  const chunk = Buffer.alloc(chunkBytes, "a");
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let sent = 0;
    let answer: Omit<Answer, "closedAfterMs"> | undefined;
    const request = httpRequest({
      host: "127.0.0.1",
      port,
      path,
      method: "POST",
      agent: false,
      headers: {
        "content-type": "application/json",
        ...(options.declareLength ? { "content-length": String(totalBytes) } : {}),
        ...options.headers,
      },
    });
    const timer = setInterval(() => {
      if (answer || sent >= totalBytes) return void clearInterval(timer);
      request.write(chunk);
      sent += chunkBytes;
    }, everyMs);
    request.on("response", (response) => {
      const sentBeforeAnswer = sent;
      const answeredAfterMs = performance.now() - started;
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (text: string) => (body += text));
      response.on("end", () => {
        answer = {
          status: response.statusCode ?? 0,
          headers: response.headers,
          body,
          sentBeforeAnswer,
          answeredAfterMs,
        };
        request.destroy(); // a real client stops uploading once refused
      });
    });
    request.on("close", () => {
      clearInterval(timer);
      if (answer) resolve({ ...answer, closedAfterMs: performance.now() - started });
      else reject(new Error(`closed without an answer after ${sent} bytes`));
    });
    request.on("error", () => {}); // a reset after the answer is the server closing, reported via close
    request.flushHeaders();
  });
}

/** Writes `raw` (request bytes) and then nothing more; resolves when the server closes the connection. */
export function stall(port: number, raw: string): Promise<Omit<Answer, "sentBeforeAnswer" | "headers">> {
  return new Promise((resolve) => {
    const started = performance.now();
    const socket = connect(port, "127.0.0.1", () => socket.write(raw));
    let received = "";
    let answeredAfterMs = NaN;
    socket.setEncoding("utf8");
    socket.on("data", (text: string) => {
      if (received === "") answeredAfterMs = performance.now() - started;
      received += text;
    });
    socket.on("error", () => {});
    socket.on("close", () => {
      const [head = "", body = ""] = received.split("\r\n\r\n");
      resolve({
        status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0),
        body,
        answeredAfterMs,
        closedAfterMs: performance.now() - started,
      });
    });
  });
}
