// The process-wide pieces of the live check, built once from the environment (SPEC §5): resolver
// servers, target policy, EHLO name, client limits and the check cache.
import "server-only";
import type { ServerEnv } from "@/lib/env";
import { createCheckCache, type CheckCache } from "./check-cache";
import { createClientLimits, type ClientLimits } from "./client-limits";
import { systemClock } from "./clock";
import type { StreamDeps } from "./diagnose-stream";
import type { CheckEvent } from "./run-check";
import { createTargetPolicy } from "./target-policy";

export type ProbeService = StreamDeps & { limits: ClientLimits; cache: CheckCache<CheckEvent> };

let shared: ProbeService | undefined;

export function probeService(env: ServerEnv): ProbeService {
  shared ??= {
    options: {
      resolverServers: env.dnsServers,
      policy: createTargetPolicy({ allowCidrs: env.allowCidrs }),
      ehloName: env.ehloName,
    },
    clock: systemClock,
    limits: createClientLimits(),
    cache: createCheckCache<CheckEvent>({ clock: systemClock }),
  };
  return shared;
}
