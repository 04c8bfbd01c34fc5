import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const resolve = {
  alias: {
    "@": fileURLToPath(new URL(".", import.meta.url)),
    // `server-only` throws outside a React server bundle; unit tests import server code directly.
    "server-only": fileURLToPath(new URL("./lib/testing/server-only-stub.ts", import.meta.url)),
  },
};
const rigTests = ["lib/**/*.rig.test.ts", "app/**/*.rig.test.ts"];
const serverTests = ["scripts/**/*.server.test.ts"];
const redisTests = ["lib/**/*.redis.test.ts"];
const clusterTests = ["scripts/**/*.cluster.test.ts"];

export default defineConfig({
  resolve,
  test: {
    projects: [
      {
        resolve,
        test: {
          name: "unit",
          environment: "node",
          include: ["lib/**/*.test.ts", "content/**/*.test.ts", "app/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: [...rigTests, ...serverTests, ...redisTests, ...clusterTests],
        },
      },
      {
        // Integration tests against real servers on loopback (e2e/rig): the rig starts only when one runs.
        resolve,
        test: {
          name: "rig",
          environment: "node",
          include: rigTests,
          globalSetup: ["e2e/rig/vitest-setup.ts"],
          pool: "forks",
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The real server (scripts/start.mjs) started by each test file, on a free port; built first if needed.
        resolve,
        test: {
          name: "server",
          environment: "node",
          include: serverTests,
          globalSetup: ["scripts/testing/build-setup.ts"],
          pool: "forks",
          testTimeout: 30_000,
          hookTimeout: 90_000,
        },
      },
      {
        // The shared stores against a real redis-server that each test file starts on loopback (6390 up).
        resolve,
        test: {
          name: "redis",
          environment: "node",
          include: redisTests,
          pool: "forks",
          fileParallelism: false,
          testTimeout: 30_000,
        },
      },
      {
        // Several instances (scripts/start.mjs) sharing one redis-server, checking the rig through its
        // counting proxies: each test file starts the rig, Redis and the instances itself. It runs in a
        // vitest run of its own (npm run test:unit), after the rig project has let go of the machine's rig.
        resolve,
        test: {
          name: "cluster",
          environment: "node",
          include: clusterTests,
          globalSetup: ["scripts/testing/build-setup.ts"],
          pool: "forks",
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
