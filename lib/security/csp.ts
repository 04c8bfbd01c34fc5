// The Content-Security-Policy of every page: scripts only with this request's nonce (Next.js adds it to its
// own scripts when it finds the policy on the request), and frame-ancestors from MAILDOC_FRAME_ANCESTORS so
// hosting companies can embed the wizard in their support pages.
// https://nextjs.org/docs/app/guides/content-security-policy

/** A frame-ancestors source list may hold only host sources and keywords; anything else falls back to 'self'. */
export function frameAncestorsFrom(value: string | undefined): string {
  const trimmed = (value ?? "").trim();
  if (trimmed === "") return "'self'";
  const sources = trimmed.split(/\s+/);
  const valid = sources.every(
    (source) =>
      /^'(self|none)'$/.test(source) ||
      /^(https?:\/\/)?(\*\.)?[A-Za-z0-9.-]+(:\d{1,5}|:\*)?\/?$/.test(source) ||
      /^https?:$/.test(source),
  );
  if (!valid) {
    console.error(
      `MAILDOC_FRAME_ANCESTORS is not a valid source list (${JSON.stringify(trimmed)}); using 'self'.`,
    );
    return "'self'";
  }
  return sources.join(" ");
}

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
