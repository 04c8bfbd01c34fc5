// Link previews and public/: every page carries Open Graph and Twitter card tags with its own title, the
// cause or the step in the description and the preview image; the icons and the manifest are served.
import { expect, test } from "@playwright/test";

const meta = (page: import("@playwright/test").Page, key: string) =>
  page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute("content");

test("every page has a preview: title, what it is about, and an image from public/", async ({
  page,
  request,
}) => {
  const pages = [
    { path: "/ko", title: "어떤 문제가 있나요?", about: "해당하는 것을 골라 주세요" },
    {
      path: "/en/diagnose?symptom=send",
      title: "Diagnosis",
      about: "Did an error message appear when you tried to send?",
    },
    {
      path: "/ko/fix/port25-blocked?client=outlook",
      title: "25번 포트가 막혀",
      about: "보내는 메일 포트를 587(또는 465)로 바꾸고",
    },
    { path: "/en/fix/port25-blocked", title: "Port 25 is blocked", about: "must be 587 (or 465)" },
    { path: "/en/staff", title: "Make a diagnosis link", about: "Enter the customer's domain" },
  ];
  for (const p of pages) {
    await page.goto(p.path);
    expect(await meta(page, "og:title"), p.path).toContain(p.title);
    expect(await meta(page, "og:description"), p.path).toContain(p.about);
    expect(await meta(page, "twitter:card"), p.path).toBe("summary_large_image");
    expect(await meta(page, "twitter:title"), p.path).toContain(p.title);
    const image = await meta(page, "og:image");
    expect(image, p.path).toMatch(/^http:\/\/localhost:\d+\/og\.png$/);
    expect(await meta(page, "twitter:image"), p.path).toBe(image);
  }
  const og = await request.get("/og.png");
  expect(og.status()).toBe(200);
  expect(og.headers()["content-type"]).toBe("image/png");
  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.status()).toBe(200);
  const icons = ((await manifest.json()) as { icons: { src: string }[] }).icons;
  for (const icon of icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
  expect((await request.get("/apple-touch-icon.png")).status()).toBe(200);
  await page.goto("/ko");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute("content", "origin");
});
