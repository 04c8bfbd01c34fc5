// For the *.redis.test.ts files: one redis-server per test file (scripts/testing/redis-server.ts) and the
// connections that play instances, all closed and stopped after the file.
import { afterAll, beforeAll } from "vitest";
import { connectRedis, type SharedRedis } from "@/lib/redis/connection";
import { startRedisServer, type RedisServer } from "@/scripts/testing/redis-server";

/** Waits until `ok()` holds, looking every 20 ms. */
export async function until(ok: () => boolean, ms = 10_000): Promise<void> {
  for (const end = Date.now() + ms; !ok(); await new Promise((r) => setTimeout(r, 20)))
    if (Date.now() > end) throw new Error("timed out");
}

type Instance<T> = T & { redis: SharedRedis };

export function redisTestbed() {
  let server: RedisServer | undefined;
  const connections: SharedRedis[] = [];
  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterAll(async () => {
    await Promise.all(connections.map((c) => c.close()));
    await server?.dispose();
  });
  const running = () => {
    if (!server) throw new Error("redis-server not started");
    return server;
  };
  return {
    server: running,
    /** Two instances, each made by `make` from its own connection, once both connections are ready. */
    async pair<T>(make: (redis: SharedRedis) => T): Promise<[Instance<T>, Instance<T>]> {
      const one = (): Instance<T> => {
        const redis = connectRedis(running().url, { name: "test" });
        connections.push(redis);
        return { ...make(redis), redis };
      };
      const made: [Instance<T>, Instance<T>] = [one(), one()];
      await until(() => made.every((m) => m.redis.ready()));
      return made;
    },
    /** Stops Redis until every given connection has noticed; `restart` brings it back and waits for them. */
    async outage(redis: SharedRedis[]) {
      await running().stop();
      await until(() => redis.every((r) => !r.ready()));
      return {
        async restart() {
          await running().start();
          await until(() => redis.every((r) => r.ready()));
        },
      };
    },
  };
}
