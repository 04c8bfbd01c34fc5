// A QR code as one SVG path (one unit square per dark module), from the `qrcode` library's matrix.
// No canvas and no markup strings: the same on the server and in the browser, nothing for the CSP to block.
import { create } from "qrcode";

export type QrPath = { d: string; size: number };

export function qrPath(text: string): QrPath | null {
  let modules;
  try {
    modules = create(text, { errorCorrectionLevel: "M" }).modules;
  } catch {
    return null; // more data than a QR code holds
  }
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++)
    for (let col = 0; col < modules.size; col++)
      if (modules.get(row, col)) parts.push(`M${col} ${row}h1v1h-1z`);
  return { d: parts.join(""), size: modules.size };
}
