import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const rigTests = ["lib/**/*.rig.test.ts", "app/**/*.rig.test.ts"];

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // `server-only` throws outside a React server bundle; unit tests import server code directly.
      "server-only": fileURLToPath(new URL("./lib/testing/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    environment: "node",
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "content/**/*.test.ts", "app/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: rigTests,
        },
      },
      {
        // Integration tests against real servers on loopback (e2e/rig): the rig starts only when one runs.
        extends: true,
        test: {
          name: "rig",
          include: rigTests,
          globalSetup: ["e2e/rig/vitest-setup.ts"],
          pool: "forks",
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
