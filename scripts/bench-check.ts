// npm run bench:check — how fast is a live check when every DNS answer and server reply takes 50 ms more?
// Starts the loopback rig with delaying proxies, then measures in a child process (the app's side, with
// NODE_EXTRA_CA_CERTS read at start-up) through POST /api/diagnose:
//   1. a full diagnose of good.test: wall time against its critical path (longest chain of dependent steps)
//   2. the time to the first streamed event
//   3. the all-silent case (silent.test: every port accepts and never speaks)
//   4. 20 concurrent diagnoses from 20 client addresses (bench-1.test … bench-20.test): wall time, peak memory
import { spawn } from "node:child_process";
import { resolve as resolvePath } from "node:path";

const latencyMs = 50;

async function main() {
  if (process.argv.includes("--child")) return (await import("./bench-check-measure")).measure(latencyMs);
  const { startRig } = await import("../e2e/rig/index");
  const rig = await startRig({ latencyMs });
  try {
    const code = await new Promise<number>((resolve) => {
      // npm scripts run in the repository root. The react-server condition lets `server-only` load.
      const script = resolvePath("scripts/bench-check.ts");
      const child = spawn(
        process.execPath,
        ["--conditions=react-server", "--import", "tsx", script, "--child"],
        {
          stdio: "inherit",
          env: {
            ...process.env,
            NODE_EXTRA_CA_CERTS: rig.caFile,
            MAILDOC_DNS_SERVERS: rig.dnsServer,
            MAILDOC_ALLOW_CIDRS: rig.allowCidrs,
            MAILDOC_TRUST_PROXY: "1",
            MAILDOC_EHLO_NAME: "bench.maildoc.test",
          },
        },
      );
      child.on("exit", (status) => resolve(status ?? 1));
    });
    process.exitCode = code;
  } finally {
    await rig.stop();
  }
}

void main();
