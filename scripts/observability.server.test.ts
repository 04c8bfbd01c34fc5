// What an operator sees of the real server (scripts/start.mjs), with no proxy in front: one JSON log line
// per request with its id (also sent as X-Request-Id), never the pasted text or an e-mail address in full;
// GET /metrics for loopback clients only without MAILDOC_METRICS_TOKEN, for its bearer only with one; and
// a Redis that is unreachable at start-up: the app serves with per-process limits, says "down" in
// /api/health and one log line, and connects by itself once Redis is there. Its DNS server is a silent one
// on loopback, so no traffic leaves the machine.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type App } from "./testing/app-server";
import { startRedisServer } from "./testing/redis-server";
import { startSilentDns, type SilentDns } from "./testing/silent-dns";

type LogLine = { msg: string; reqId?: string; method?: string; path?: string; status?: number; ms?: number };
const logLines = (app: App): LogLine[] =>
  app
    .output()
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as LogLine);
const until = async (ok: () => boolean | Promise<boolean>, ms = 10_000) => {
  for (const end = Date.now() + ms; !(await ok()); await new Promise((r) => setTimeout(r, 50)))
    if (Date.now() > end) throw new Error("timed out");
};
const post = (app: App, path: string, body: object, headers: Record<string, string> = {}) =>
  fetch(`${app.base}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });

let dns: SilentDns;
beforeAll(async () => {
  dns = await startSilentDns();
});
afterAll(async () => {
  await dns?.close();
});

describe("the request log and GET /metrics without a token", () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp({ MAILDOC_DNS_SERVERS: dns.server, MAILDOC_TRUST_PROXY: "1" });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it("writes one JSON line per request with the id it sends back as X-Request-Id", async () => {
    const response = await fetch(`${app.base}/api/health`);
    const id = response.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await until(() => logLines(app).some((l) => l.reqId === id));
    const lines = logLines(app).filter((l) => l.reqId === id);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ msg: "request", method: "GET", path: "/api/health", status: 200 });
    expect(lines[0]!.ms).toBeGreaterThanOrEqual(0);
    // Behind the trusted proxy its own request id is kept, so one id follows the request through both logs.
    const proxied = await fetch(`${app.base}/api/health`, { headers: { "x-request-id": "edge-7f3a9c21" } });
    expect(proxied.headers.get("x-request-id")).toBe("edge-7f3a9c21");
  });

  it("never logs the pasted text or an e-mail address in full", async () => {
    const text = "550 5.1.1 <kim.minsu@example.co.kr>: Recipient address rejected: User unknown";
    const parsed = await post(app, "/api/parse", { text });
    expect(parsed.status).toBe(200);
    const page = await fetch(
      `${app.base}/ko/diagnose?email=kim.minsu%40example.co.kr&symptom=error&error=${encodeURIComponent(text)}`,
    );
    const ids = [parsed, page].map((r) => r.headers.get("x-request-id"));
    await until(() => ids.every((id) => logLines(app).some((l) => l.reqId === id)));
    expect(logLines(app).find((l) => l.reqId === ids[1])?.path).toBe(
      `/ko/diagnose?email=k%E2%80%A6%40example.co.kr&symptom=error&error=[${text.length} chars]`,
    );
    expect(app.output()).not.toContain("kim.minsu");
    expect(app.output()).not.toContain("Recipient address");
  });

  it("serves /metrics to this machine only", async () => {
    const response = await fetch(`${app.base}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const body = await response.text();
    expect(body).toMatch(/^# HELP maildoc_checks_started_total/m);
    expect(body).toMatch(/^maildoc_http_connections_open [1-9]/m);
    expect(body).not.toMatch(/maildoc_redis_up/); // no Redis configured
    // Through a proxy on this machine, for a client elsewhere: refused.
    const forwarded = await fetch(`${app.base}/metrics`, { headers: { "x-forwarded-for": "203.0.113.9" } });
    expect(forwarded.status).toBe(403);
    expect(await forwarded.text()).not.toMatch(/maildoc_/);
    expect((await fetch(`${app.base}/metrics`, { method: "POST" })).status).toBe(405);
  });
});

describe("GET /metrics with MAILDOC_METRICS_TOKEN", () => {
  const token = "metrics-token-for-tests-0123456789";
  let app: App;
  beforeAll(async () => {
    app = await startApp({ MAILDOC_DNS_SERVERS: dns.server, MAILDOC_METRICS_TOKEN: token });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it("answers its bearer only, even on this machine", async () => {
    const none = await fetch(`${app.base}/metrics`);
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toMatch(/^Bearer/);
    const wrong = await fetch(`${app.base}/metrics`, { headers: { authorization: `Bearer ${token}0` } });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).not.toMatch(/maildoc_/);
    const right = await fetch(`${app.base}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(right.status).toBe(200);
    expect(await right.text()).toMatch(/^maildoc_checks_started_total 0$/m);
  });
});

describe("Redis unreachable at start-up", () => {
  it("serves with per-process limits, says down, logs it once, and connects by itself when Redis comes", async () => {
    // A port of our own with nothing on it yet; the Redis started there later is the one the app waits for.
    const redis = await startRedisServer(6390);
    await redis.stop();
    const app = await startApp({
      MAILDOC_DNS_SERVERS: dns.server,
      MAILDOC_TRUST_PROXY: "1",
      MAILDOC_REDIS_URL: redis.url,
    });
    try {
      expect(await (await fetch(`${app.base}/api/health`)).json()).toEqual({ ok: true, redis: "down" });
      const client = { "x-forwarded-for": "198.51.100.23" };
      const started = performance.now();
      const first = await post(app, "/api/diagnose", { domain: "example.com" }, client);
      expect(first.status).toBe(200);
      expect(performance.now() - started).toBeLessThan(1_000); // no waiting on Redis
      expect((await post(app, "/api/diagnose", { domain: "example.org" }, client)).status).toBe(429);
      await first.text();
      const down = app.output().match(/Redis unreachable/g) ?? [];
      expect(down).toHaveLength(1);

      await redis.start();
      await until(async () => (await (await fetch(`${app.base}/api/health`)).json()).redis === "up", 10_000);
      await until(() => app.output().includes("Redis reachable again"));
      const scrape = await (await fetch(`${app.base}/metrics`)).text();
      expect(scrape).toMatch(/^maildoc_redis_up 1$/m);
      expect(scrape).toMatch(/^maildoc_rate_limited_total\{kind="concurrent"\} 1$/m);
    } finally {
      await app.stop();
      await redis.dispose();
    }
  });
});
