// The Content-Security-Policy of every page: scripts only with this request's nonce (Next.js adds it to its
// own scripts when it finds the policy on the request), and frame-ancestors from MAILDOC_FRAME_ANCESTORS so
// hosting companies can embed the wizard in their support pages (validated with the rest of the
// environment in lib/env-fields.ts, so a value cannot inject another directive).
// https://nextjs.org/docs/app/guides/content-security-policy

export function buildCsp(nonce: string, frameAncestors: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'${dev ? " 'unsafe-inline'" : ""}`,
    // React writes style attributes (e.g. a progress bar's width); attributes cannot run code.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
}

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
