// Single flight of probes between checks, with hand-made probes: who runs, who joins, who reuses, and
// that a probe cut short serves nobody.
import { describe, expect, it } from "vitest";
import { mailPort, type MailPort } from "@/lib/mail-ports";
import type { Clock } from "./clock";
import { createMemoryProbeStore } from "./memory-probe-store";
import type { ProbeEvent, ProbeResult, ProbeRun } from "./port-probe";
import { ProbeQueue } from "./probe-queue";
import { obtainProbe, type ObtainContext } from "./shared-probe";

const port587 = mailPort(587) as MailPort;
const flush = () => new Promise((r) => setTimeout(r, 0));

function manualClock() {
  let now = 0;
  const clock: Clock = { now: () => now, setTimeout: () => () => undefined };
  return { clock, advance: (ms: number) => (now += ms) };
}

const result = (host: string, status: ProbeEvent["status"] = "open"): ProbeResult => ({
  event: {
    type: "probe",
    host,
    ip: "192.0.2.1",
    port: 587,
    protocol: "smtp",
    status,
    banner: status === "open" ? "220 ready" : null,
    capabilities: [],
    tls: null,
    ms: 10,
    security: "none",
    capabilitiesBeforeTls: [],
    step: status === "open" ? "done" : "greeting",
    detail: status === "skipped" ? "deadline" : null,
    heldForHost: true,
    source: "probed",
  },
  tls: null,
});

/** Probes that answer and close when told to; counts how many connections are open at once. */
function fakeProbes() {
  const pending: { answer: (status?: ProbeEvent["status"]) => void; close: () => void }[] = [];
  let open = 0;
  let peak = 0;
  let started = 0;
  const probe = (host: string): Promise<ProbeRun> =>
    new Promise((resolve) => {
      started += 1;
      peak = Math.max(peak, (open += 1));
      let close: () => void = () => undefined;
      const closed = new Promise<void>((r) => (close = r)).then(() => void (open -= 1));
      pending.push({ answer: (status) => resolve({ result: result(host, status), closed }), close });
    });
  return { probe, pending, stats: () => ({ open, peak, started }) };
}

function checkContext(
  store: ReturnType<typeof createMemoryProbeStore>,
  probe: ObtainContext["probe"],
  options: { maxAgeMs?: number; sockets?: number } = {},
) {
  const end = new AbortController();
  const queue = new ProbeQueue(options.sockets ?? 16);
  const ctx: ObtainContext = {
    store,
    queue,
    end: end.signal,
    maxAgeMs: () => options.maxAgeMs ?? 60_000,
    timeLeft: () => 9_600,
    probe,
  };
  return { ctx, end, queue };
}

/** One store, fake probes, and a way to ask for 192.0.2.1:587 as a check of its own. */
function world() {
  const { clock, advance } = manualClock();
  const store = createMemoryProbeStore({ clock });
  const fake = fakeProbes();
  const obtain = (host: string, check = checkContext(store, fake.probe)) =>
    obtainProbe({ host, ip: "192.0.2.1", port: port587, priority: 0 }, check.ctx);
  return {
    advance,
    store,
    fake,
    obtain,
    check: (o?: Parameters<typeof checkContext>[2]) => checkContext(store, fake.probe, o),
  };
}

describe("shared probes", () => {
  it("checks that need the same target at once share one probe", async () => {
    const { fake, obtain } = world();
    const obtained = Array.from({ length: 5 }, (_, i) => obtain(`mx.c${i}.test`));
    await flush();
    expect(fake.stats().started).toBe(1);
    fake.pending[0]?.answer();
    const outcomes = await Promise.all(obtained);
    expect(outcomes.map((o) => ("source" in o ? o.source : o.skipped))).toEqual([
      "probed",
      "joined",
      "joined",
      "joined",
      "joined",
    ]);
  });

  it("a complete result serves later checks for 60 s, then the target is probed again", async () => {
    const { fake, obtain, advance } = world();
    const first = obtain("a.test");
    await flush();
    fake.pending[0]?.answer();
    fake.pending[0]?.close();
    await first;
    advance(59_999);
    const reused = await obtain("b.test");
    expect(reused).toMatchObject({ source: "stored" });
    advance(1);
    const again = obtain("c.test");
    await flush();
    expect(fake.stats().started).toBe(2);
    fake.pending[1]?.answer();
    expect(await again).toMatchObject({ source: "probed" });
  });

  it("a fresh check does not take an older result, and waits for the previous connection to close", async () => {
    const { fake, obtain, check, advance } = world();
    const first = obtain("a.test");
    await flush();
    fake.pending[0]?.answer();
    await first;
    advance(10);
    // Only what finished after this check began (0 ms ago) will do.
    const fresh = obtain("a.test", check({ maxAgeMs: 0 }));
    await flush();
    expect(fake.stats().started).toBe(1); // the first connection is still saying goodbye
    fake.pending[0]?.close();
    await flush();
    expect(fake.stats()).toMatchObject({ started: 2, peak: 1 });
    fake.pending[1]?.answer();
    expect(await fresh).toMatchObject({ source: "probed" });
  });

  it("a probe cut by its owner's deadline is not reused: a check with time left probes again", async () => {
    const { fake, obtain } = world();
    const owner = obtain("a.test");
    await flush();
    const later = obtain("b.test");
    await flush();
    fake.pending[0]?.answer("skipped");
    fake.pending[0]?.close();
    const cut = await owner;
    expect(cut).toMatchObject({ source: "probed", result: { event: { status: "skipped" } } });
    await flush();
    expect(fake.stats().started).toBe(2);
    fake.pending[1]?.answer();
    expect(await later).toMatchObject({ source: "probed", result: { event: { status: "open" } } });
  });

  it("a check whose time runs out while it waits reports the target skipped; the probe goes on for others", async () => {
    const { fake, obtain, check } = world();
    const owner = check();
    const ownerOutcome = obtain("a.test", owner);
    const joiner = check();
    const joined = obtain("b.test", joiner);
    await flush();
    joiner.end.abort();
    owner.end.abort();
    expect(await joined).toEqual({ skipped: "deadline" });
    expect(await ownerOutcome).toEqual({ skipped: "deadline" });
    const third = obtain("c.test");
    fake.pending[0]?.answer();
    expect(await third).toMatchObject({ source: "joined" });
    expect(fake.stats().started).toBe(1);
  });

  it("a probe that never got a socket of its request frees the claim for another check", async () => {
    const { fake, obtain, check } = world();
    const starved = check({ sockets: 0 });
    const waiting = obtain("a.test", starved);
    await flush();
    const other = obtain("b.test");
    starved.queue.close();
    expect(await waiting).toEqual({ skipped: "not-started" });
    await flush();
    fake.pending[0]?.answer();
    expect(await other).toMatchObject({ source: "probed" });
  });
});
