// One TCP (and later TLS) connection to a mail server, read line by line under the limits of SPEC §6:
// each line cut at 512 bytes, at most 16 KiB per connection, every wait bounded by a budget. A wait cut
// short by the request's deadline is not the server's silence: it fails as "skipped", not "timeout".
import "server-only";
import net from "node:net";
import tls from "node:tls";
import { budgets } from "./budgets";
import type { Clock } from "./clock";
import { plainText } from "./plain-text";

export type FailureKind = "refused" | "timeout" | "reset" | "error" | "skipped";
export class ProbeFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    readonly detail: string,
  ) {
    super(detail);
  }
}

// Socket error codes → probe statuses; anything else (unreachable network, …) is "error".
const kindOfCode: Record<string, FailureKind> = {
  ECONNREFUSED: "refused",
  ECONNRESET: "reset",
  EPIPE: "reset",
  ETIMEDOUT: "timeout",
};
const failureOf = (error: NodeJS.ErrnoException) =>
  new ProbeFailure(kindOfCode[error.code ?? ""] ?? "error", error.code ?? "socket-error");

// One client context for every connection: Node's CA store (and NODE_EXTRA_CA_CERTS) loaded once, not
// for each handshake (which cost a few milliseconds of CPU every time).
let context: tls.SecureContext | undefined;
const clientContext = () => (context ??= tls.createSecureContext());

const noLookup: net.LookupFunction = (_host, _options, callback) =>
  callback(Object.assign(new Error("name lookups are not allowed here"), { code: "ENOLOOKUP" }), "", 4);

/** `deadline`: when the answers are due (the request's end less the time to send the result). */
export type ConnectionContext = { clock: Clock; deadline: number; signal?: AbortSignal };

export class MailConnection {
  private socket: net.Socket;
  private pending = Buffer.alloc(0);
  private discarding = false;
  private lines: string[] = [];
  private received = 0;
  private failure: ProbeFailure | null = null;
  private wake: (() => void) | null = null;
  private readonly onData = (chunk: Buffer) => this.take(chunk);
  private readonly onError = (error: NodeJS.ErrnoException) => this.fail(failureOf(error));
  private readonly onClose = () => this.fail(new ProbeFailure("reset", "closed"));

  /** Resolves when the TCP socket has really closed: only then does it stop counting against the limits. */
  readonly closed: Promise<void>;

  private constructor(
    socket: net.Socket,
    private readonly ctx: ConnectionContext,
  ) {
    this.socket = socket;
    this.closed = new Promise((resolve) => socket.once("close", () => resolve()));
  }

  /** Connects to an address that already passed the target guard. `ip` must be an IP, never a name. */
  static async open(ip: string, port: number, ctx: ConnectionContext): Promise<MailConnection> {
    if (net.isIP(ip) === 0) throw new ProbeFailure("error", "not-an-address");
    const socket = net.connect({ host: ip, port, lookup: noLookup, noDelay: true });
    const connection = new MailConnection(socket, ctx);
    try {
      await connection.within<void>(ctx.clock.now() + budgets.connectMs, "connect", (resolve, reject) => {
        socket.once("connect", () => resolve());
        socket.once("error", (error: NodeJS.ErrnoException) => reject(failureOf(error)));
      });
    } catch (error) {
      await connection.close();
      throw error;
    }
    connection.attach();
    return connection;
  }

  /**
   * Waits for fn's outcome until `until` (the step's budget) but never past the request deadline; closes
   * the socket when time is up. Silence for the whole step is a timeout; the deadline or an abort is not.
   */
  private within<T>(
    until: number,
    step: string,
    fn: (resolve: (v: T) => void, reject: (e: ProbeFailure) => void) => void,
  ): Promise<T> {
    const cut = this.ctx.deadline < until;
    const budget = Math.min(until, this.ctx.deadline) - this.ctx.clock.now();
    const timeUp = () =>
      cut ? new ProbeFailure("skipped", "deadline") : new ProbeFailure("timeout", `${step}-timeout`);
    return new Promise<T>((resolve, reject) => {
      if (this.ctx.signal?.aborted) return reject(new ProbeFailure("skipped", "aborted"));
      if (budget <= 0) return reject(timeUp());
      let settled = false;
      const finish = (settle: () => void) => {
        if (settled) return;
        settled = true;
        cancel();
        this.ctx.signal?.removeEventListener("abort", onAbort);
        settle();
      };
      const onAbort = () => finish(() => reject(new ProbeFailure("skipped", "aborted")));
      const cancel = this.ctx.clock.setTimeout(() => finish(() => reject(timeUp())), budget);
      this.ctx.signal?.addEventListener("abort", onAbort, { once: true });
      fn(
        (value) => finish(() => resolve(value)),
        (error) => finish(() => reject(error)),
      );
    }).catch((error: unknown) => {
      if (error instanceof ProbeFailure && (error.kind === "timeout" || error.kind === "skipped"))
        void this.close();
      throw error;
    });
  }

  private attach() {
    this.socket.on("data", this.onData);
    this.socket.on("error", this.onError);
    this.socket.on("close", this.onClose);
  }

  private detach() {
    this.socket.off("data", this.onData);
    this.socket.off("error", this.onError);
    this.socket.off("close", this.onClose);
  }

  private take(chunk: Buffer) {
    this.received += chunk.length;
    if (this.received > budgets.connectionBytes) {
      this.fail(new ProbeFailure("error", "reply-too-long"));
      this.close();
      return;
    }
    let data = Buffer.concat([this.pending, chunk]);
    for (let end = data.indexOf(10); end >= 0; end = data.indexOf(10)) {
      if (!this.discarding) this.lines.push(this.decode(data.subarray(0, end)));
      this.discarding = false;
      data = data.subarray(end + 1);
    }
    // A line longer than 512 bytes: keep its start, drop the rest up to the next line end.
    if (data.length > budgets.lineBytes && !this.discarding) {
      this.lines.push(this.decode(data));
      this.discarding = true;
    }
    this.pending = this.discarding ? Buffer.alloc(0) : data;
    this.wake?.();
  }

  private decode(bytes: Buffer): string {
    const line = bytes.subarray(0, budgets.lineBytes).toString("utf8");
    return plainText(line.replace(/\r$/, ""));
  }

  private fail(failure: ProbeFailure) {
    this.failure ??= failure;
    this.wake?.();
  }

  /** The next line from the server, waiting until `until` at most. */
  private readLine(step: string, until: number): Promise<string> {
    return this.within(until, step, (resolve, reject) => {
      const poll = () => {
        const line = this.lines.shift();
        if (line !== undefined) {
          this.wake = null;
          resolve(line);
        } else if (this.failure) {
          this.wake = null;
          reject(this.failure);
        } else this.wake = poll;
      };
      poll();
    });
  }

  /** Reads lines until `isLast` says the reply is complete; the whole reply shares one step budget. */
  async readReply(step: string, isLast: (line: string) => boolean): Promise<string[]> {
    const until = this.ctx.clock.now() + budgets.stepMs;
    const reply: string[] = [];
    for (;;) {
      const line = await this.readLine(step, until);
      reply.push(line);
      if (isLast(line)) return reply;
    }
  }

  write(line: string) {
    if (!this.socket.destroyed) this.socket.write(`${line}\r\n`);
  }

  /**
   * Starts TLS on this connection. Bytes the server sent after its "go ahead" are discarded first
   * (RFC 3207 §4.2 / CVE-2011-0411: nothing read before the handshake may be trusted).
   */
  async startTls(servername: string): Promise<tls.TLSSocket> {
    this.detach();
    this.lines = [];
    this.pending = Buffer.alloc(0);
    this.discarding = false;
    const secure = tls.connect({
      socket: this.socket,
      servername,
      secureContext: clientContext(),
      rejectUnauthorized: false,
      // The name is checked separately (tls-facts.ts) so `authorized` means "the chain is trusted".
      checkServerIdentity: () => undefined,
    });
    this.socket = secure;
    await this.within<void>(this.ctx.clock.now() + budgets.stepMs, "tls", (resolve, reject) => {
      secure.once("secureConnect", () => resolve());
      secure.once("error", (error: NodeJS.ErrnoException) =>
        reject(new ProbeFailure(kindOfCode[error.code ?? ""] ?? "error", error.code ?? "tls-handshake")),
      );
      secure.once("close", () => reject(new ProbeFailure("reset", "closed-during-tls")));
    });
    this.attach();
    return secure;
  }

  /** Closes at once; resolves when the socket is gone. */
  close(): Promise<void> {
    this.detach();
    this.socket.on("error", () => undefined);
    this.socket.destroy();
    return this.closed;
  }

  /**
   * Sends the polite goodbye and our end of the connection at once, lets the server close (at most
   * `goodbyeMs`, never past the request's end), and resolves when the socket is gone. Nobody waits for
   * this to see the answers: the probe's result is out before the goodbye starts.
   */
  quit(command: string): Promise<void> {
    this.write(command);
    this.detach();
    this.socket.on("error", () => undefined);
    this.socket.end();
    const requestEnd = this.ctx.deadline + budgets.resultReserveMs;
    const wait = Math.min(budgets.goodbyeMs, requestEnd - this.ctx.clock.now());
    const cancel = this.ctx.clock.setTimeout(() => this.socket.destroy(), wait);
    return this.closed.finally(cancel);
  }
}
