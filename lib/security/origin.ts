// Whose page sent a POST (SPEC §2 `cross_site`): a browser names the page's origin in `Origin` on every
// POST, so a page of another site cannot start a check or a decode — not even with a "simple" text/plain
// form post that needs no CORS preflight. Sites listed in MAILDOC_ALLOW_ORIGINS may, and get CORS headers.
// Requests without Origin come from programs, not from pages a customer visits, and are let through.
export type HeaderSource = { get(name: string): string | null };
export type OriginPolicy = { allowOrigins: readonly string[]; trustProxy: boolean };
export type OriginVerdict = "no-origin" | "same-origin" | "allowed" | "cross-site";

function originOf(value: string): URL | null {
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) ? url : null;
  } catch {
    return null; // includes "null", sent by sandboxed frames and file: pages
  }
}

/** The host this request was sent to; behind a trusted proxy the one the proxy says it received. */
function requestedHost(headers: HeaderSource, trustProxy: boolean): string | null {
  const forwarded = trustProxy ? headers.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  return forwarded || headers.get("host");
}

export function originVerdict(headers: HeaderSource, policy: OriginPolicy): OriginVerdict {
  const origin = headers.get("origin");
  if (origin === null) return headers.get("sec-fetch-site") === "cross-site" ? "cross-site" : "no-origin";
  const url = originOf(origin);
  if (!url) return "cross-site";
  const host = requestedHost(headers, policy.trustProxy);
  try {
    // Same scheme for both sides, so a default port (":443" from a proxy) compares equal to none.
    if (host && new URL(`${url.protocol}//${host}`).host === url.host) return "same-origin";
  } catch {}
  return policy.allowOrigins.includes(url.origin) ? "allowed" : "cross-site";
}

/** CORS headers for a listed site's page (its preflight and its POST); none for anyone else. */
export function corsHeaders(headers: HeaderSource, policy: OriginPolicy): Record<string, string> | null {
  const origin = headers.get("origin");
  if (!origin || originVerdict(headers, policy) !== "allowed") return null;
  return {
    "Access-Control-Allow-Origin": origin,
    "Access-Control-Allow-Methods": "POST",
    "Access-Control-Allow-Headers": "Content-Type, Accept-Language",
    "Access-Control-Max-Age": "600",
    Vary: "Origin",
  };
}
