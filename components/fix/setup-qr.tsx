"use client";
// On a computer screen, the download link of the setup file as a QR code for the iPhone's camera.
// Drawn after hydration: only the browser knows the address it reached us at (proxies, embedding).
import { useSyncExternalStore } from "react";
import { QrCode } from "@/components/qr-code";

const noSubscription = () => () => {};

export function SetupQr(props: {
  href: string;
  title: string;
  hint: string;
  label: string;
  tooLong: string;
}) {
  const url = useSyncExternalStore(
    noSubscription,
    () => new URL(props.href, window.location.href).toString(),
    () => null,
  );
  if (!url) return null;
  return (
    <figure data-testid="setup-qr" data-url={url} className="hidden max-w-72 gap-2 md:grid print:grid">
      <figcaption className="font-semibold">{props.title}</figcaption>
      <QrCode text={url} label={props.label} tooLong={props.tooLong} />
      <p className="text-sm text-slate-700">{props.hint}</p>
    </figure>
  );
}
