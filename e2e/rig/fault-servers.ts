// Mail servers that misbehave on purpose, on every mail port of their address (Node net/tls servers):
// silent (accepts, never speaks), reset (accepts, then RST), garbage (something that is not a mail
// greeting), drip (the greeting one byte every 2 s), endless (a capability reply that never ends),
// starttls-silent (says "go ahead" to STARTTLS, then nothing), injection (extra plaintext after the
// STARTTLS "go ahead", then a proper TLS session), no-goodbye (a proper plain dialogue, but QUIT/LOGOUT is
// never answered and the connection stays open), bidi (a greeting with a bidi override and invisible
// characters, then a proper plain dialogue).
import net from "node:net";
import tls from "node:tls";
import { readFileSync } from "node:fs";
import type { CertFiles } from "./certs";
import type { FaultKind, FaultServer } from "./scenarios";

type Protocol = "smtp" | "pop3" | "imap";
const ports: Record<number, { protocol: Protocol; implicitTls: boolean }> = {
  25: { protocol: "smtp", implicitTls: false },
  465: { protocol: "smtp", implicitTls: true },
  587: { protocol: "smtp", implicitTls: false },
  110: { protocol: "pop3", implicitTls: false },
  995: { protocol: "pop3", implicitTls: true },
  143: { protocol: "imap", implicitTls: false },
  993: { protocol: "imap", implicitTls: true },
};

// What a well-behaved server of each protocol says, for the faults that behave well until a point.
const talk: Record<
  Protocol,
  {
    greeting: string;
    caps: (tag: string) => string;
    plainCaps: (tag: string) => string;
    goAhead: (tag: string) => string;
    bye: (tag: string) => string;
    endlessLine: string;
  }
> = {
  smtp: {
    greeting: "220 mx.fault.test ESMTP\r\n",
    caps: () => "250-mx.fault.test\r\n250-PIPELINING\r\n250-STARTTLS\r\n250 8BITMIME\r\n",
    plainCaps: () => "250-mx.fault.test\r\n250-PIPELINING\r\n250 AUTH PLAIN\r\n",
    bye: () => "221 2.0.0 Bye\r\n",
    goAhead: () => "220 2.0.0 Ready to start TLS\r\n",
    endlessLine: `250-${"X".repeat(70)}\r\n`,
  },
  pop3: {
    greeting: "+OK POP3 ready\r\n",
    caps: () => "+OK\r\nSTLS\r\nUSER\r\n.\r\n",
    plainCaps: () => "+OK\r\nUSER\r\n.\r\n",
    bye: () => "+OK bye\r\n",
    goAhead: () => "+OK Begin TLS\r\n",
    endlessLine: `X-${"X".repeat(70)}\r\n`,
  },
  imap: {
    greeting: "* OK IMAP4rev1 ready\r\n",
    caps: (tag) => `* CAPABILITY IMAP4rev1 STARTTLS\r\n${tag} OK done\r\n`,
    plainCaps: (tag) => `* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n${tag} OK done\r\n`,
    bye: (tag) => `* BYE logging out\r\n${tag} OK done\r\n`,
    goAhead: (tag) => `${tag} OK Begin TLS\r\n`,
    endlessLine: `* CAPABILITY ${"X".repeat(70)}\r\n`,
  },
};

type Session = (
  socket: net.Socket,
  protocol: Protocol,
  timers: Set<NodeJS.Timeout>,
  context: tls.SecureContext,
) => void;

const every = (timers: Set<NodeJS.Timeout>, ms: number, fn: () => boolean) => {
  const timer = setInterval(() => {
    if (!fn()) {
      clearInterval(timer);
      timers.delete(timer);
    }
  }, ms);
  timers.add(timer);
};

/** Calls onCommand with each line the client sends (and its IMAP tag). */
const onLines = (socket: net.Socket, onCommand: (line: string, tag: string) => void) => {
  let text = "";
  socket.on("data", (chunk) => {
    text += chunk.toString("latin1");
    for (let end = text.indexOf("\n"); end >= 0; end = text.indexOf("\n")) {
      const line = text.slice(0, end).trim();
      text = text.slice(end + 1);
      onCommand(line, line.split(" ")[0] ?? "");
    }
  });
};

const isGoodbye = (line: string) => /^(QUIT|\S+ LOGOUT)\b/i.test(line);
// A greeting that tries to look like another server: "attacker.com" reversed behind U+202E, zero-width
// and other invisible characters, a C1 control.
const spoofed = "\u202Emoc.rekcatta\u202C\u200B\u2066\u00AD\u0085";
const spoofedGreeting: Record<Protocol, string> = {
  smtp: `220 mx.fault.test ${spoofed} ESMTP\r\n`,
  pop3: `+OK ${spoofed} POP3 ready\r\n`,
  imap: `* OK ${spoofed} IMAP4rev1 ready\r\n`,
};

const sessions: Record<FaultKind, Session> = {
  silent: () => undefined,
  reset: (socket) => socket.resetAndDestroy(),
  // Not a mail greeting, with control bytes, and longer than the 512-byte line limit.
  garbage: (socket) => socket.write(`SSH-2.0-OpenSSH_9.6 \x00\x01\x1b[31m ${"garbage ".repeat(150)}\r\n`),
  drip: (socket, protocol, timers) => {
    const bytes = Buffer.from(talk[protocol].greeting);
    let sent = 0;
    every(timers, 2_000, () => {
      if (socket.destroyed || sent >= bytes.length) return false;
      socket.write(bytes.subarray(sent, ++sent));
      return true;
    });
  },
  endless: (socket, protocol, timers) => {
    socket.write(talk[protocol].greeting);
    onLines(socket, () =>
      every(timers, 1, () => {
        if (socket.destroyed) return false;
        socket.write(talk[protocol].endlessLine.repeat(20));
        return true;
      }),
    );
  },
  "starttls-silent": (socket, protocol) => {
    socket.write(talk[protocol].greeting);
    onLines(socket, (line, tag) => {
      if (!/STARTTLS|STLS/i.test(line)) return void socket.write(talk[protocol].caps(tag));
      socket.write(talk[protocol].goAhead(tag));
      socket.removeAllListeners("data"); // and never another byte
    });
  },
  "no-goodbye": (socket, protocol) => {
    socket.write(talk[protocol].greeting);
    onLines(socket, (line, tag) => void (isGoodbye(line) || socket.write(talk[protocol].plainCaps(tag))));
  },
  bidi: (socket, protocol) => {
    socket.write(spoofedGreeting[protocol]);
    onLines(socket, (line, tag) => {
      if (!isGoodbye(line)) return void socket.write(talk[protocol].plainCaps(tag));
      socket.end(talk[protocol].bye(tag));
    });
  },
  injection: (socket, protocol, _timers, context) => {
    socket.write(talk[protocol].greeting);
    let upgraded = false;
    onLines(socket, (line, tag) => {
      if (upgraded) return;
      if (!/STARTTLS|STLS/i.test(line)) return void socket.write(talk[protocol].caps(tag));
      upgraded = true;
      socket.removeAllListeners("data");
      // The go-ahead and a forged capability line in one write: a client must not read the second.
      socket.write(
        `${talk[protocol].goAhead(tag)}${protocol === "smtp" ? "250 INJECTED" : `${tag} OK INJECTED`}\r\n`,
      );
      const secure = new tls.TLSSocket(socket, { isServer: true, secureContext: context });
      secure.on("error", () => secure.destroy());
      onLines(secure, (command, commandTag) => secure.write(talk[protocol].caps(commandTag)));
    });
  },
};

export type FaultServers = { stop(): Promise<void> };

export async function startFaultServers(servers: FaultServer[], cert: CertFiles): Promise<FaultServers> {
  const context = tls.createSecureContext({ key: readFileSync(cert.key), cert: readFileSync(cert.chain) });
  const timers = new Set<NodeJS.Timeout>();
  const sockets = new Set<net.Socket>();
  const listening: net.Server[] = [];
  for (const server of servers) {
    for (const [port, { protocol, implicitTls }] of Object.entries(ports)) {
      // no-goodbye keeps its end open after the client's FIN too (Node would otherwise close it).
      const listener = net.createServer({ allowHalfOpen: server.fault === "no-goodbye" }, (socket) => {
        sockets.add(socket);
        socket.on("close", () => sockets.delete(socket));
        socket.on("error", () => socket.destroy());
        // On implicit-TLS ports the handshake works first, except for faults that never get that far.
        const needsTls = implicitTls && !["silent", "reset", "starttls-silent"].includes(server.fault);
        if (!needsTls)
          return implicitTls && server.fault === "starttls-silent"
            ? undefined
            : sessions[server.fault](socket, protocol, timers, context);
        const secure = new tls.TLSSocket(socket, { isServer: true, secureContext: context });
        secure.allowHalfOpen = server.fault === "no-goodbye";
        secure.on("error", () => secure.destroy());
        secure.once("secure", () => sessions[server.fault](secure, protocol, timers, context));
      });
      await new Promise<void>((resolve, reject) => {
        listener.once("error", reject);
        listener.listen(Number(port), server.ip, () => resolve());
      });
      listening.push(listener);
    }
  }
  return {
    async stop() {
      for (const timer of timers) clearInterval(timer);
      for (const socket of sockets) socket.destroy();
      await Promise.all(listening.map((l) => new Promise<void>((r) => l.close(() => r()))));
    },
  };
}
