// GET /api/health – liveness for load balancers and the test runner.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ ok: true });
}
