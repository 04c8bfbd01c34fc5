// Several instances on one Redis (issue 14, SPEC §7), as a hosting company runs them behind a load balancer:
// a real redis-server on loopback, two app servers (scripts/start.mjs) sharing it, and the loopback rig with
// its delaying proxies in front of every mail server (25 ms a reply), which count the connections the
// servers see. The tests play the load balancer and the trusted proxy: each request goes to the instance
// the test picks, with the client address in X-Forwarded-For.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DiagnoseEvent } from "@/lib/api/schema";
import { rigAppEnv, startRig, type Rig } from "@/e2e/rig";
import { startApp, type App } from "./testing/app-server";
import { startRedisServer, type RedisServer } from "./testing/redis-server";

type Probe = Extract<DiagnoseEvent, { type: "probe" }>;
type Result = Extract<DiagnoseEvent, { type: "result" }>;
type Check = { status: number; events: DiagnoseEvent[]; probes: Probe[]; result: Result | undefined };

const token = "cluster-test-metrics-token-0123456789";
const hostingServer = "127.0.0.121"; // shared-1.test … shared-50.test
let rig: Rig;
let redis: RedisServer;
let a: App;
let b: App;
let warmUp: Check[] = [];

async function check(app: App, client: string, body: object): Promise<Check> {
  const response = await fetch(`${app.base}/api/diagnose`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": client },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  const events =
    response.status === 200
      ? text
          .split("\n")
          .filter(Boolean)
          .map((l) => JSON.parse(l) as DiagnoseEvent)
      : [];
  const probes = events.filter((e): e is Probe => e.type === "probe");
  return {
    status: response.status,
    events,
    probes,
    result: events.find((e): e is Result => e.type === "result"),
  };
}
const health = async (app: App) => (await (await fetch(`${app.base}/api/health`)).json()) as object;
const scrape = async (app: App) =>
  (await fetch(`${app.base}/metrics`, { headers: { authorization: `Bearer ${token}` } })).text();
/** The value of one sample in a scrape (0 when absent). */
const sample = (scrape: string, series: string) =>
  Number(
    scrape
      .split("\n")
      .find((line) => line.startsWith(`${series} `))
      ?.split(" ")[1] ?? 0,
  );
const until = async (ok: () => Promise<boolean>, ms: number) => {
  for (const end = Date.now() + ms; !(await ok()); await new Promise((r) => setTimeout(r, 100)))
    if (Date.now() > end) throw new Error("timed out");
};
/** Dialogues a check held itself, once per address and port (every name on an address gets an event). */
const dialogues = (run: Check) =>
  new Set(run.probes.filter((p) => p.source === "probed").map((p) => `${p.ip}:${p.port}`));

beforeAll(
  async () => {
    rig = await startRig({ latencyMs: 25 });
    redis = await startRedisServer(6390);
    const env = {
      ...rigAppEnv(rig, "cluster.maildoc.test"),
      MAILDOC_REDIS_URL: redis.url,
      MAILDOC_METRICS_TOKEN: token,
    };
    [a, b] = await Promise.all([startApp(env), startApp(env)]);
    // Each instance loads its check route once (the first request compiles nothing, but loads the code),
    // on servers no test below looks at.
    warmUp = await Promise.all([
      check(a, "192.0.2.250", { domain: "bench-1.test" }),
      check(b, "192.0.2.251", { domain: "bench-2.test" }),
    ]);
    // Another checkout's rig may hold the machine's rig addresses: startRig waits for it (MAILDOC_RIG_WAIT_MS).
  },
  Number(process.env.MAILDOC_RIG_WAIT_MS ?? 180_000) + 180_000,
);
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await redis?.dispose();
  await rig?.stop();
});

describe("two instances sharing one Redis", () => {
  it("30 checks of different domains on one mail server, over both instances: one connection per address and port", async () => {
    rig.connections!.resetPeaks();
    const runs = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        check(i % 2 ? b : a, `192.0.2.${i + 1}`, { domain: `shared-${i + 1}.test` }),
      ),
    );
    expect(runs.map((r) => r.status)).toEqual(Array(30).fill(200));
    // Every check found the server working: nobody was told it is down.
    for (const run of runs) {
      expect(run.result?.causes.map((c) => c.id)).not.toContain("server-down");
      expect(run.probes.filter((p) => p.status === "skipped")).toEqual([]);
    }
    // At the proxy in front of the server: never more than one connection to a port at a time.
    const { perTarget } = rig.connections!.peaks();
    const ofServer = [...perTarget].filter(([target]) => target.startsWith(`${hostingServer}:`));
    expect(ofServer.length).toBeGreaterThan(0);
    for (const [target, most] of ofServer) expect([target, most]).toEqual([target, 1]);
    // And one dialogue per port in total, held by one instance or the other; all other checks joined or reused it.
    const held = runs.flatMap((run) => [...dialogues(run)]);
    expect(held.toSorted()).toEqual([...new Set(held)].toSorted());
    const byInstance = [runs.filter((_, i) => i % 2 === 0), runs.filter((_, i) => i % 2 === 1)];
    for (const side of byInstance)
      expect(side.flatMap((r) => r.probes).some((p) => p.source === "joined" || p.source === "stored")).toBe(
        true,
      );
    const [scrapeA, scrapeB] = await Promise.all([scrape(a), scrape(b)]);
    const probedBy = (s: string) =>
      s
        .split("\n")
        .filter((line) => line.startsWith("maildoc_probes_total{"))
        .reduce((sum, line) => sum + Number(line.split(" ")[1]), 0);
    // The metrics say the same: the dialogues of both instances together (the warm-up's included).
    const warmUpHeld = warmUp.reduce((sum, run) => sum + dialogues(run).size, 0);
    expect(probedBy(scrapeA) + probedBy(scrapeB)).toBe(held.length + warmUpHeld);
  });

  it("a check cached by one instance is served by the other", async () => {
    const first = await check(a, "198.51.100.10", { domain: "relay.test" });
    expect(first.result?.cached).toBe(false);
    const second = await check(b, "198.51.100.11", { domain: "relay.test" });
    expect(second.result?.cached).toBe(true);
    expect(second.probes).toEqual(first.probes);
    expect(second.result?.causes).toEqual(first.result?.causes);
  });

  it("one client alternating between the instances gets 429 on its 11th check in a minute", async () => {
    const client = "198.51.100.20";
    for (let i = 0; i < 10; i++)
      expect((await check(i % 2 ? b : a, client, { domain: "good.test" })).status).toBe(200);
    const eleventh = await fetch(`${b.base}/api/diagnose`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": client },
      body: JSON.stringify({ domain: "good.test" }),
    });
    expect(eleventh.status).toBe(429);
    expect(Number(eleventh.headers.get("retry-after"))).toBeGreaterThan(30);
    expect(((await eleventh.json()) as { error: { code: string } }).error.code).toBe("rate_limited");
  });

  it("one client cannot run two checks at once across the instances", async () => {
    const client = "198.51.100.30";
    // silent.test: every port accepts and never speaks, so this check runs about four seconds.
    const running = check(a, client, { domain: "silent.test" });
    await new Promise((r) => setTimeout(r, 500));
    expect((await check(b, client, { domain: "good.test" })).status).toBe(429);
    expect((await running).status).toBe(200);
    expect((await check(b, client, { domain: "good.test" })).status).toBe(200);
  });

  it("the metrics move as checks run; a scrape without the token is refused", async () => {
    expect((await fetch(`${a.base}/metrics`)).status).toBe(401);
    const before = await scrape(a);
    const run = await check(a, "198.51.100.40", { domain: "nostarttls.test" });
    expect(run.result?.cached).toBe(false);
    const after = await scrape(a);
    const moved = (series: string) => sample(after, series) - sample(before, series);
    expect(moved("maildoc_checks_started_total")).toBe(1);
    expect(moved('maildoc_checks_finished_total{outcome="complete"}')).toBe(1);
    expect(moved('maildoc_check_duration_seconds_count{outcome="complete"}')).toBe(1);
    // Each dialogue the check held, once, by its status (nostarttls.test: some ports open, some refused).
    const statuses = new Map<string, number>();
    const held = run.probes.filter((p) => p.source === "probed");
    for (const target of dialogues(run)) {
      const status = held.find((p) => `${p.ip}:${p.port}` === target)!.status;
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
    expect(statuses.size).toBeGreaterThan(1);
    for (const [status, n] of statuses) {
      expect([status, moved(`maildoc_probes_total{status="${status}"}`)]).toEqual([status, n]);
      expect([status, moved(`maildoc_probe_duration_seconds_count{status="${status}"}`)]).toEqual([
        status,
        n,
      ]);
    }
    // What the earlier tests did shows too: refusals by kind, joins, cache hits, Redis up, no socket left open.
    const [scrapeA, scrapeB] = [after, await scrape(b)];
    const both = (series: string) => sample(scrapeA, series) + sample(scrapeB, series);
    expect(both('maildoc_rate_limited_total{kind="per_minute"}')).toBe(1);
    expect(both('maildoc_rate_limited_total{kind="concurrent"}')).toBe(1);
    expect(
      both("maildoc_probe_joins_total") + both('maildoc_cache_hits_total{cache="probe"}'),
    ).toBeGreaterThan(0);
    expect(both('maildoc_cache_hits_total{cache="check"}')).toBeGreaterThanOrEqual(10);
    expect(sample(scrapeA, "maildoc_redis_up")).toBe(1);
    // A dialogue's socket may still wait for the server's goodbye after the result (at most 1 s,
    // budgets.goodbyeMs); then none is left open.
    await expect
      .poll(async () => sample(await scrape(a), "maildoc_mail_sockets_open"), { timeout: 3_000 })
      .toBe(0);
  });

  it("Redis stopped mid-run: both instances keep answering, health says down, and it recovers when Redis returns", async () => {
    const domains = ["port25blocked.test", "expired.test", "wrongname.test", "selfsigned.test"];
    const inFlight = domains.map((domain, i) => check(i % 2 ? b : a, `198.51.100.${50 + i}`, { domain }));
    await new Promise((r) => setTimeout(r, 100));
    await redis.stop();
    for (const run of await Promise.all(inFlight)) {
      expect(run.status).toBe(200);
      expect(run.result?.findings.length).toBeGreaterThan(0);
    }
    await until(
      async () =>
        (await Promise.all([health(a), health(b)])).every((h) => "redis" in h && h.redis === "down"),
      10_000,
    );
    expect(await health(a)).toEqual({ ok: true, redis: "down" });
    // Still answering, with per-process limits: one check at a time per client on each instance.
    const [onA, onB] = await Promise.all([
      check(a, "198.51.100.60", { domain: "mxonly.test" }),
      check(b, "198.51.100.61", { domain: "pop3only.test" }),
    ]);
    expect([onA.status, onB.status]).toEqual([200, 200]);
    expect(onA.result?.settings?.incoming?.host).toBe("mx.mxonly.test");
    expect(sample(await scrape(a), "maildoc_redis_up")).toBe(0);
    // Each instance said so in its log, once (it tries to reconnect every 2 s at most, and says it once a minute).
    await until(async () => [a, b].every((app) => app.output().includes("Redis unreachable")), 5_000);
    await new Promise((r) => setTimeout(r, 2_500));
    for (const app of [a, b]) expect(app.output().match(/Redis unreachable/g)).toHaveLength(1);

    await redis.start();
    await until(
      async () => (await Promise.all([health(a), health(b)])).every((h) => "redis" in h && h.redis === "up"),
      15_000,
    );
    // Shared again: what one instance finds, the other replays.
    expect((await check(b, "198.51.100.62", { domain: "injection.test" })).result?.cached).toBe(false);
    expect((await check(a, "198.51.100.63", { domain: "injection.test" })).result?.cached).toBe(true);
  });
});
