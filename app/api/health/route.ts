// GET /api/health – liveness for load balancers and the test runner.
import { otherMethods } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}

export const { POST, PUT, DELETE, PATCH, OPTIONS } = otherMethods(["GET"]);
