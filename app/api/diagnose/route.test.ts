// The input side of POST /api/diagnose, tested by import: every refusal happens before any lookup.
// (The streamed check itself is tested against the loopback rig in route.rig.test.ts.)
import { describe, expect, it } from "vitest";
import { errorBodySchema } from "@/lib/api/schema";
import { POST } from "./route";

const post = (body: unknown, headers: Record<string, string> = {}) =>
  POST(
    new Request("http://localhost/api/diagnose", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );

async function errorOf(response: Response) {
  const body = errorBodySchema.parse(await response.json());
  return { status: response.status, code: body.error.code, message: body.error.message };
}

describe("POST /api/diagnose input", () => {
  it.each<object>([
    { domain: "127.0.0.1" },
    { domain: "0x7f.1" },
    { email: "me@[::1]" },
    { domain: "localhost" },
    { domain: "intranet" },
    // A refused server is evidence, not a reason to refuse (SPEC §6), unless nothing else is left to check.
    { servers: [{ host: "169.254.169.254" }] },
    { servers: [{ host: "localhost", port: 1110 }] },
  ])("refuses %j with 422 target_not_allowed", async (body) => {
    const error = await errorOf(await post(body));
    expect(error).toMatchObject({ status: 422, code: "target_not_allowed" });
  });

  it("explains the refusal in the request's language", async () => {
    const ko = await errorOf(await post({ domain: "127.0.0.1" }, { "accept-language": "ko-KR,ko;q=0.9" }));
    const en = await errorOf(await post({ domain: "127.0.0.1" }, { "accept-language": "en-US" }));
    expect(ko.message).toBe("IP 주소 대신 도메인 이름(예: example.com)을 입력해 주세요.");
    expect(en.message).toBe("Please enter a domain name (like example.com) instead of an IP address.");
  });

  it("needs a domain, an e-mail address or a server (400)", async () => {
    expect(await errorOf(await post({ symptom: "send" }))).toMatchObject({
      status: 400,
      code: "invalid_request",
    });
    expect(await errorOf(await post({ text: "550 5.1.1 User unknown" }))).toMatchObject({
      status: 400,
      code: "invalid_request",
    });
  });

  it("rejects bodies that are not the request schema (400) or too large (413)", async () => {
    expect(await errorOf(await post("{nope"))).toMatchObject({ status: 400, code: "invalid_request" });
    expect(await errorOf(await post({ domain: 42 }))).toMatchObject({ status: 400, code: "invalid_request" });
    expect(await errorOf(await post({ text: "x".repeat(140_000) }))).toMatchObject({
      status: 413,
      code: "payload_too_large",
    });
  });
});
