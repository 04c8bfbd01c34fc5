// Redis trouble is logged, not shouted: ioredis reports every failed reconnect (every few seconds while
// Redis is away), and the operator needs one line a minute saying it is still down, and one when it is back.
import "server-only";

export type OutageLog = { failed(error: Error): void; recovered(): void };

export function createOutageLog(
  now: () => number,
  write: (level: "warn" | "info", fields: Record<string, unknown>, message: string) => void,
  everyMs = 60_000,
): OutageLog {
  let downSince: number | null = null;
  let lastLine = -Infinity;
  return {
    failed(error) {
      const at = now();
      downSince ??= at;
      if (at - lastLine < everyMs) return;
      lastLine = at;
      const downForS = Math.round((at - downSince) / 1000);
      write(
        "warn",
        { redis: "down", downForS, error: error.message },
        "Redis unreachable: limits and caches are per process until it is back",
      );
    },
    recovered() {
      if (downSince === null) return;
      const downForS = Math.round((now() - downSince) / 1000);
      downSince = null;
      lastLine = -Infinity;
      write("info", { redis: "up", downForS }, "Redis reachable again: limits and caches are shared");
    },
  };
}
