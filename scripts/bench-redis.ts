// npm run bench:redis — what sharing through Redis (MAILDOC_REDIS_URL, SPEC §7) costs a check: the same
// checks through POST /api/diagnose in a process without Redis and in one with a real redis-server on
// loopback, against the loopback rig (no added latency, so the difference is Redis's share): a full check
// (`fresh`: every probe claimed, run and settled, the lanes taken, the result stored) and a check answered
// from the 5-minute cache; the Redis commands each one sends (INFO commandstats before and after).
import { spawn } from "node:child_process";
import { resolve as resolvePath } from "node:path";

async function main() {
  if (process.argv.includes("--child")) return (await import("./bench-redis-measure")).measure();
  const { startRig } = await import("../e2e/rig/index");
  const { startRedisServer } = await import("./testing/redis-server");
  const rig = await startRig();
  const redis = await startRedisServer(6390);
  const child = (redisUrl: string) =>
    new Promise<number>((resolve) => {
      const script = resolvePath("scripts/bench-redis.ts");
      const run = spawn(
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
            MAILDOC_REDIS_URL: redisUrl,
            BENCH_REDIS_AT: redis.url,
          },
        },
      );
      run.on("exit", (status) => resolve(status ?? 1));
    });
  try {
    process.exitCode = (await child("")) || (await child(redis.url));
  } finally {
    await redis.dispose();
    await rig.stop();
  }
}

void main();
