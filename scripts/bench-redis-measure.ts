// The measuring half of npm run bench:redis: one child process per round and mode (MAILDOC_REDIS_URL empty
// or set), printing one JSON line of figures for the parent to put side by side.
import { Redis } from "ioredis";
import { sharedRedis } from "../lib/redis/connection";
import { diagnose } from "./bench-check-measure";

export const benchRuns = 15;
export type Figures = {
  redis: boolean;
  /** Wall time of each check, ms. */
  full: number[];
  cached: number[];
  /** 20 checks at once of 20 domains on one mail server, ms each. */
  together: number[];
  /** Commands the app sent per check, by name; and what Redis ran per check, scripts' own calls included. */
  sent?: { full: Record<string, number>; cached: Record<string, number> };
  ran?: { full: number; cached: number };
  messages?: { full: number; cached: number };
  pingMs?: number[];
};

/** Redis's own count of the commands it ran (INFO commandstats), without the INFO calls that ask. */
async function ranSoFar(redis: Redis): Promise<number> {
  let calls = 0;
  for (const line of (await redis.info("commandstats")).split("\n")) {
    const match = /^cmdstat_([^:]+):calls=(\d+)/.exec(line.trim());
    if (match && match[1] !== "info") calls += Number(match[2]);
  }
  return calls;
}

export async function measure() {
  const url = process.env.MAILDOC_REDIS_URL ?? "";
  const figures: Figures = { redis: Boolean(url), full: [], cached: [], together: [] };
  // Every command this process sends, counted where ioredis sends it; every announcement it hears.
  const sent = new Map<string, number>();
  let heard = 0;
  if (url) {
    const shared = sharedRedis(url);
    const send = shared.client.sendCommand.bind(shared.client);
    shared.client.sendCommand = ((command: { name: string }, ...rest: unknown[]) => {
      sent.set(command.name, (sent.get(command.name) ?? 0) + 1);
      return (send as (...args: unknown[]) => unknown)(command, ...rest);
    }) as typeof shared.client.sendCommand;
    shared.onMessage(() => (heard += 1));
  }
  const stats = url ? new Redis(url) : null;
  const snapshot = async () => ({ sent: new Map(sent), ran: stats ? await ranSoFar(stats) : 0, heard });
  const perCheck = (
    before: Awaited<ReturnType<typeof snapshot>>,
    after: Awaited<ReturnType<typeof snapshot>>,
  ) => ({
    sent: Object.fromEntries(
      [...after.sent].map(([name, n]) => [name, (n - (before.sent.get(name) ?? 0)) / benchRuns]),
    ),
    ran: (after.ran - before.ran) / benchRuns,
    messages: (after.heard - before.heard) / benchRuns,
  });

  // Warm: the route's code, Postfix's and Dovecot's per-address processes, the Redis connection.
  for (let i = 0; i < 3; i++) await diagnose({ domain: "good.test", fresh: true }, `203.0.113.${240 + i}`);
  await diagnose({ domain: "shared-50.test", fresh: true }, "203.0.113.250");

  let before = await snapshot();
  for (let i = 0; i < benchRuns; i++)
    figures.full.push((await diagnose({ domain: "good.test", fresh: true }, `198.51.100.${i + 1}`)).wallMs);
  const full = perCheck(before, await snapshot());
  before = await snapshot();
  for (let i = 0; i < benchRuns; i++)
    figures.cached.push((await diagnose({ domain: "good.test" }, `198.51.100.${i + 101}`)).wallMs);
  const cached = perCheck(before, await snapshot());
  const together = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      diagnose({ domain: `shared-${i + 1}.test`, fresh: true }, `192.0.2.${i + 1}`),
    ),
  );
  figures.together = together.map((run) => run.wallMs);
  if (stats) {
    figures.sent = { full: full.sent, cached: cached.sent };
    figures.ran = { full: full.ran, cached: cached.ran };
    figures.messages = { full: full.messages, cached: cached.messages };
    figures.pingMs = [];
    for (let i = 0; i < 200; i++) {
      const started = performance.now();
      await stats.ping();
      figures.pingMs.push(performance.now() - started);
    }
    stats.disconnect();
  }
  console.log(`BENCH ${JSON.stringify(figures)}`);
  process.exit(0); // the shared Redis connections would keep the process alive
}
