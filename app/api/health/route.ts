// GET /api/health – liveness for load balancers and the test runner; with MAILDOC_REDIS_URL also whether
// the shared store is reachable (SPEC §7: "down" means limits and caches are per process for now).
import { otherMethods } from "@/lib/api/respond";
import { serverEnv } from "@/lib/env";
import { sharedRedis } from "@/lib/redis/connection";

export const dynamic = "force-dynamic";

export function GET() {
  const { redisUrl } = serverEnv();
  const body = redisUrl ? { ok: true, redis: sharedRedis(redisUrl).ready() ? "up" : "down" } : { ok: true };
  return Response.json(body, { headers: { "Cache-Control": "no-store" } });
}

export const { POST, PUT, DELETE, PATCH, OPTIONS } = otherMethods(["GET"]);
