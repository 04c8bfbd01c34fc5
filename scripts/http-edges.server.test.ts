// The HTTP edges of issue 13 against the real server (scripts/start.mjs), with no proxy in front: bodies
// refused as they stream, stalled requests closed, the SPEC §2 error shape on every /api/* path, the
// cross-site refusal and CORS for a listed site. Its DNS server is a silent one on loopback, so a check
// that starts keeps running (and is seen starting) without any traffic leaving the machine.
import { execSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorBodySchema } from "@/lib/api/schema";
import { httpServerLimits, MAX_BODY_BYTES } from "@/lib/api/limits";
import { startApp, type App } from "./testing/app-server";
import { KiB, MiB, stall, upload } from "./testing/raw-http";
import { startSilentDns, type SilentDns } from "./testing/silent-dns";

const listedSite = "https://support.example.com";
let app: App;
let dns: SilentDns;

beforeAll(async () => {
  dns = await startSilentDns();
  app = await startApp({ MAILDOC_DNS_SERVERS: dns.server, MAILDOC_ALLOW_ORIGINS: listedSite });
  // The first request to each route loads its code; measure the warm server, as a customer meets it.
  for (const path of ["/api/parse", "/api/diagnose"])
    await fetch(`${app.base}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
});
afterAll(async () => {
  await app?.stop();
  await dns?.close();
});

const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${app.base}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  const body = errorBodySchema.parse(await response.json());
  expect(body.error.code).toBe(code);
  expect(body.error.message).not.toBe("");
  return body;
}

const errorOf = (text: string) => errorBodySchema.parse(JSON.parse(text)).error;
const waitForQuestions = () => new Promise((resolve) => setTimeout(resolve, 400));

describe.concurrent("requests that stall are answered and closed within 15 s", () => {
  it("a body that stops halfway: 408 request_timeout", async () => {
    const head = `POST /api/parse HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${100 * KiB}\r\n\r\n`;
    const answer = await stall(app.port, `${head}{"text": "`);
    expect(answer.status).toBe(408);
    expect(errorOf(answer.body).code).toBe("request_timeout");
    expect(answer.closedAfterMs).toBeLessThan(15_000);
  });

  it("a header block that never ends: 408", async () => {
    const answer = await stall(app.port, "POST /api/diagnose HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Ty");
    expect(answer.status).toBe(408);
    expect(answer.closedAfterMs).toBeLessThan(15_000);
  });

  it("a body that declares 1 MB and stalls: 413 at once, closed within the linger time", async () => {
    const head = `POST /api/parse HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${MiB}\r\n\r\n`;
    const answer = await stall(app.port, `${head}{"text": "`);
    expect(answer.status).toBe(413);
    expect(errorOf(answer.body).code).toBe("payload_too_large");
    expect(answer.answeredAfterMs).toBeLessThan(1_000);
    expect(answer.closedAfterMs).toBeLessThan(httpServerLimits.lingerMs + 1_000);
  });
});

describe.concurrent("a body that is too large is refused before it is sent", () => {
  it("Expect: 100-continue with 9 MB: 413 instead of 100 Continue", async () => {
    const head = `POST /api/diagnose HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: ${9 * MiB}\r\n\r\n`;
    const answer = await stall(app.port, head);
    expect(answer.status).toBe(413);
    expect(answer.answeredAfterMs).toBeLessThan(1_000);
  });
});

describe.concurrent("the SPEC §2 error shape on every /api/* path", () => {
  it("400 invalid_request for a body that is not JSON", async () => {
    await expectError(await post("/api/parse", "{nope"), 400, "invalid_request");
  });

  it("404 not_found for unknown paths and methods, as JSON, without the page proxy's headers", async () => {
    for (const [method, path] of [
      ["GET", "/api/nope"],
      ["POST", "/api/nope/deeper"],
      ["DELETE", "/api"],
    ] as const) {
      const response = await fetch(`${app.base}${path}`, { method });
      // The API's fixed policy, not a page's nonce policy: the page proxy did not run.
      expect(response.headers.get("content-security-policy")).toBe(
        "default-src 'none'; frame-ancestors 'none'",
      );
      await expectError(response, 404, "not_found");
    }
  });

  it("405 method_not_allowed with Allow", async () => {
    for (const [method, path, allow] of [
      ["GET", "/api/parse", "POST, OPTIONS"],
      ["PUT", "/api/diagnose", "POST, OPTIONS"],
      ["POST", "/api/health", "GET, HEAD, OPTIONS"],
    ] as const) {
      const response = await fetch(`${app.base}${path}`, { method });
      expect(response.headers.get("allow")).toBe(allow);
      const body = await expectError(response, 405, "method_not_allowed");
      expect(body.error.message).toContain(allow);
    }
  });

  it("413 payload_too_large for a body over 128 KiB of any declared size", async () => {
    const body = JSON.stringify({ text: "a", pad: "x".repeat(MAX_BODY_BYTES) });
    await expectError(await post("/api/parse", body), 413, "payload_too_large");
    await expectError(await post("/api/diagnose", body), 413, "payload_too_large");
  });

  it("415 unsupported_media_type unless the body is application/json (UTF-8)", async () => {
    const text = JSON.stringify({ text: "x" });
    await expectError(
      await post("/api/parse", text, { "content-type": "text/plain" }),
      415,
      "unsupported_media_type",
    );
    await expectError(
      await post("/api/parse", text, { "content-type": "application/json; charset=iso-8859-1" }),
      415,
      "unsupported_media_type",
    );
    expect(
      (await post("/api/parse", text, { "content-type": "application/json; charset=UTF-8" })).status,
    ).toBe(200);
  });

  it("422 target_not_allowed, in the request's language", async () => {
    const body = await expectError(
      await post("/api/diagnose", JSON.stringify({ domain: "127.0.0.1" }), { "accept-language": "en" }),
      422,
      "target_not_allowed",
    );
    expect(body.error.message).toMatch(/domain name/);
  });

  it("the server's own answers speak the request's language too", async () => {
    const ko = await post("/api/nope", "{}");
    const en = await post("/api/nope", "{}", { "accept-language": "en-US,en;q=0.9" });
    expect(errorBodySchema.parse(await ko.json()).error.message).toBe("이 주소에는 API가 없습니다.");
    expect(errorBodySchema.parse(await en.json()).error.message).toBe("There is no API at this address.");
  });
});

describe("another site's page cannot start a check; a listed site can call the API", () => {
  it("403 cross_site for a text/plain or JSON POST whose Origin is another site, and no lookup starts", async () => {
    const asked = dns.names.length;
    const body = JSON.stringify({ domain: "cross-site-attempt.com" });
    for (const contentType of ["text/plain", "application/json"])
      await expectError(
        await post("/api/diagnose", body, { "content-type": contentType, origin: "https://evil.example" }),
        403,
        "cross_site",
      );
    await expectError(await post("/api/diagnose", body, { origin: "null" }), 403, "cross_site");
    await waitForQuestions();
    expect(dns.names.slice(asked)).toEqual([]);
  });

  it("one check at a time per socket address: a second one gets 429 whatever X-Forwarded-For it writes", async () => {
    const first = await post("/api/diagnose", JSON.stringify({ domain: "same-site-check.com" }), {
      origin: app.base,
      "x-forwarded-for": "192.0.2.1",
    });
    expect(first.status).toBe(200);
    await waitForQuestions();
    expect(dns.names).toContain("same-site-check.com"); // the same-site POST did start a check
    const second = await post("/api/diagnose", JSON.stringify({ domain: "second-check.com" }), {
      "x-forwarded-for": "192.0.2.2",
      forwarded: "for=192.0.2.3",
    });
    await expectError(second, 429, "rate_limited");
    expect(Number(second.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    await first.body?.cancel();
  });

  it("a listed site gets its preflight and its answer with CORS headers; others get none", async () => {
    const preflight = (origin: string) =>
      fetch(`${app.base}/api/diagnose`, {
        method: "OPTIONS",
        headers: {
          origin,
          "access-control-request-method": "POST",
          "access-control-request-headers": "content-type",
        },
      });
    const listed = await preflight(listedSite);
    expect(listed.status).toBe(204);
    expect(listed.headers.get("access-control-allow-origin")).toBe(listedSite);
    expect(listed.headers.get("access-control-allow-headers")).toMatch(/Content-Type/i);
    expect((await preflight("https://evil.example")).headers.get("access-control-allow-origin")).toBeNull();

    const decoded = await post("/api/parse", JSON.stringify({ text: "0x800CCC0E" }), { origin: listedSite });
    expect(decoded.status).toBe(200);
    expect(decoded.headers.get("access-control-allow-origin")).toBe(listedSite);
    expect(decoded.headers.get("vary")).toMatch(/Origin/);
  });
});

describe("large uploads are refused as they stream", () => {
  const load = () => execSync("uptime").toString().trim();

  it("a 9 MB upload that declares its size gets 413 before its body is sent", async () => {
    const answer = await upload(app.port, { declareLength: true });
    expect(answer.status).toBe(413);
    expect(errorOf(answer.body).code).toBe("payload_too_large");
    expect(answer.sentBeforeAnswer).toBeLessThan(MiB);
  });

  it("40 uploads of 9 MB without a length at once: each 413 before 1 MB is sent, RSS grows < 100 MB", async () => {
    const before = app.rss();
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, app.rss())), 10);
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        upload(app.port, { declareLength: false, path: i % 2 ? "/api/parse" : "/api/diagnose" }),
      ),
    );
    clearInterval(sampler);
    peak = Math.max(peak, app.rss());
    console.log(
      answers
        .map((a) => `${Math.round(a.sentBeforeAnswer / KiB)}K@${Math.round(a.answeredAfterMs)}ms`)
        .join(" "),
    );
    for (const answer of answers) {
      expect(answer.status).toBe(413);
      expect(errorOf(answer.body).code).toBe("payload_too_large");
      expect(answer.sentBeforeAnswer).toBeLessThan(MiB);
    }
    const sent = answers.map((a) => a.sentBeforeAnswer / KiB).sort((a, b) => a - b);
    console.log(
      `40 × 9 MB: RSS ${(before / MiB).toFixed(0)} → peak ${(peak / MiB).toFixed(0)} MB (+${((peak - before) / MiB).toFixed(1)}); ` +
        `sent before the 413: median ${sent[20]} KiB, most ${sent.at(-1)} KiB; load ${load()}`,
    );
    expect(peak - before).toBeLessThan(100 * MiB);
  });
});

describe("what the server does not offer", () => {
  it("no image optimiser: /_next/image is not served", async () => {
    const response = await fetch(`${app.base}/_next/image?url=%2Ficon.svg&w=64&q=75`);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).not.toMatch(/^image\//);
  });
});
