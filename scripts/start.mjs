// npm start — builds when there is no build of the current sources (npm run build stamps one), validates the
// environment, then serves on $PORT (default 3000) through the hardened server of scripts/http-server.mjs.
import { isBuilt, build } from "./build.mjs";
import { createAppServer } from "./http-server.mjs";

const root = new URL("..", import.meta.url).pathname;
if (!isBuilt()) {
  console.log("Building Mail Doctor (sources changed or no build yet)…");
  build();
}

process.env.NODE_ENV = "production";
// instrumentation.ts validates the environment when Next.js starts (exiting with a message naming each bad
// variable) and hands over the app's rules through this function (lib/api/server-edge.ts).
const edgeReady = new Promise((resolve) => {
  globalThis[Symbol.for("mail-doctor.server-edge")] = resolve;
});
const { default: next } = await import("next");
const app = next({ dev: false, dir: root });
await app.prepare();
const handle = app.getRequestHandler();
let waited;
const edge = await Promise.race([
  edgeReady,
  new Promise((_, reject) => {
    waited = setTimeout(
      () => reject(new Error("instrumentation.ts did not run; rebuild with npm run build")),
      60_000,
    );
  }),
]);
clearTimeout(waited);

const server = createAppServer(handle, edge);
server.listen(edge.env.port, () => console.log(`Mail Doctor is ready on http://localhost:${edge.env.port}`));
for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 11_000).unref(); // a running check ends within 10 s
  });
