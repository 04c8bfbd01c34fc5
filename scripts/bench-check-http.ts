// Part 6 of npm run bench:check: 50 customers start a check at the same moment through the production
// server (node scripts/start.mjs: the hardened HTTP edge, Next.js, the page proxy's matcher) — how long until
// each one sees its first streamed event? Runs in the parent process, which owns the rig.
import { spawnSync } from "node:child_process";
import { loadavg } from "node:os";
import type { Rig } from "../e2e/rig/index";
import { root, startApp } from "./testing/app-server";

const customers = 50;
const sorted = (values: number[]) => values.toSorted((a, b) => a - b);
const median = (values: number[]) => sorted(values)[Math.floor(values.length / 2)] ?? NaN;
const p95 = (values: number[]) => sorted(values)[Math.ceil(0.95 * values.length) - 1] ?? NaN;

type Timed = { firstMs: number; wallMs: number; lines: string[] };

async function post(base: string, body: object, client: string): Promise<Timed> {
  const started = performance.now();
  const response = await fetch(`${base}/api/diagnose`, {
    method: "POST",
    // What the wizard sends from its own page (same-site Origin), behind a trusted proxy that names the customer.
    headers: { "content-type": "application/json", origin: base, "x-forwarded-for": client },
    body: JSON.stringify(body),
  });
  if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let firstMs = -1;
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (firstMs < 0) firstMs = performance.now() - started;
    text += decoder.decode(value, { stream: true });
  }
  return { firstMs, wallMs: performance.now() - started, lines: text.split("\n").filter(Boolean) };
}

export async function firstEventsOverHttp(rig: Rig): Promise<void> {
  console.log(
    `\n6. ${customers} concurrent first events through the production server (node scripts/start.mjs)`,
  );
  const build = spawnSync(process.execPath, ["scripts/build.mjs", "--if-needed"], {
    cwd: root,
    stdio: "inherit",
  });
  if (build.status !== 0) {
    console.log(`   the build failed (exit ${build.status}): not measured`);
    process.exitCode = 1;
    return;
  }
  const app = await startApp({
    MAILDOC_DNS_SERVERS: rig.dnsServer,
    MAILDOC_ALLOW_CIDRS: rig.allowCidrs,
    MAILDOC_TRUST_PROXY: "1",
    MAILDOC_EHLO_NAME: "bench.maildoc.test",
    NODE_EXTRA_CA_CERTS: rig.caFile,
  });
  try {
    // A server in service is warm: its route is loaded and its TLS context made. The warm-up checks
    // another server than the 50 customers' one, so nothing of theirs is cached.
    await post(app.base, { servers: [{ host: "mx.good.test" }] }, "203.0.113.240");
    console.log(
      `   load average (1/5/15 min) before: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(" / ")}`,
    );
    const runs = await Promise.all(
      Array.from({ length: customers }, (_, i) =>
        post(app.base, { domain: `shared-${i + 1}.test` }, `192.0.2.${i + 1}`),
      ),
    );
    const firsts = runs.map((r) => r.firstMs);
    const down = runs.filter((r) => /"id":"server-down"/.test(r.lines.at(-1) ?? "")).length;
    console.log(
      `   first event: median ${median(firsts).toFixed(1)} ms, p95 ${p95(firsts).toFixed(1)} ms, slowest ${Math.max(...firsts).toFixed(1)} ms (target: median < 100 ms)`,
    );
    console.log(
      `   whole checks: median ${Math.round(median(runs.map((r) => r.wallMs)))} ms, slowest ${Math.round(Math.max(...runs.map((r) => r.wallMs)))} ms; told server-down: ${down} of ${customers}`,
    );
  } finally {
    await app.stop();
  }
}
