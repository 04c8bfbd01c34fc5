// A QR code for a link, drawn as an SVG path with a white quiet zone; a kind note when it cannot hold the link.
import { qrPath } from "@/lib/qr-path";

const quietZone = 4; // modules of white border the QR standard asks for (ISO/IEC 18004 §6.3.8)

export function QrCode({ text, label, tooLong }: { text: string; label: string; tooLong: string }) {
  const qr = qrPath(text);
  if (!qr) return <p className="rounded-lg bg-amber-50 p-3 text-amber-900">{tooLong}</p>;
  const box = qr.size + 2 * quietZone;
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`${-quietZone} ${-quietZone} ${box} ${box}`}
      shapeRendering="crispEdges"
      className="h-auto w-full max-w-64 rounded bg-white"
    >
      <rect x={-quietZone} y={-quietZone} width={box} height={box} fill="#fff" />
      <path d={qr.d} fill="#000" />
    </svg>
  );
}
