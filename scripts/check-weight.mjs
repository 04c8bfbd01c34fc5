// npm run check:weight — the JavaScript a phone downloads to show each page for the first time, gzip-compressed,
// against the budgets of SPEC §8 / issue 13; exits 1 when a page is over budget.
//
// It builds when the build is stale (scripts/build.mjs --if-needed), serves the build on a free port, fetches
// each page's HTML and counts every /_next/static/**.js the HTML names: <script src>, <link rel=preload> and
// the chunk lists inside the inline React Server Components payload (the client components the page hydrates),
// leaving out <script nomodule> (legacy polyfills no module-running browser fetches).
// Those are exactly the scripts the browser fetches before the page is interactive; chunks loaded later by a
// dynamic import() (the decoder, on first input) are not named there and are not counted. Each file is read
// from .next/static and gzip-compressed at level 6 (what a typical server or CDN sends).
//
// `node scripts/check-weight.mjs --url http://localhost:3000` measures an already running server instead.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, isBuilt } from "./build.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const KiB = 1024;

/** Page → budget in KiB of gzip first-load JS. One row per kind of page, in both languages. */
const budgets = [
  { path: "/ko", budget: 130 },
  { path: "/en", budget: 130 },
  { path: "/ko/diagnose", budget: 170 },
  { path: "/en/diagnose?symptom=error", budget: 170 },
  { path: "/ko/diagnose?symptom=receive&email=user%40example.com", budget: 170 },
  { path: "/ko/fix/wrong-password?client=outlook", budget: 170 },
];

/** Every script path a page's HTML names, including the RSC payload's (JSON-escaped) chunk lists. */
export function scriptPaths(html) {
  // <script nomodule> (Next's legacy polyfills) is skipped by every browser that runs modules.
  const modern = html.replace(/<script\b[^>]*\bnomodule\b[^>]*>\s*<\/script>/gi, "");
  const found = new Set();
  for (const match of modern.matchAll(/\/_next\/static\/[A-Za-z0-9_\-./~%]+?\.js/g)) found.add(match[0]);
  return [...found].sort();
}

function gzipSize(path) {
  const file = join(root, ".next", decodeURIComponent(path.replace(/^\/_next\//, "")));
  if (!existsSync(file)) throw new Error(`${path} is named by the page but not in .next/static`);
  const body = readFileSync(file);
  return { raw: body.length, gzip: gzipSync(body, { level: 6 }).length };
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function startServer() {
  if (!isBuilt()) build();
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, "scripts", "start.mjs")], {
    cwd: root,
    env: { ...process.env, PORT: String(port) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the server did not start within 120 s")), 120_000);
    child.once("exit", (code) => reject(new Error(`the server exited (${code})`)));
    child.stdout.on("data", (chunk) => {
      if (String(chunk).includes("is ready")) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return { base: `http://127.0.0.1:${port}`, stop: () => child.kill("SIGTERM") };
}

async function measure(base, path) {
  const response = await fetch(base + path, { redirect: "manual" });
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  const scripts = scriptPaths(await response.text());
  const sizes = scripts.map((script) => ({ script, ...gzipSize(script) }));
  const sum = (key) => sizes.reduce((n, size) => n + size[key], 0);
  return { scripts: sizes, raw: sum("raw"), gzip: sum("gzip") };
}

async function main() {
  const urlArg = process.argv.indexOf("--url");
  const verbose = process.argv.includes("--verbose");
  const server =
    urlArg > 0 ? { base: process.argv[urlArg + 1].replace(/\/$/, ""), stop: () => {} } : await startServer();
  let over = 0;
  try {
    console.log("First-load JavaScript per page (every script its HTML names, gzip level 6)");
    for (const { path, budget } of budgets) {
      const result = await measure(server.base, path);
      const gzip = result.gzip / KiB;
      const ok = gzip < budget;
      if (!ok) over += 1;
      console.log(
        `${ok ? "ok  " : "OVER"} ${path.padEnd(56)} ${gzip.toFixed(1).padStart(6)} KiB gzip` +
          ` (${(result.raw / KiB).toFixed(1)} KiB raw, ${result.scripts.length} scripts) budget < ${budget} KiB`,
      );
      if (verbose)
        for (const s of [...result.scripts].sort((a, b) => b.gzip - a.gzip))
          console.log(`       ${(s.gzip / KiB).toFixed(1).padStart(6)} KiB  ${s.script}`);
    }
  } finally {
    server.stop();
  }
  if (over > 0) {
    console.error(`${over} page(s) over budget`);
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
