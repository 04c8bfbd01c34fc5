import { describe, expect, it } from "vitest";
import { errorResponse, readJsonBody } from "./respond";

const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/x", { method: "POST", body, headers });

describe("route helpers", () => {
  it("shapes errors as SPEC §2 says", async () => {
    const response = errorResponse("rate_limited", "Slow down.", { "Retry-After": "30" });
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("30");
    expect(await response.json()).toEqual({ error: { code: "rate_limited", message: "Slow down." } });
  });

  it("reads a JSON body", async () => {
    const result = await readJsonBody(post(JSON.stringify({ text: "hi" })));
    expect(result).toEqual({ ok: true, value: { text: "hi" } });
  });

  it.each([
    ["empty", "", 400],
    ["blank", "  \n ", 400],
    ["not JSON", "{text:", 400],
    ["over 32 KiB", JSON.stringify({ text: "x".repeat(33 * 1024) }), 413],
  ])("refuses a body that is %s", async (_what, body, status) => {
    const result = await readJsonBody(post(body));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.response.status).toBe(status);
  });

  it("refuses an oversized body even when Content-Length lies", async () => {
    const big = "x".repeat(40 * 1024);
    const result = await readJsonBody(post(big, { "content-length": "10" }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.response.status).toBe(413);
  });
});
