// The process's Redis (MAILDOC_REDIS_URL, SPEC §7): one command connection and one subscriber connection,
// created once and kept on globalThis (Next.js may load this module once per bundle). Commands never wait
// for a connection: while Redis is away they fail at once and the callers use their per-process stores;
// ioredis reconnects by itself.
import "server-only";
import { Redis } from "ioredis";
import { logger } from "@/lib/observe/logger";
import { metrics, watchRedis } from "@/lib/observe/metrics";
import { createOutageLog } from "./outage-log";

export const redisConfig = {
  /** Every key and channel of Mail Doctor starts with this. */
  prefix: "maildoc:",
  /** A command that has not answered by then fails; the caller falls back to its per-process store. */
  commandTimeoutMs: 500,
  connectTimeoutMs: 2_000,
  /** Reconnect attempts back off to one every this many ms, for ever. */
  reconnectMaxMs: 2_000,
} as const;

export type SharedRedis = {
  /** For commands. */
  client: Redis;
  /** In subscriber mode: Mail Doctor's channel (`channel`), shared by every store of this process. */
  subscriber: Redis;
  channel: string;
  /** Connected and ready for commands now. */
  ready(): boolean;
  key(...parts: string[]): string;
  /** Registers a listener for messages on `channel`. */
  onMessage(listener: (message: string) => void): void;
  close(): Promise<void>;
};

const globalKey = Symbol.for("mail-doctor.redis");

/** The shared Redis of this process, connecting on first use. */
export function sharedRedis(url: string): SharedRedis {
  const global = globalThis as Record<symbol, SharedRedis | undefined>;
  return (global[globalKey] ??= connectRedis(url));
}

export function connectRedis(url: string, { name = "app" }: { name?: string } = {}): SharedRedis {
  const options = {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: redisConfig.commandTimeoutMs,
    connectTimeout: redisConfig.connectTimeoutMs,
    retryStrategy: (times: number) => Math.min(times * 200, redisConfig.reconnectMaxMs),
    connectionName: `maildoc-${name}`,
  };
  const client = new Redis(url, options);
  // The subscriber subscribes on every (re)connect itself: ioredis's own resubscribe leaves its promise
  // unhandled, and a Redis that drops again at that moment would end the process with an unhandled rejection.
  const subscriber = new Redis(url, { ...options, autoResubscribe: false, commandTimeout: undefined });
  const channel = `${redisConfig.prefix}events`;
  const log = logger();
  const outage = createOutageLog(
    () => Date.now(),
    (level, fields, message) => log[level](fields, message),
  );
  watchRedis(() => client.status === "ready");
  client.on("ready", () => {
    metrics().redisUp.set(1);
    outage.recovered();
  });
  const down = (error: Error) => {
    metrics().redisUp.set(0);
    outage.failed(error);
  };
  client.on("error", down);
  client.on("close", () => metrics().redisUp.set(0));
  subscriber.on("error", () => {}); // the command connection reports the same outage
  subscriber.on("ready", () => void subscriber.subscribe(channel).catch(() => {}));
  const listeners: ((message: string) => void)[] = [];
  subscriber.on("message", (from: string, message: string) => {
    if (from === channel) for (const listener of listeners) listener(message);
  });

  return {
    client,
    subscriber,
    channel,
    ready: () => client.status === "ready",
    key: (...parts) => `${redisConfig.prefix}${parts.join(":")}`,
    onMessage: (listener) => void listeners.push(listener),
    async close() {
      client.disconnect();
      subscriber.disconnect();
    },
  };
}

/** The size bound of every value Mail Doctor stores in Redis: JSON text, or null (not stored) when over. */
export function boundedJson(value: unknown, maxBytes: number, kind: "probe" | "check"): string | null {
  const text = JSON.stringify(value);
  if (Buffer.byteLength(text) <= maxBytes) return text;
  metrics().redisRefused.inc({ kind });
  return null;
}
