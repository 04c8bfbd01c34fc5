// SPEC §6 budgets against real misbehaving servers on loopback: every fault ends in the right status
// within its budget, a wait cut by the request's deadline is `skipped` (not the server's silence), and
// the whole request, goodbyes included, never takes more than 10 s.
import { describe, expect, it } from "vitest";
import { mailPort, type MailPort } from "@/lib/mail-ports";
import { budgets } from "./budgets";
import { systemClock } from "./clock";
import { createResolver, lookup } from "./dns-lookup";
import { createTargetPolicy } from "./target-policy";
import { probePort } from "./port-probe";
import { check, recording, rig } from "./rig-harness";

const port = (n: number) => mailPort(n) as MailPort;
const probe = (host: string, ip: string, n: number, requestMs: number = budgets.requestMs) =>
  probePort(host, ip, port(n), {
    clock: systemClock,
    deadline: systemClock.now() + requestMs,
    ehloName: "probe.maildoc.test",
  }).then((o) => o.result.event);
const slack = 400; // timers and a busy 2-core machine

describe.concurrent("each fault ends in the right status within its budget", () => {
  it("accepts and never speaks → timeout at the greeting after 4 s", async () => {
    const event = await probe("mx.silent.test", "127.0.0.12", 587);
    expect(event).toMatchObject({ status: "timeout", step: "greeting", banner: null });
    expect(event.ms).toBeGreaterThanOrEqual(budgets.stepMs - 50);
    expect(event.ms).toBeLessThan(budgets.stepMs + slack);
  });

  it("silent on an implicit-TLS port → timeout in the handshake after 4 s", async () => {
    const event = await probe("mx.silent.test", "127.0.0.12", 993);
    expect(event).toMatchObject({ status: "timeout", step: "tls" });
    expect(event.tls?.authorized).toBe(false);
    expect(event.ms).toBeLessThan(budgets.stepMs + slack);
  });

  it("one byte every 2 s → timeout: a step's budget is its total time, not the time between bytes", async () => {
    const event = await probe("mx.drip.test", "127.0.0.15", 110);
    expect(event).toMatchObject({ status: "timeout", step: "greeting" });
    expect(event.ms).toBeLessThan(budgets.stepMs + slack);
  });

  it("STARTTLS accepted, then silence → timeout in the handshake; the greeting is kept", async () => {
    const event = await probe("mx.starttls-silent.test", "127.0.0.17", 587);
    expect(event).toMatchObject({ status: "timeout", step: "tls", banner: "220 mx.fault.test ESMTP" });
    expect(event.capabilitiesBeforeTls).toContain("STARTTLS");
    expect(event.ms).toBeLessThan(budgets.stepMs + slack);
  });

  it("reset → reset at once", async () => {
    const event = await probe("mx.reset.test", "127.0.0.13", 25);
    expect(event.status).toBe("reset");
    expect(event.ms).toBeLessThan(1_000);
  });

  it("nothing listening → refused at once", async () => {
    const event = await probe("mx.down.test", "127.0.0.11", 25);
    expect(event).toMatchObject({ status: "refused", step: "connect" });
    expect(event.ms).toBeLessThan(1_000);
  });

  it("garbage banner → error, shown as text cut at 512 bytes", async () => {
    const event = await probe("mx.garbage.test", "127.0.0.14", 25);
    expect(event).toMatchObject({ status: "error", step: "greeting", detail: "not-a-mail-greeting" });
    expect(event.banner).toMatch(/^SSH-2\.0-OpenSSH_9\.6 /);
    expect(Buffer.byteLength(event.banner ?? "")).toBeLessThanOrEqual(budgets.lineBytes * 3);
    expect(event.banner?.length).toBeLessThanOrEqual(budgets.lineBytes);
    expect(event.banner).not.toMatch(/[\u0000-\u0008\u001b]/);
  });

  it("endless 250- lines → error once 16 KiB have arrived", async () => {
    const event = await probe("mx.endless.test", "127.0.0.16", 587);
    expect(event).toMatchObject({ status: "error", step: "capabilities", detail: "reply-too-long" });
    expect(event.ms).toBeLessThan(2_000);
  });

  it("endless capability lines over implicit TLS (IMAP 993) → error too", async () => {
    const event = await probe("mx.endless.test", "127.0.0.16", 993);
    expect(event).toMatchObject({ status: "error", detail: "reply-too-long" });
  });

  it("extra bytes after the STARTTLS go-ahead are discarded before the handshake", async () => {
    for (const n of [25, 110, 143]) {
      const event = await probe("mx.injection.test", "127.0.0.18", n);
      expect(event).toMatchObject({ status: "open", step: "done", security: "starttls" });
      expect(event.tls).toMatchObject({ authorized: true, hostnameMatch: true });
      expect(event.capabilities.join(" ")).not.toContain("INJECTED");
    }
  });

  it("the request deadline cuts a step short: skipped, not a timeout of the server", async () => {
    const event = await probe("mx.silent.test", "127.0.0.12", 25, 1_000);
    expect(event).toMatchObject({ status: "skipped", step: "greeting", detail: "deadline" });
    expect(event.ms).toBeLessThan(1_000 + slack);
  });

  it("text from the server reaches the event without bidi overrides or invisible characters", async () => {
    for (const n of [25, 995, 143]) {
      const event = await probe("mx.bidi.test", "127.0.0.20", n);
      expect(event.status).toBe("open");
      expect(event.banner).toMatch(
        /^(220 mx\.fault\.test moc\.rekcatta ESMTP|\+OK moc\.rekcatta POP3 ready|\* OK moc\.rekcatta IMAP4rev1 ready)$/,
      );
      expect(event.banner).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200b\u00ad\u0085]/);
    }
  });

  it("the answer is out before the goodbye; a server that never closes is let go within 1 s", async () => {
    const started = systemClock.now();
    const run = await probePort("mx.no-goodbye.test", "127.0.0.19", port(587), {
      clock: systemClock,
      deadline: started + budgets.requestMs - budgets.resultReserveMs,
      ehloName: "probe.maildoc.test",
    });
    expect(run.result.event).toMatchObject({
      status: "open",
      step: "done",
      capabilities: ["PIPELINING", "AUTH PLAIN"],
    });
    const answered = systemClock.now() - started;
    expect(answered).toBeLessThan(500);
    await run.closed;
    const closed = systemClock.now() - started;
    expect(closed).toBeGreaterThanOrEqual(budgets.goodbyeMs - 50);
    expect(closed).toBeLessThan(answered + budgets.goodbyeMs + slack);
  });

  it("a goodbye never outlasts the request: near the deadline the socket goes when the request ends", async () => {
    const started = systemClock.now();
    // 300 ms left for the answers, so 300 + 400 ms (the result's reserve) until the request ends.
    const run = await probePort("mx.no-goodbye.test", "127.0.0.19", port(587), {
      clock: systemClock,
      deadline: started + 300,
      ehloName: "probe.maildoc.test",
    });
    expect(run.result.event.status).toBe("open");
    await run.closed;
    expect(systemClock.now() - started).toBeLessThan(300 + budgets.resultReserveMs + 100);
  });

  it("a slow DNS answer → timeout after 3 s", async () => {
    const ctx = {
      resolver: createResolver([rig().dnsServer]),
      clock: systemClock,
      deadline: systemClock.now() + budgets.requestMs,
    };
    const event = await lookup(ctx, "slow.test", "MX");
    ctx.resolver.cancel();
    expect(event.status).toBe("timeout");
    expect(event.ms).toBeGreaterThanOrEqual(budgets.dnsQueryMs - 50);
    expect(event.ms).toBeLessThan(budgets.dnsQueryMs + slack);
  });

  it.each([
    ["servfail.test", "MX", "servfail"],
    ["nothing-here.test", "MX", "nxdomain"],
    ["nomx.test", "MX", "nodata"],
    ["truncated.test", "TXT", "ok"],
    ["mail.cname-loop.test", "A", "nodata"],
  ] as const)("DNS %s %s → %s", async (name, rrtype, status) => {
    const ctx = {
      resolver: createResolver([rig().dnsServer]),
      clock: systemClock,
      deadline: systemClock.now() + budgets.requestMs,
    };
    const event = await lookup(ctx, name, rrtype);
    expect(event.status).toBe(status);
    expect(event.ms).toBeLessThan(1_000);
  });
});

describe("limits per request", () => {
  it("a request where every port is silent: every port times out at once, one connection per port", async () => {
    const run = await check({ domain: "silent.test" });
    const probes = run.probes.filter((p) => p.host === "silent.test");
    expect(probes.map((p) => [p.status, p.detail]).sort()).toEqual(
      [
        ...Array(4).fill(["timeout", "greeting-timeout"]),
        ...Array(3).fill(["timeout", "tls-timeout"]),
      ].sort(),
    );
    expect(run.peakPerTarget).toBe(1);
    expect(run.peakPerAddress).toBe(7);
    expect(run.complete).toBe(true);
    expect(run.ms).toBeLessThan(budgets.stepMs + 1_000);
  });

  it("a silent host short of sockets: after two silent ports the waiting ones are not tried", async () => {
    const policy = createTargetPolicy({ allowCidrs: [rig().allowCidrs], socketsPerRequest: 2 });
    const run = await check(
      { servers: [{ host: "mx.silent.test", port: null, protocol: null }] },
      { policy },
    );
    const probes = run.probes.filter((p) => p.host === "mx.silent.test");
    // Two ports accepted and stayed silent, nothing else answered: the other five are not tried.
    expect(probes.filter((p) => p.status === "timeout")).toHaveLength(2);
    expect(probes.filter((p) => p.status === "skipped").map((p) => [p.step, p.detail])).toEqual(
      Array(5).fill(["skipped", "host-silent"]),
    );
    expect(run.complete).toBe(false);
    expect(run.ms).toBeLessThan(budgets.stepMs + 1_000);
  });

  it("a check cut by its deadline reports what did not answer as skipped, never as silence", async () => {
    const run = await check({ domain: "silent.test" }, { requestMs: 1_500 });
    const probes = run.probes.filter((p) => p.host === "silent.test");
    expect(probes).toHaveLength(7);
    expect(probes.every((p) => p.status === "skipped")).toBe(true);
    expect(run.complete).toBe(false);
    expect(run.ms).toBeLessThan(1_500);
  });

  it("the answers do not wait for the goodbyes, and the goodbyes end with the request", async () => {
    const requestMs = 1_500;
    const { value } = await recording(async (sockets) => {
      const run = await check({ domain: "no-goodbye.test" }, { requestMs });
      const openAtResult = sockets.openNow();
      await new Promise((r) => setTimeout(r, requestMs + 50 - run.ms));
      return { run, openAtResult, openAfter: sockets.openNow() };
    });
    const { run, openAtResult, openAfter } = value;
    expect(run.probes.filter((p) => p.host === "no-goodbye.test" && p.status === "open")).toHaveLength(7);
    expect(run.complete).toBe(true);
    expect(run.ms).toBeLessThan(500);
    expect(openAtResult).toBe(7); // the server has not closed after QUIT: nobody waited for it
    expect(openAfter).toBe(0);
  });

  it("a host that answers somewhere is not given up on", async () => {
    const run = await check({ domain: "starttls-silent.test" });
    const probes = run.probes.filter((p) => p.host === "starttls-silent.test");
    expect(probes).toHaveLength(7);
    expect(probes.some((p) => p.step === "skipped")).toBe(false);
    expect(run.ms).toBeLessThanOrEqual(budgets.requestMs);
  });

  it("opens at most 16 sockets at once however many hosts there are", async () => {
    const servers = ["mx.relay.test", "mx.expired.test", "mx.wrongname.test", "mx.selfsigned.test"].map(
      (host) => ({ host, port: null, protocol: null }),
    );
    const run = await check({ domain: "port25blocked.test", servers });
    expect(new Set(run.connects).size).toBeGreaterThanOrEqual(5);
    expect(run.peakOpen).toBeGreaterThan(2);
    expect(run.peakOpen).toBeLessThanOrEqual(budgets.socketsPerRequest);
    expect(run.peakPerTarget).toBe(1);
  });

  it("probes at most 5 of 50 MX hosts", async () => {
    const run = await check({ domain: "many-mx.test" });
    const hosts = new Set(run.probes.map((p) => p.host));
    expect(hosts).toEqual(
      new Set([
        "mx1.many-mx.test",
        "mx2.many-mx.test",
        "mx3.many-mx.test",
        "mx4.many-mx.test",
        "mx5.many-mx.test",
      ]),
    );
    expect(run.dns.find((d) => d.rrtype === "MX")?.records).toHaveLength(50);
    expect(new Set(run.connects).size).toBe(1);
    expect(run.connects).toHaveLength(7);
  });
});
