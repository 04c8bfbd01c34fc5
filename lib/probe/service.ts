// The process-wide pieces of the live check, built once from the environment (SPEC §5): resolver
// servers, target policy, EHLO name, client limits and the check cache.
import "server-only";
import type { ServerEnv } from "@/lib/env";
import { processShared } from "@/lib/process-shared";
import { createCheckCache, type CheckCache } from "./check-cache";
import { createClientLimits, type ClientLimits } from "./client-limits";
import { systemClock } from "./clock";
import { createResolver } from "./dns-lookup";
import type { StreamDeps } from "./diagnose-stream";
import type { CheckEvent } from "./run-check";
import { createTargetPolicy } from "./target-policy";

export type ProbeService = StreamDeps & { limits: ClientLimits; cache: CheckCache<CheckEvent> };

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
    return {
      options: {
        resolverServers: env.dnsServers,
        policy: createTargetPolicy({ allowCidrs: env.allowCidrs }),
        ehloName: env.ehloName,
      },
      clock: systemClock,
      limits: createClientLimits(),
      cache: createCheckCache<CheckEvent>({ clock: systemClock }),
    };
  });
}
