import { create } from "qrcode";
import { describe, expect, it } from "vitest";
import { qrPath } from "./qr-path";

describe("qrPath", () => {
  const link = "https://help.example.net/ko/diagnose?symptom=receive&email=hong%40example.com";

  it("draws one square per dark module of the library's matrix", () => {
    const qr = qrPath(link);
    const modules = create(link, { errorCorrectionLevel: "M" }).modules;
    const dark = Array.from(modules.data).filter(Boolean).length;
    expect(qr?.size).toBe(modules.size);
    expect(qr?.d.match(/M/g)?.length).toBe(dark);
    expect(qr?.d.startsWith("M0 0h1v1h-1z")).toBe(true); // the top-left finder pattern
  });

  it("gives null when the link is longer than a QR code holds", () => {
    expect(qrPath(`${link}&error=${"%EC%86%8C".repeat(1500)}`)).toBeNull();
  });
});
