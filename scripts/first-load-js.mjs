// node scripts/first-load-js.mjs [url] — the JavaScript a browser downloads to show a page for the first time
// (every script response, raw and gzip-compressed). Needs a running server (npm start).
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";

const url = process.argv[2] ?? "http://localhost:3000/ko";
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
const page = await browser.newPage();
const scripts = [];
page.on("response", async (response) => {
  if (response.request().resourceType() === "script")
    scripts.push(response.body().then((b) => ({ url: response.url(), b })));
});
await page.goto(url, { waitUntil: "networkidle" });
const bodies = await Promise.all(scripts);
await browser.close();
const raw = bodies.reduce((n, { b }) => n + b.length, 0);
const gz = bodies.reduce((n, { b }) => n + gzipSync(b).length, 0);
console.log(
  `${url}: ${bodies.length} scripts, ${(raw / 1024).toFixed(1)} KiB raw, ${(gz / 1024).toFixed(1)} KiB gzip`,
);
