// npm run build — builds the app and stamps the build with a hash of every source file, so that
// npm start (scripts/start.mjs) serves it as it is and rebuilds only when a source has changed since.
// `node scripts/build.mjs --if-needed` builds only when the stamp does not match the sources.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

process.env.NEXT_TELEMETRY_DISABLED = "1"; // never phone home: this runs on support infrastructure
const root = fileURLToPath(new URL("..", import.meta.url));
const sourceRoots = [
  "app",
  "components",
  "content",
  "lib",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.mjs",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];
const stampFile = join(root, ".next", "source-hash");
const nextBin = join(root, "node_modules", "next", "dist", "bin", "next");

function* files(path) {
  if (!existsSync(path)) return;
  if (statSync(path).isFile()) {
    yield path;
    return;
  }
  for (const entry of readdirSync(path).sort()) {
    if (entry === "node_modules" || entry.endsWith(".test.ts")) continue;
    yield* files(join(path, entry));
  }
}

function sourceHash() {
  const hash = createHash("sha256");
  for (const top of sourceRoots)
    for (const file of files(join(root, top)))
      hash.update(relative(root, file)).update("\0").update(readFileSync(file));
  return hash.digest("hex");
}

/** True when .next holds a build of exactly the current sources. */
export function isBuilt() {
  if (!existsSync(stampFile) || !existsSync(join(root, ".next", "BUILD_ID"))) return false;
  return readFileSync(stampFile, "utf8") === sourceHash();
}

/** Runs `next build` and stamps the result; exits the process when the build fails. */
export function build() {
  const sources = sourceHash(); // of the sources the build starts from
  const result = spawnSync(process.execPath, [nextBin, "build", "--webpack"], {
    cwd: root,
    stdio: "inherit",
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stampFile, sources);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!process.argv.includes("--if-needed") || !isBuilt()) build();
}
