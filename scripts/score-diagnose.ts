// The client texts through POST /api/diagnose: each captured message with its scenario's domain (the
// customer's), the live check of that domain (and of the server the message names) on the loopback rig,
// and the one diagnosis of both (lib/diagnose). Top-1 against the scenario's `expect.diagnose`, per
// program. Run by `npm run score:corpus -- --diagnose` (needs root and the rig's Debian packages; waits
// for a rig another checkout runs). Target (issue 12): top-1 ≥ 90 %.
// One process starts the rig; a child does the measuring, because Node reads NODE_EXTRA_CA_CERTS (the rig's
// test CA, so that an expired certificate is judged as expired) only at process start.
import { spawn } from "node:child_process";
import { resolve as resolvePath } from "node:path";

export const DIAGNOSE_TARGET = 0.9;
const CONCURRENT = 4;

/**
 * Starts the rig and the measuring child; resolves whether the target is met. As root the two run in a
 * network namespace of their own (as the client-text capture does), with a rig of their own, so a rig
 * another checkout runs is neither waited for nor disturbed.
 */
export async function scoreDiagnose(showMisses: boolean): Promise<boolean> {
  const script = resolvePath("scripts/score-diagnose.ts");
  const args = [
    "--conditions=react-server",
    "--import",
    "tsx",
    script,
    "--rig",
    ...(showMisses ? ["--misses"] : []),
  ];
  const own = process.getuid?.() === 0;
  const [command, argv] = own
    ? ["unshare", ["-n", "--", "sh", "-c", 'ip link set lo up && exec "$@"', "sh", process.execPath, ...args]]
    : [process.execPath, args];
  const code = await new Promise<number>((done) => {
    const child = spawn(command, argv as string[], { stdio: "inherit" });
    child.on("exit", (status) => done(status ?? 1));
  });
  return code === 0;
}

/** The rig, then the measuring child with the rig's settings (NODE_EXTRA_CA_CERTS is read at start-up). */
async function withRig(showMisses: boolean): Promise<void> {
  const { startRig, rigAppEnv } = await import("../e2e/rig/index");
  const rig = await startRig();
  try {
    const code = await new Promise<number>((done) => {
      const child = spawn(
        process.execPath,
        [
          "--conditions=react-server",
          "--import",
          "tsx",
          resolvePath("scripts/score-diagnose.ts"),
          "--child",
          ...(showMisses ? ["--misses"] : []),
        ],
        {
          stdio: "inherit",
          env: {
            ...process.env,
            // Every message comes from its own client address (X-Forwarded-For): the per-client limits are
            // not what is measured here.
            ...rigAppEnv(rig, "score.maildoc.test"),
          },
        },
      );
      child.on("exit", (status) => done(status ?? 1));
    });
    process.exitCode = code;
  } finally {
    await rig.stop();
  }
}

async function measure(showMisses: boolean): Promise<void> {
  const { POST } = await import("../app/api/diagnose/route");
  const { clientTexts } = await import("../lib/parse/corpus/client-texts");
  const { scenarioById } = await import("../lib/parse/corpus/client-texts/scenarios");
  const diagnoseOne = async (c: (typeof clientTexts)[number], i: number): Promise<string | null> => {
    const domain = scenarioById.get(c.scenario)?.domain;
    const response = await POST(
      new Request("http://score/api/diagnose", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-forwarded-for": `198.18.${Math.floor(i / 250)}.${(i % 250) + 1}`,
        },
        body: JSON.stringify({ domain, text: c.text, symptom: "error" }),
      }),
    );
    if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
    const lines = (await response.text()).split("\n").filter(Boolean);
    const result = JSON.parse(lines.at(-1) ?? "{}") as { type?: string; causes?: { id: string }[] };
    return result.type === "result" ? (result.causes?.[0]?.id ?? null) : null;
  };
  const got: (string | null)[] = new Array(clientTexts.length).fill(null);
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENT }, async () => {
      for (let i = next++; i < clientTexts.length; i = next++) {
        const c = clientTexts[i];
        if (c) got[i] = await diagnoseOne(c, i);
      }
    }),
  );
  const rows = new Map<string, { n: number; ok: number }>();
  const misses: string[] = [];
  let ok = 0;
  clientTexts.forEach((c, i) => {
    const hit = got[i] === c.expect.diagnose;
    if (hit) ok++;
    else
      misses.push(
        `  ${c.program} ${c.protocol} ${c.scenario} ${c.lang}: ${c.expect.diagnose} → ${got[i] ?? "none"}`,
      );
    const row = rows.get(c.program) ?? { n: 0, ok: 0 };
    row.n++;
    if (hit) row.ok++;
    rows.set(c.program, row);
  });
  const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`.padStart(6);
  console.log(`\nThrough POST /api/diagnose (message + live check of the scenario's domain on the rig):`);
  console.log(
    `${"all".padEnd(24)} ${String(clientTexts.length).padStart(4)}  top-1 ${pct(ok, clientTexts.length)}`,
  );
  for (const [program, r] of [...rows].sort())
    console.log(`${`  ${program}`.padEnd(24)} ${String(r.n).padStart(4)}  top-1 ${pct(r.ok, r.n)}`);
  if (showMisses && misses.length > 0)
    console.log(`\nNot first (expected → diagnosed):\n${misses.join("\n")}`);
  const pass = ok / clientTexts.length >= DIAGNOSE_TARGET;
  console.log(`\ndiagnosis ${pass ? "meets" : "is BELOW"} the target (top-1 ${pct(DIAGNOSE_TARGET, 1)})`);
  process.exitCode = pass ? 0 : 1;
}

if (process.argv.includes("--rig")) void withRig(process.argv.includes("--misses"));
if (process.argv.includes("--child")) void measure(process.argv.includes("--misses"));
