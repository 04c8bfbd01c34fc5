// npm start — builds when there is no build of the current sources, then serves on $PORT (default 3000).
// The build is stamped with a hash of every source file, so an edited source triggers a rebuild.
import { spawnSync } from "node:child_process";
import { createServer } from "node:http";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

process.env.NEXT_TELEMETRY_DISABLED = "1"; // never phone home: this runs on support infrastructure
const root = new URL("..", import.meta.url).pathname;
const sourceRoots = [
  "app",
  "components",
  "content",
  "lib",
  "public",
  "proxy.ts",
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

const wanted = sourceHash();
const built =
  existsSync(stampFile) && existsSync(join(root, ".next", "BUILD_ID")) ? readFileSync(stampFile, "utf8") : "";
if (built !== wanted) {
  console.log("Building Mail Doctor (sources changed or no build yet)…");
  const result = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stampFile, wanted);
}

// Serve with Next's request handler behind our own HTTP server, so the client address used for rate limits
// is the socket's: Next.js keeps an X-Forwarded-For header that the client itself sent, which would let anyone
// pick their own rate-limit bucket. Only behind a trusted proxy (MAILDOC_TRUST_PROXY=1) is the header kept.
process.env.NODE_ENV = "production";
const port = Number(process.env.PORT || "3000");
const trustProxy = process.env.MAILDOC_TRUST_PROXY === "1";
const { default: next } = await import("next");
const app = next({ dev: false, dir: root, port });
await app.prepare();
const handle = app.getRequestHandler();
const server = createServer((request, response) => {
  if (!trustProxy) request.headers["x-forwarded-for"] = request.socket.remoteAddress ?? "";
  void handle(request, response);
});
server.listen(port, () => console.log(`Mail Doctor is ready on http://localhost:${port}`));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
