import { describe, expect, it } from "vitest";
import { errorBodySchema, errorCodes } from "./schema";
import { errorResponse, otherMethods, readApiPost, readJsonBody, statusOf } from "./respond";

const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/x", {
    method: "POST",
    body,
    headers: { "content-type": "application/json", host: "localhost", ...headers },
  });
const policy = { allowOrigins: ["https://support.example.com"], trustProxy: false };

async function refusal(result: Awaited<ReturnType<typeof readJsonBody>>) {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error("accepted");
  return { status: result.response.status, ...errorBodySchema.parse(await result.response.json()).error };
}

describe("route helpers", () => {
  it("shapes errors as SPEC §2 says, with the status of each code", async () => {
    const response = errorResponse("rate_limited", "Slow down.", { "Retry-After": "30" });
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("30");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ error: { code: "rate_limited", message: "Slow down." } });
    expect(Object.keys(statusOf).sort()).toEqual([...errorCodes].sort());
    expect(statusOf).toMatchObject({
      cross_site: 403,
      not_found: 404,
      method_not_allowed: 405,
      internal: 500,
    });
    expect(statusOf).toMatchObject({
      request_timeout: 408,
      payload_too_large: 413,
      unsupported_media_type: 415,
    });
  });

  it("reads a JSON body", async () => {
    expect(await readJsonBody(post(JSON.stringify({ text: "hi" })))).toEqual({
      ok: true,
      value: { text: "hi" },
    });
  });

  it.each([
    ["empty", "", 400],
    ["blank", "  \n ", 400],
    ["not JSON", "{text:", 400],
    ["over 128 KiB", JSON.stringify({ text: "x".repeat(129 * 1024) }), 413],
  ])("refuses a body that is %s", async (_what, body, status) => {
    expect((await refusal(await readJsonBody(post(body)))).status).toBe(status);
  });

  it("refuses an oversized body even when Content-Length lies, and by Content-Length before reading", async () => {
    const big = "x".repeat(130 * 1024);
    expect((await refusal(await readJsonBody(post(big, { "content-length": "10" })))).status).toBe(413);
    const declared = post("{}", { "content-length": String(10 * 1024 * 1024) });
    expect((await refusal(await readJsonBody(declared))).status).toBe(413);
    expect(declared.bodyUsed).toBe(false);
  });

  it("says how large a body may be, in the request's language", async () => {
    const big = JSON.stringify({ pad: "x".repeat(130 * 1024) });
    const en = await refusal(await readJsonBody(post(big, { "accept-language": "en" })));
    expect(en.message).toBe("The request body is too large. The most it may be: 128 KiB");
    expect((await refusal(await readJsonBody(post(big)))).message).toBe(
      "요청 본문이 너무 큽니다. 최대 크기: 128 KiB",
    );
  });
});

describe("the POST prologue", () => {
  const body = JSON.stringify({ text: "hi" });

  it("takes JSON from the same site, a listed site and programs that send no Origin", async () => {
    for (const origin of ["http://localhost", "https://support.example.com", undefined])
      expect((await readApiPost(post(body, origin ? { origin } : {}), policy)).ok).toBe(true);
  });

  it("refuses another site's page (403) before looking at the body", async () => {
    for (const origin of ["https://evil.example", "null", "http://localhost.evil.example"]) {
      const request = post(body, { origin, "content-type": "text/plain" });
      expect(await refusal(await readApiPost(request, policy))).toMatchObject({
        status: 403,
        code: "cross_site",
      });
      expect(request.bodyUsed).toBe(false);
    }
  });

  it.each([
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data",
    "application/json; charset=latin1",
    "",
  ])("refuses Content-Type %j with 415", async (contentType) => {
    const result = await readApiPost(post(body, { "content-type": contentType }), policy);
    expect(await refusal(result)).toMatchObject({ status: 415, code: "unsupported_media_type" });
  });

  it("takes application/json with a UTF-8 charset in any spelling", async () => {
    for (const contentType of ["application/json; charset=utf-8", 'Application/JSON;charset="UTF-8"'])
      expect((await readApiPost(post(body, { "content-type": contentType }), policy)).ok).toBe(true);
  });
});

describe("other methods", () => {
  it("answer 405 with Allow as JSON, and OPTIONS with Allow", async () => {
    const { GET, OPTIONS } = otherMethods(["POST"]);
    const response = GET(new Request("http://localhost/api/x", { headers: { "accept-language": "en" } }));
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST, OPTIONS");
    expect((await response.json()).error).toEqual({
      code: "method_not_allowed",
      message: "Methods this address accepts: POST, OPTIONS",
    });
    expect(OPTIONS().status).toBe(204);
    expect(otherMethods(["GET"]).OPTIONS().headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });
});
