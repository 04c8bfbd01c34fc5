import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Debian's Chromium by default (Playwright cannot download its own browser here);
// CHROMIUM_PATH overrides it, and an empty CHROMIUM_PATH uses Playwright's own browser.
const chromiumPath =
  process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : "");
const port = Number(process.env.E2E_PORT ?? 3100);
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
  webServer: {
    command: "node scripts/start.mjs",
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    env: { PORT: String(port), MAILDOC_FRAME_ANCESTORS: "'self' https://support.example.com" },
  },
});
