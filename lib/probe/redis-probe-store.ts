// The probe store shared by every instance (probe-store.ts, SPEC §6 and §7), on Redis: a probe result is a
// key with a 60 s TTL, the right to run a probe a short lock (SET NX PX) released when it settles, and the
// connection lane of an address and port another such lock. Whoever settles or releases announces it on
// the shared channel, so the waiters of every instance go on at once; a waiter also looks again now and
// then (a message can be missed while a connection comes back), and a lock whose holder vanished expires.
// While Redis is away every call goes to this process's own store (`fallback`): checks go on with
// per-process sharing and limits.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import { boundedJson, type SharedRedis } from "@/lib/redis/connection";
import { createWaitRoom } from "@/lib/redis/wait-room";
import { budgets } from "./budgets";
import type { ProbeResult } from "./port-probe";
import type { Claim, ProbeStore, Release, Settled } from "./probe-store";

export const redisProbeConfig = {
  /** A stored probe result (and its announcement) is refused above this; others then probe themselves. */
  maxResultBytes: 64 * 1024,
  /** A lane's lock outlives the longest connection (a probe's own budget and its goodbye). */
  laneTtlMs: budgets.requestMs + budgets.goodbyeMs + 2_000,
  /** A waiter looks at Redis itself at least this often. */
  recheckMs: 1_000,
} as const;

// claim: a young enough result, else the lock, else "running". Results are stored as "<epoch ms>|<json>".
const claimScript = `
local stored = redis.call('GET', KEYS[1])
if stored then
  local at = tonumber(string.match(stored, '^(%d+)|'))
  if at and tonumber(ARGV[1]) - at <= tonumber(ARGV[2]) then return {'stored', stored} end
end
if redis.call('SET', KEYS[2], ARGV[3], 'NX', 'PX', ARGV[4]) then return {'claimed', ''} end
return {'running', ''}`;
// settle: keep the result, drop the lock if it is still ours, tell everyone.
const settleScript = `
if ARGV[2] ~= '' then redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3]) end
if redis.call('GET', KEYS[2]) == ARGV[1] then redis.call('DEL', KEYS[2]) end
redis.call('PUBLISH', ARGV[4], ARGV[5])
return 1`;
// lane: the lock, or how long (ms) until it expires at the latest.
const laneScript = `
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return -3 end
return redis.call('PTTL', KEYS[1])`;
const releaseScript = `
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
redis.call('PUBLISH', ARGV[2], ARGV[3])
return 1`;

type Scripts = {
  maildocClaim(...args: (string | number)[]): Promise<[string, string]>;
  maildocSettle(...args: (string | number)[]): Promise<number>;
  maildocLane(...args: (string | number)[]): Promise<number>;
  maildocRelease(...args: (string | number)[]): Promise<number>;
};

function withScripts(client: Redis): Redis & Scripts {
  const scripted = client as Redis & Partial<Scripts>;
  if (!scripted.maildocClaim) {
    client.defineCommand("maildocClaim", { numberOfKeys: 2, lua: claimScript });
    client.defineCommand("maildocSettle", { numberOfKeys: 2, lua: settleScript });
    client.defineCommand("maildocLane", { numberOfKeys: 1, lua: laneScript });
    client.defineCommand("maildocRelease", { numberOfKeys: 1, lua: releaseScript });
  }
  return client as Redis & Scripts;
}

/**
 * Announcements on the shared channel, tab-separated so an instance with nobody waiting reads only the head:
 * `settled\t<probe key>\t<stored value, or empty for nothing usable>` and `lane\t<ip|port>`. (JSON text
 * never holds a raw tab.)
 */
const announce = (...fields: string[]) => fields.join("\t");
function heard(text: string): { kind: string; key: string; rest: string } {
  const first = text.indexOf("\t");
  const second = text.indexOf("\t", first + 1);
  const end = second < 0 ? text.length : second;
  return {
    kind: text.slice(0, first),
    key: text.slice(first + 1, end),
    rest: second < 0 ? "" : text.slice(second + 1),
  };
}

const decode = (stored: string): ProbeResult =>
  JSON.parse(stored.slice(stored.indexOf("|") + 1)) as ProbeResult;

export function createRedisProbeStore(redis: SharedRedis, fallback: ProbeStore): ProbeStore {
  const client = withScripts(redis.client);
  const resultKey = (key: string) => redis.key("probe", "result", key);
  const flightKey = (key: string) => redis.key("probe", "flight", key);
  const laneKey = (id: string) => redis.key("lane", id);
  /** The locks this process holds in Redis (key → token); claims made while Redis was away are not here. */
  const held = new Map<string, string>();
  const settledRoom = createWaitRoom<string>();
  const laneRoom = createWaitRoom<null>();

  redis.onMessage((text) => {
    const { kind, key, rest } = heard(text);
    if (kind === "settled" && settledRoom.waiting(key) > 0) settledRoom.wake(key, rest);
    else if (kind === "lane" && laneRoom.waiting(key) > 0) laneRoom.wake(key, null);
  });

  const settledFrom = (value: string): Settled =>
    value ? { kind: "done", result: decode(value) } : { kind: "incomplete" };

  async function redisLane(ip: string, port: number, signal: AbortSignal): Promise<Release | null> {
    const id = `${ip}|${port}`;
    const token = randomUUID();
    for (;;) {
      if (signal.aborted) return null;
      // Registered before asking, so a release announced in between still wakes it.
      const turn = laneRoom.until(id, signal, redisProbeConfig.recheckMs);
      let wait: number;
      try {
        wait = await client.maildocLane(laneKey(id), token, redisProbeConfig.laneTtlMs);
      } catch {
        turn.cancel();
        return fallback.lane(ip, port, signal);
      }
      if (wait !== -3) {
        await turn.woken;
        continue;
      }
      turn.cancel();
      let released = false;
      return () => {
        if (released) return;
        released = true;
        void client.maildocRelease(laneKey(id), token, redis.channel, announce("lane", id)).catch(() => {});
      };
    }
  }

  return {
    async claim(key, maxAgeMs, ttlMs): Promise<Claim> {
      if (!redis.ready()) return fallback.claim(key, maxAgeMs, ttlMs);
      const token = randomUUID();
      try {
        const [kind, stored] = await client.maildocClaim(
          resultKey(key),
          flightKey(key),
          Date.now(),
          Math.max(0, Math.floor(maxAgeMs)),
          token,
          Math.max(1, Math.ceil(ttlMs)),
        );
        if (kind === "stored") return { kind: "stored", result: decode(stored) };
        if (kind === "running") return { kind: "running" };
        held.set(key, token);
        return { kind: "claimed" };
      } catch {
        return fallback.claim(key, maxAgeMs, ttlMs);
      }
    },

    async settle(key, result) {
      // This process's store keeps every result too (for while Redis is away) and wakes its own claims' waiters.
      await fallback.settle(key, result);
      const token = held.get(key);
      if (token === undefined) return;
      held.delete(key);
      const json = result ? boundedJson(result, redisProbeConfig.maxResultBytes, "probe") : null;
      const value = json === null ? "" : `${Date.now()}|${json}`;
      // The waiters of this process go on at once, whatever Redis does.
      settledRoom.wake(key, value);
      const message = announce("settled", key, value);
      await client
        .maildocSettle(
          resultKey(key),
          flightKey(key),
          token,
          value,
          budgets.probeResultMs,
          redis.channel,
          message,
        )
        .catch(() => {}); // the lock expires by itself; the others claim again then
    },

    async wait(key, signal): Promise<Settled> {
      if (!redis.ready()) return fallback.wait(key, signal);
      for (;;) {
        if (signal.aborted) return { kind: "late" };
        // Registered before asking, so a settlement announced in between still wakes it.
        const turn = settledRoom.until(key, signal, redisProbeConfig.recheckMs);
        let left: number;
        try {
          left = await client.pttl(flightKey(key));
        } catch {
          turn.cancel();
          return { kind: "idle" }; // Redis went away: claim again (from this process's store)
        }
        if (left < 0) turn.cancel(); // nobody runs it (any more), unless the news just came
        const answer = await turn.woken;
        if (answer.kind === "woken") return settledFrom(answer.value);
        if (signal.aborted) return { kind: "late" };
        if (left < 0) return { kind: "idle" };
      }
    },

    lane(ip, port, signal) {
      if (!redis.ready()) return fallback.lane(ip, port, signal);
      return redisLane(ip, port, signal);
    },
  };
}
