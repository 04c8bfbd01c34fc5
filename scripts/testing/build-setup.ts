// vitest globalSetup of the "server" project: the tests run the real server (scripts/start.mjs), which
// serves the build in .next; build it once here if the sources changed, as `npm run build` would.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export default function setup() {
  const root = fileURLToPath(new URL("../..", import.meta.url));
  const result = spawnSync(process.execPath, ["scripts/build.mjs", "--if-needed"], {
    cwd: root,
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status})`);
}
