// The HTTP server in front of Next.js's request handler (npm start). It owns what Next.js leaves to the
// server: timeouts, connection caps, how much of a body may reach memory, which client address the app
// counts, CORS for the sites in MAILDOC_ALLOW_ORIGINS, and JSON answers for requests that never reach
// the app; it also writes one log line per request and answers GET /metrics. Every number and rule comes
// from the app (`edge`, lib/api/server-edge.ts).
import { STATUS_CODES, createServer } from "node:http";
import { receiveBody } from "./request-body.mjs";

const isApiPath = (url = "") => /^\/api(?:[/?]|$)/.test(url);
const isMetricsPath = (url = "") => /^\/metrics(?:\?|$)/.test(url);

/** The request's headers as the app's rule functions read them (a `Headers`-like `get`). */
const headerSource = (request) => ({
  get(name) {
    const value = request.headers[name];
    return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
  },
});

/**
 * Answers on the socket itself and closes it gently: FIN after the answer, then whatever the client still
 * sends is read and dropped for `lingerMs` before the connection is torn down. Closing at once while body
 * bytes are still arriving would make the kernel send a reset, and the client would lose the answer.
 */
function answerAndLinger(socket, { status, body }, lingerMs, requestId) {
  const head = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
    ...(requestId ? [`X-Request-Id: ${requestId}`] : []),
    "Content-Type: application/json; charset=utf-8",
    `Content-Length: ${Buffer.byteLength(body)}`,
    "Cache-Control: no-store",
    "X-Content-Type-Options: nosniff",
    "Connection: close",
  ];
  socket.end(`${head.join("\r\n")}\r\n\r\n${body}`);
  socket.resume();
  setTimeout(() => socket.destroy(), lingerMs).unref();
}

/**
 * @param {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => Promise<void>} handle
 * @param {import("../lib/api/server-edge").ServerEdge} edge
 */
export function createAppServer(handle, edge) {
  const { env, limits } = edge;
  const server = createServer({
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    connectionsCheckingInterval: limits.timeoutCheckIntervalMs,
    maxHeaderSize: limits.maxHeaderBytes,
  });
  server.timeout = limits.idleSocketTimeoutMs; // no 'timeout' listener: an idle socket is destroyed
  server.maxConnections = limits.maxConnections; // beyond it Node closes new connections at once

  // One client cannot hold every connection. Behind a trusted proxy every connection is the proxy's.
  const openPerAddress = new Map();
  server.on("connection", (socket) => {
    if (env.trustProxy) return;
    const address = socket.remoteAddress ?? "";
    const open = (openPerAddress.get(address) ?? 0) + 1;
    if (open > limits.maxConnectionsPerAddress) return void socket.destroy();
    openPerAddress.set(address, open);
    socket.once("close", () => {
      const left = openPerAddress.get(address) - 1;
      if (left > 0) openPerAddress.set(address, left);
      else openPerAddress.delete(address);
    });
  });

  // The request on each connection whose answer has not started yet, for answering a stalled one.
  const waiting = new WeakMap();

  /** GET /metrics (Prometheus text format) for those SPEC §5 lets read it. */
  function serveMetrics(request, response, headers) {
    const text = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };
    const access = edge.metricsAccess(headers, request.socket.remoteAddress);
    if (access === "unauthorized")
      return void response
        .writeHead(401, { ...text, "WWW-Authenticate": 'Bearer realm="metrics"' })
        .end("Unauthorized: send the metrics token as a bearer token\n");
    if (access !== "ok")
      return void response.writeHead(403, text).end("Forbidden: metrics are served to this machine only\n");
    if (request.method !== "GET" && request.method !== "HEAD")
      return void response.writeHead(405, { ...text, Allow: "GET, HEAD" }).end("Method not allowed\n");
    request.resume();
    server.getConnections((error, count) => {
      edge.metrics(error ? 0 : count).then(
        ({ contentType, body }) =>
          response
            .writeHead(200, { "Content-Type": contentType, "Cache-Control": "no-store" })
            .end(request.method === "HEAD" ? undefined : body),
        (failure) => {
          console.error("GET /metrics:", failure);
          response.writeHead(500, text).end("Metrics unavailable\n");
        },
      );
    });
  }

  function serve(request, response) {
    const started = performance.now();
    const headers = headerSource(request);
    // One log line per request, however it ends (answered, refused here, or cut by the client).
    const id = edge.requestId(headers);
    let logged = false;
    const log = (status) => {
      if (logged) return;
      logged = true;
      const ms = performance.now() - started;
      edge.logRequest({ id, method: request.method ?? "", url: request.url ?? "", status, ms });
    };
    response.setHeader("X-Request-Id", id);
    request.headers["x-request-id"] = id;
    response.once("close", () => log(response.statusCode));
    waiting.set(request.socket, { response, log, id });
    response.once("finish", () => waiting.delete(request.socket));

    // The app counts the client by X-Forwarded-For (lib/probe/client-limits.ts clientKey): it holds exactly
    // the address decided here, never a header the client wrote (Next.js would pass that through).
    request.headers["x-forwarded-for"] = edge.clientAddress(headers, request.socket.remoteAddress) ?? "";
    delete request.headers.forwarded;
    if (!env.trustProxy)
      for (const name of ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"])
        delete request.headers[name];
    if (isMetricsPath(request.url)) return serveMetrics(request, response, headers);
    if (isApiPath(request.url)) {
      const cors = edge.corsHeaders(headers);
      if (cors) for (const [name, value] of Object.entries(cors)) response.setHeader(name, value);
    }

    receiveBody(request, limits.maxBodyBytes, {
      received: () => void handle(request, response),
      tooLarge: () => {
        waiting.delete(request.socket);
        const answer = edge.errorBody("payload_too_large", request.headers["accept-language"]);
        log(answer.status);
        answerAndLinger(request.socket, answer, limits.lingerMs, id);
      },
    });
  }

  // A fault here must not take the process down with every other customer's request.
  const serveSafely = (request, response) => {
    try {
      serve(request, response);
    } catch (error) {
      console.error("HTTP server:", error);
      if (response.headersSent) return void response.destroy();
      const { status, body } = edge.errorBody("internal", request.headers["accept-language"]);
      response.writeHead(status, { "Content-Type": "application/json; charset=utf-8" }).end(body);
    }
  };
  server.on("request", serveSafely);
  // Expect: 100-continue — refuse an oversized body before the client sends it.
  server.on("checkContinue", (request, response) => {
    if (Number(request.headers["content-length"] ?? "0") <= limits.maxBodyBytes) response.writeContinue();
    serveSafely(request, response);
  });

  // Stalled requests (ERR_HTTP_REQUEST_TIMEOUT) and unreadable ones get a JSON answer when nothing has been
  // written for the request yet; Node's own answer would be an empty body.
  server.on("clientError", (error, socket) => {
    const { response, log, id } = waiting.get(socket) ?? {};
    if (error.code === "ECONNRESET" || !socket.writable || response?.headersSent)
      return void socket.destroy();
    const code = error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? "request_timeout" : "invalid_request";
    const answer = edge.errorBody(code, response?.req?.headers["accept-language"]);
    log?.(answer.status);
    answerAndLinger(socket, answer, limits.lingerMs, id);
  });

  return server;
}
