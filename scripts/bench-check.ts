// npm run bench:check — how fast and how right is the live check when every DNS answer and every server
// reply (the close included) takes 50 ms more? Starts the loopback rig with delaying proxies, then measures
// in a child process (the app's side, with NODE_EXTRA_CA_CERTS read at start-up) through POST /api/diagnose:
//   1. a full check of good.test against its critical path, measured by a minimal client doing the same
//      lookups and dialogues through the same proxies (scripts/bench-check-critical.ts)
//   2. the time to the first streamed event
//   3. the all-silent case (silent.test: every port accepts and never speaks)
//   4. 20 concurrent checks of 20 servers (bench-1.test … bench-20.test): wall time, peak memory
//   5. 50 concurrent checks of 50 domains on one mail server (shared-1.test … shared-50.test): false
//      "server down" answers, p50/p95/slowest against one check alone, and the most connections the server
//      saw at once per address and per address and port (counted by the proxies in front of it)
//   6. 50 concurrent first events through the production server (scripts/bench-check-http.ts; builds first
//      when the build is not of the current sources; `--no-http` leaves it out)
// `uptime` is printed before and after: every figure is worth only as much as the machine was quiet.
import { execFileSync, spawn } from "node:child_process";
import { resolve as resolvePath } from "node:path";

const latencyMs = 50;

/** Messages between the measuring child and this process (which owns the proxies that count); each
 *  request is answered with the peaks as they are after it. */
export type BenchMessage =
  | { type: "reset-peaks" }
  | { type: "get-peaks" }
  | { type: "peaks"; perAddress: [string, number][]; perTarget: [string, number][]; rigCpuMs: number };

const cpuMs = (usage: NodeJS.CpuUsage) => Math.round((usage.user + usage.system) / 1000);
const uptime = (when: string) => console.log(`uptime ${when}: ${execFileSync("uptime").toString().trim()}`);

async function main() {
  if (process.argv.includes("--child")) return (await import("./bench-check-measure")).measure(latencyMs);
  const { startRig, rigAppEnv } = await import("../e2e/rig/index");
  uptime("at start");
  const rig = await startRig({ latencyMs });
  try {
    const code = await new Promise<number>((resolve) => {
      // npm scripts run in the repository root. The react-server condition lets `server-only` load.
      const script = resolvePath("scripts/bench-check.ts");
      const child = spawn(
        process.execPath,
        ["--conditions=react-server", "--import", "tsx", script, "--child"],
        {
          stdio: ["inherit", "inherit", "inherit", "ipc"],
          env: {
            ...process.env,
            ...rigAppEnv(rig, "bench.maildoc.test"),
          },
        },
      );
      // The rig's own CPU (DNS server and proxies) since the last reset: the servers compete for the machine too.
      let cpuSince = process.cpuUsage();
      child.on("message", (message: BenchMessage) => {
        if (message.type === "reset-peaks") {
          rig.connections?.resetPeaks();
          cpuSince = process.cpuUsage();
        }
        if (message.type === "peaks") return;
        const peaks = rig.connections?.peaks();
        const reply: BenchMessage = {
          type: "peaks",
          perAddress: [...(peaks?.perAddress ?? [])],
          perTarget: [...(peaks?.perTarget ?? [])],
          rigCpuMs: cpuMs(process.cpuUsage(cpuSince)),
        };
        child.send(reply);
      });
      child.on("exit", (status) => resolve(status ?? 1));
    });
    process.exitCode = code;
    if (!process.argv.includes("--no-http"))
      await (await import("./bench-check-http")).firstEventsOverHttp(rig);
    uptime("at the end");
  } finally {
    await rig.stop();
  }
}

void main();
