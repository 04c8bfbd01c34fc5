// Test helper for the API's *.rig.test.ts files: points the app at the loopback rig and posts
// POST /api/diagnose by import, each call from its own client address (SPEC §6 per-client limits).
import { beforeAll, expect, inject } from "vitest";
import { POST } from "@/app/api/diagnose/route";
import { diagnoseEventSchema, type DiagnoseEvent, type DiagnoseRequest } from "@/lib/api/schema";

export function pointAtRig() {
  beforeAll(() => {
    const rig = inject("rig");
    process.env.MAILDOC_DNS_SERVERS = rig.dnsServer;
    process.env.MAILDOC_ALLOW_CIDRS = rig.allowCidrs;
    process.env.MAILDOC_TRUST_PROXY = "1";
    process.env.MAILDOC_EHLO_NAME = "probe.maildoc.test";
  });
}

let calls = 0;

/** Posts a check and reads the whole NDJSON stream; every line must follow the schema. */
export async function postDiagnose(body: DiagnoseRequest, locale = "en"): Promise<DiagnoseEvent[]> {
  calls += 1;
  const response = await POST(
    new Request("http://localhost/api/diagnose", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "accept-language": locale,
        "x-forwarded-for": `198.51.${100 + Math.floor(calls / 250)}.${(calls % 250) + 1}`,
      },
      body: JSON.stringify(body),
    }),
  );
  expect(response.status).toBe(200);
  return (await response.text())
    .split("\n")
    .filter(Boolean)
    .map((line) => diagnoseEventSchema.parse(JSON.parse(line)));
}
