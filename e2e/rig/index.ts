// The loopback test rig: a DNS server for the .test scenario zones, Postfix and Dovecot with test
// certificates, fault servers, and (for the benchmark) delaying proxies. Started by the tests themselves:
// vitest's globalSetup (e2e/rig/vitest-setup.ts) and Playwright's globalSetup call startRig().
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import net from "node:net";
import { ensureRigCa, makeCert, type CertFiles } from "./certs";
import { startDelayProxies, proxyAddress, type ConnectionPeaks, type DelayProxies } from "./delay-proxy";
import { startDnsServer, type DnsServer } from "./dns-server";
import { dovecotPid, saslSocket, startDovecot } from "./dovecot";
import { startFaultServers, type FaultServers } from "./fault-servers";
import { rigDir } from "./paths";
import { postfixPid, startPostfix, stopPostfix } from "./postfix";
import { faultServers, mailServers } from "./scenarios";

/** The scenario domains (see README.md for what each one has). */
export const zones = {
  good: "good.test",
  mxOnly: "mxonly.test",
  relay: "relay.test",
  port25Blocked: "port25blocked.test",
  expired: "expired.test",
  wrongName: "wrongname.test",
  selfSigned: "selfsigned.test",
  noStarttls: "nostarttls.test",
  pop3Only: "pop3only.test",
  down: "down.test",
  silent: "silent.test",
  reset: "reset.test",
  garbage: "garbage.test",
  drip: "drip.test",
  endless: "endless.test",
  starttlsSilent: "starttls-silent.test",
  injection: "injection.test",
  tlsRequired: "tlsrequired.test",
  noMx: "nomx.test",
  nullMx: "nullmx.test",
  nxdomain: "nothing-here.test",
  servfail: "servfail.test",
  slow: "slow.test",
  truncated: "truncated.test",
  cnameLoop: "cname-loop.test",
  manyMx: "many-mx.test",
  rebind: "rebind.test",
  privateMx: "private-mx.test",
  mixed: "mixed.test",
  noGoodbye: "no-goodbye.test",
  bidi: "bidi.test",
  forbidden: "forbidden.test",
} as const;

export type Rig = {
  dnsServer: string;
  allowCidrs: "127.0.0.0/8";
  caFile: string;
  zones: typeof zones;
  /** With `latencyMs`: the connections the servers saw through the delaying proxies. */
  connections: { peaks(): ConnectionPeaks; resetPeaks(): void } | null;
  stop(): Promise<void>;
};
/**
 * The environment of an app checking this rig: its DNS, its addresses allowed (SPEC §6), its test CA
 * trusted, clients named by X-Forwarded-For (each test or benchmark customer is a client of its own), and
 * an EHLO name saying who is asking.
 */
export const rigAppEnv = (rig: Rig, ehloName: string) => ({
  NODE_EXTRA_CA_CERTS: rig.caFile,
  MAILDOC_DNS_SERVERS: rig.dnsServer,
  MAILDOC_ALLOW_CIDRS: rig.allowCidrs,
  MAILDOC_TRUST_PROXY: "1",
  MAILDOC_EHLO_NAME: ehloName,
});

export type RigOptions = { latencyMs?: number; dnsPort?: number };

export { ensureRigCa } from "./certs";

const mailPorts = [25, 465, 587, 110, 995, 143, 993];
let running: Rig | null = null;

export async function startRig(options: RigOptions = {}): Promise<Rig> {
  await running?.stop();
  mkdirSync(rigDir, { recursive: true });
  const latency = options.latencyMs ?? 0;
  const dnsPort = options.dnsPort ?? 5300;

  const { dir, caFile } = ensureRigCa();
  const certs = new Map<string, CertFiles>();
  const benchNames = mailServers.filter((s) => s.id.startsWith("bench-")).flatMap((s) => s.names);
  const benchCert = makeCert(dir, "bench", "valid", benchNames);
  for (const server of mailServers) {
    if (server.cert === "none") continue;
    certs.set(
      server.id,
      server.id.startsWith("bench-") ? benchCert : makeCert(dir, server.id, server.cert, server.names),
    );
  }
  const faultCert = makeCert(
    dir,
    "faults",
    "valid",
    faultServers.flatMap((s) => s.names),
  );
  const good = certs.get("good")!;

  let started: Rig | null = null;
  const stops: (() => Promise<void> | void)[] = [];
  const stop = async () => {
    for (const fn of stops.reverse()) await fn();
    stops.length = 0;
    process.off("exit", stopDaemonsNow);
    if (running === started) running = null;
  };
  process.on("exit", stopDaemonsNow);
  let connections: Rig["connections"] = null;
  const portsOf = new Map<string, number[]>();
  for (const s of mailServers) portsOf.set(s.ip, [...Object.keys(s.smtp).map(Number), ...s.dovecot]);
  for (const s of faultServers) portsOf.set(s.ip, mailPorts);
  try {
    // The DNS server first and stopped last: while its port is taken another rig (another checkout on
    // this machine) is running, so wait for that one to finish rather than fight over the addresses.
    const mapAddress = (ip: string) => (latency > 0 && portsOf.has(ip) ? proxyAddress(ip) : ip);
    const dns = await startDnsWhenFree({ host: "127.0.0.1", port: dnsPort, delayMs: latency, mapAddress });
    stops.push(() => dns.stop());
    // Only now, holding the DNS port, are daemons of this rig directory leftovers of a crashed run: before
    // it they may belong to a rig another test process of this checkout is running.
    await killLeftovers();
    startDovecot(mailServers, certs, good);
    stops.push(stopDovecot);
    await waitFor(() => existsSync(saslSocket()), "Dovecot's SASL socket");
    startPostfix(mailServers, certs, saslSocket());
    stops.push(stopPostfixAndWait);
    const faults: FaultServers = await startFaultServers(faultServers, faultCert);
    stops.push(() => faults.stop());

    if (latency > 0) {
      const proxies: DelayProxies[] = [];
      for (const [ip, ports] of portsOf) proxies.push(await startDelayProxies([ip], ports, latency));
      stops.push(() => Promise.all(proxies.map((p) => p.stop())).then(() => undefined));
      connections = {
        peaks: () => {
          const all = proxies.map((p) => p.peaks());
          return {
            perAddress: new Map(all.flatMap((p) => [...p.perAddress])),
            perTarget: new Map(all.flatMap((p) => [...p.perTarget])),
          };
        },
        resetPeaks: () => proxies.forEach((p) => p.resetPeaks()),
      };
    }

    for (const server of mailServers)
      for (const port of portsOf.get(server.ip) ?? [])
        await waitFor(() => canConnect(server.ip, port), `${server.ip}:${port}`);
  } catch (error) {
    await stop();
    throw error;
  }
  started = {
    dnsServer: `127.0.0.1:${dnsPort}`,
    allowCidrs: "127.0.0.0/8",
    caFile,
    zones,
    connections,
    stop,
  };
  running = started;
  return started;
}

async function startDnsWhenFree(options: Parameters<typeof startDnsServer>[0]): Promise<DnsServer> {
  const until = Date.now() + Number(process.env.MAILDOC_RIG_WAIT_MS ?? 180_000);
  for (let said = false; ;) {
    try {
      return await startDnsServer(options);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
      if (Date.now() > until)
        throw new Error(`rig: 127.0.0.1:${options.port} stayed in use: another test rig is running`);
      if (!said)
        console.warn(`rig: 127.0.0.1:${options.port} is in use; waiting for the other test rig to stop…`);
      said = true;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/** Daemons survive a crashed test run: stop any Postfix/Dovecot of this rig directory before starting. */
async function killLeftovers() {
  await stopPostfixAndWait();
  await stopDovecot();
}

/** Stops this rig's Postfix and waits until its master has exited and let go of the ports. */
async function stopPostfixAndWait() {
  const pid = postfixPid();
  stopPostfix();
  if (pid) await waitFor(() => !alive(pid), "Postfix to stop").catch(() => process.kill(pid, "SIGKILL"));
}

async function stopDovecot() {
  const pid = dovecotPid();
  if (!pid) return;
  try {
    process.kill(pid, "SIGTERM");
  } catch {
    return; // already gone
  }
  await waitFor(() => !alive(pid), "Dovecot to stop").catch(() => process.kill(pid, "SIGKILL"));
}

function stopDaemonsNow() {
  stopPostfix();
  const pid = dovecotPid();
  if (pid && alive(pid)) process.kill(pid, "SIGTERM");
}

/** Is the process running? A zombie (exited, not yet reaped by its parent) counts as gone. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function waitFor(check: () => boolean | Promise<boolean>, what: string, ms = 10_000) {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`rig: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
