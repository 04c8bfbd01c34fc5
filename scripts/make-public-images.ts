// Draws the images of public/ — the app icons (192, 512, Apple's 180) and the link preview (1200×630) —
// from the same mark as app/icon.svg, in Chromium, so they stay one design. Run after changing the mark:
//   npx tsx scripts/make-public-images.ts && for f in public/*.png; do convert $f -strip -colors 64 PNG8:$f; done
// (ImageMagick makes them palette PNGs: the preview is 36 KB instead of 300.)
import { readFileSync } from "node:fs";
import { chromium } from "@playwright/test";

const mark = readFileSync("app/icon.svg", "utf8");
const font = "'Noto Sans CJK KR','Noto Sans KR',sans-serif";

const icon = (size: number, padding: number) => `
  <body style="margin:0;width:${size}px;height:${size}px;background:#1d5fd1;display:grid;place-items:center">
    <div style="width:${size - 2 * padding}px;height:${size - 2 * padding}px">${mark.replace("<svg ", '<svg width="100%" height="100%" ')}</div>
  </body>`;

const preview = `
  <body style="margin:0;width:1200px;height:630px;background:#1546a8;color:#fff;font-family:${font};word-break:keep-all;display:flex;align-items:center;gap:56px;padding:0 88px;box-sizing:border-box">
    <div style="width:240px;height:240px;flex:none;border-radius:48px;overflow:hidden;box-shadow:0 12px 40px rgba(0,0,0,.3)">${mark.replace("<svg ", '<svg width="100%" height="100%" ')}</div>
    <div>
      <div style="font-size:76px;font-weight:700;line-height:1.1">메일 닥터</div>
      <div style="font-size:40px;font-weight:600;opacity:.9;margin-top:6px">Mail Doctor</div>
      <div style="font-size:34px;line-height:1.4;margin-top:28px;max-width:720px">메일이 안 될 때, 원인을 찾아 고치는 방법을 그림으로 알려 드립니다.</div>
    </div>
  </body>`;

const shots: [string, string, number, number][] = [
  ["public/icon-192.png", icon(192, 0), 192, 192],
  ["public/icon-512.png", icon(512, 0), 512, 512],
  // Maskable: the mark inside the middle 80 % (the safe zone of the W3C manifest's maskable icons).
  ["public/icon-maskable-512.png", icon(512, 52), 512, 512],
  ["public/apple-touch-icon.png", icon(180, 0), 180, 180],
  ["public/og.png", preview, 1200, 630],
];

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox"],
  });
  for (const [path, html, width, height] of shots) {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"></head>${html}</html>`);
    await page.screenshot({ path, omitBackground: false });
    await page.close();
    console.log(path);
  }
  await browser.close();
}

void main();
