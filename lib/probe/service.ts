// The process-wide pieces of the live check, built once from the environment (SPEC §5): resolver
// servers, target policy, EHLO name, client limits, the check cache and the shared probe store.
import "server-only";
import type { ServerEnv } from "@/lib/env";
import { createCheckCache, type CheckCache } from "./check-cache";
import { createClientLimits, type ClientLimits } from "./client-limits";
import { systemClock } from "./clock";
import { createResolver } from "./dns-lookup";
import type { StreamDeps } from "./diagnose-stream";
import type { MemoryProbeStore } from "./memory-probe-store";
import { sharedProbeStore, type CheckEvent } from "./run-check";
import { createTargetPolicy } from "./target-policy";

export type ProbeService = StreamDeps & {
  limits: ClientLimits;
  cache: CheckCache<CheckEvent>;
  probes: MemoryProbeStore;
};

let shared: ProbeService | undefined;

export function probeService(env: ServerEnv): ProbeService {
  if (shared) return shared;
  try {
    createResolver(env.dnsServers).cancel();
  } catch {
    throw new Error(
      `Invalid Mail Doctor configuration: MAILDOC_DNS_SERVERS: use ip or ip:port ([addr]:port for IPv6)`,
    );
  }
  const probes = sharedProbeStore();
  shared = {
    options: {
      resolverServers: env.dnsServers,
      policy: createTargetPolicy({ allowCidrs: env.allowCidrs }),
      ehloName: env.ehloName,
      store: probes,
    },
    probes,
    clock: systemClock,
    limits: createClientLimits(),
    cache: createCheckCache<CheckEvent>({ clock: systemClock }),
  };
  return shared;
}
