// What a log line may say about a request (issue 14): never the pasted text, never an e-mail address in full.
// Link parameters (SPEC §1) are kept by name; values are kept only where they cannot hold either.
import "server-only";

/** Parameters whose values are short tokens, domains or host names (an address is masked): safe to log. */
const plainParams = new Set([
  "symptom",
  "client",
  "domain",
  "email",
  "server",
  "port",
  "protocol",
  "ssl",
  "in",
  "out",
]);
const emailLike = /([^\s@/?&=:;,]+)(@|%40)([^\s@/?&=;,]+)/gi;

/** `kim@example.com` → `k…@example.com`: enough to tell customers apart by domain, not to name one. */
export function maskEmails(text: string): string {
  return text.replace(
    emailLike,
    (_, local: string, at: string, domain: string) => `${local[0]}…${at}${domain}`,
  );
}

/** The request target as a log may show it: the path, and per parameter its value, masked or left out. */
export function loggablePath(url: string): string {
  const query = url.indexOf("?");
  const path = maskEmails(query < 0 ? url : url.slice(0, query)).slice(0, 256);
  if (query < 0) return path;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(url.slice(query + 1));
  } catch {
    return `${path}?…`;
  }
  const shown = [...params].slice(0, 20).map(([name, value]) => {
    const safeName = maskEmails(name).slice(0, 32);
    if (plainParams.has(name)) return `${safeName}=${encodeURIComponent(maskEmails(value).slice(0, 256))}`;
    // `error` is the pasted message; anything unknown may be anything: say only how long it was.
    return `${safeName}=[${value.length} chars]`;
  });
  return `${path}?${shown.join("&")}`;
}
