import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { ensureRigCa } from "./e2e/rig/certs";
import { supportContact } from "./e2e/support-contact";

// Debian's Chromium by default (Playwright cannot download its own browser here);
// CHROMIUM_PATH overrides it, and an empty CHROMIUM_PATH uses Playwright's own browser.
const chromiumPath =
  process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : "");
const port = Number(process.env.E2E_PORT ?? 3100);
// The app under test checks the loopback rig (e2e/rig): its DNS server, its addresses and its test CA.
// Node reads NODE_EXTRA_CA_CERTS only at start, and Playwright starts webServer before globalSetup,
// so the CA is made here, up front.
const { caFile } = ensureRigCa();
export const baseURL = `http://localhost:${port}`;

const chromium = {
  browserName: "chromium" as const,
  launchOptions: {
    ...(chromiumPath ? { executablePath: chromiumPath } : {}),
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
      "--no-first-run",
    ],
  },
};

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: { baseURL, trace: "retain-on-failure", ...chromium },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], ...chromium } },
    { name: "pixel", use: { ...devices["Pixel 7"], ...chromium } },
    { name: "iphone", use: { ...devices["iPhone 13"], ...chromium } },
  ],
  globalSetup: "./e2e/rig/playwright-setup.ts",
  webServer: {
    command: "node scripts/start.mjs",
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    env: {
      PORT: String(port),
      MAILDOC_FRAME_ANCESTORS: "'self' https://support.example.com",
      MAILDOC_DNS_SERVERS: "127.0.0.1:5300",
      MAILDOC_ALLOW_CIDRS: "127.0.0.0/8",
      MAILDOC_EHLO_NAME: "maildoc.test",
      // The tests play the trusted proxy: each sets its own X-Forwarded-For (e2e/client-address.ts), so the
      // per-client limits of SPEC §6 (one check at a time, ten a minute) apply per test, not to the whole run.
      MAILDOC_TRUST_PROXY: "1",
      NODE_EXTRA_CA_CERTS: caFile,
      // Where the wizard gives up it shows the hosting company's contact (SPEC §5).
      MAILDOC_SUPPORT_URL: supportContact.url,
      MAILDOC_SUPPORT_PHONE: supportContact.phone,
      MAILDOC_SUPPORT_EMAIL: supportContact.email,
    },
  },
});
