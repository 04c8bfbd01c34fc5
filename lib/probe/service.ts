// The process-wide pieces of the live check, built once from the environment (SPEC §5): resolver
// servers, target policy, EHLO name, client limits, the check cache and the shared probe store — in this
// process, or with MAILDOC_REDIS_URL shared through Redis by every instance (SPEC §7), each with this
// process's own as the fallback while Redis is away — all counted for GET /metrics.
import "server-only";
import type { ServerEnv } from "@/lib/env";
import { metrics } from "@/lib/observe/metrics";
import { processShared } from "@/lib/process-shared";
import { sharedRedis } from "@/lib/redis/connection";
import { createCheckCache, type CheckCache } from "./check-cache";
import { createClientLimits, type ClientLimits } from "./client-limits";
import { systemClock } from "./clock";
import { createResolver } from "./dns-lookup";
import { budgets } from "./budgets";
import { createStartGate } from "./start-gate";
import type { StreamDeps } from "./diagnose-stream";
import type { MemoryProbeStore } from "./memory-probe-store";
import { observedCache, observedLimits, observedStore } from "./observed";
import { createRedisCheckCache } from "./redis-check-cache";
import { createRedisProbeStore } from "./redis-probe-store";
import { sharedProbeStore, type CheckEvent } from "./run-check";
import { createTargetPolicy } from "./target-policy";

export type ProbeService = StreamDeps & {
  limits: ClientLimits;
  cache: CheckCache<CheckEvent>;
  /** This process's own probe store (with Redis: the fallback while Redis is away). */
  probes: MemoryProbeStore;
};

/** One per process, shared by POST /api/diagnose and the page's no-script check (lib/process-shared.ts):
 *  the per-client limits and the cache of SPEC §6 count both paths together. */
export function probeService(env: ServerEnv): ProbeService {
  return processShared("probe-service", () => {
    try {
      createResolver(env.dnsServers).cancel();
    } catch {
      throw new Error(
        `Invalid Mail Doctor configuration: MAILDOC_DNS_SERVERS: use ip or ip:port ([addr]:port for IPv6)`,
      );
    }
    const probes = sharedProbeStore();
    const cache = createCheckCache<CheckEvent>({ clock: systemClock });
    const redis = env.redisUrl ? sharedRedis(env.redisUrl) : null;
    const counts = metrics();
    return {
      options: {
        resolverServers: env.dnsServers,
        policy: createTargetPolicy({ allowCidrs: env.allowCidrs }),
        ehloName: env.ehloName,
        store: observedStore(redis ? createRedisProbeStore(redis, probes) : probes, counts),
      },
      probes,
      clock: systemClock,
      startGate: createStartGate(systemClock, budgets.startQuietMs, budgets.startWaitMaxMs),
      limits: observedLimits(createClientLimits({ redis: redis?.client }), counts),
      cache: observedCache(
        redis
          ? createRedisCheckCache(redis, {
              running: createCheckCache<CheckEvent>({ clock: systemClock, ttlMs: 0 }),
              fallback: cache,
            })
          : cache,
        counts,
      ),
    };
  });
}
