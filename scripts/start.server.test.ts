// npm start as an operator runs it: it serves the build that npm run build stamped without building again,
// and a bad value of any SPEC §5 variable stops it with a message naming the variable (never a server that
// answers 500 later).
import { spawn } from "node:child_process";
import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import { cleanEnv, freePort, root, startApp } from "./testing/app-server";

function run(env: Record<string, string>) {
  return new Promise<{ code: number | null; output: string; ms: number }>((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, ["scripts/start.mjs"], { cwd: root, env: cleanEnv(env) });
    let output = "";
    child.stdout.on("data", (data: Buffer) => (output += data.toString()));
    child.stderr.on("data", (data: Buffer) => (output += data.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output, ms: performance.now() - started });
    });
  });
}

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, "127.0.0.1", () => {
      socket.destroy();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });

describe("npm start", () => {
  it("serves the build of npm run build without building again", async () => {
    const app = await startApp();
    try {
      expect(app.output()).not.toMatch(/Building/);
      expect((await fetch(`${app.base}/api/health`)).status).toBe(200);
    } finally {
      await app.stop();
    }
  });

  it("stops with a message naming MAILDOC_DNS_SERVERS when it is not a list of addresses", async () => {
    const port = await freePort();
    const result = await run({ PORT: String(port), MAILDOC_DNS_SERVERS: "dns.example.com" });
    expect(result.code).toBe(78);
    expect(result.output).toMatch(/MAILDOC_DNS_SERVERS: "dns\.example\.com" is not ip or ip:port/);
    expect(result.output).not.toMatch(/ready on/);
    expect(await listening(port)).toBe(false);
  });

  it("names every bad variable of SPEC §5 at once", async () => {
    const bad = {
      MAILDOC_DNS_SERVERS: "127.0.0.1:0",
      MAILDOC_ALLOW_CIDRS: "10.0.0.0/33",
      MAILDOC_EHLO_NAME: "not a host",
      MAILDOC_TRUST_PROXY: "yes",
      MAILDOC_FRAME_ANCESTORS: "https://a.example; script-src *",
      PORT: "70000",
      MAILDOC_REDIS_URL: "http://127.0.0.1:6379",
      MAILDOC_SUPPORT_URL: "javascript:alert(1)",
      MAILDOC_SUPPORT_PHONE: "call us",
      MAILDOC_SUPPORT_EMAIL: "nobody",
      MAILDOC_ALLOW_ORIGINS: "*",
      MAILDOC_SETUP_DOMAINS: "localhost",
      MAILDOC_METRICS_TOKEN: "short",
    };
    const result = await run(bad);
    expect(result.code).toBe(78);
    for (const name of Object.keys(bad)) expect(result.output).toContain(`${name}: `);
    expect(result.output).not.toMatch(/ready on/);
  });
});
