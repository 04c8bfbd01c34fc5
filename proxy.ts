// Runs before every page and API request: sends `/` to the visitor's language, adds the language to
// paths that lack one, and sets the per-request CSP nonce (lib/security/csp.ts).
import { NextResponse, type NextRequest } from "next/server";
import { isLocale, localeFromAcceptLanguage } from "@/lib/i18n/locales";
import { buildCsp, frameAncestorsFrom, newNonce } from "@/lib/security/csp";

const frameAncestors = frameAncestorsFrom(process.env.MAILDOC_FRAME_ANCESTORS);
const dev = process.env.NODE_ENV === "development";

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const firstSegment = pathname.split("/")[1] ?? "";
  const isApi = firstSegment === "api";

  if (!isApi && !isLocale(firstSegment)) {
    const locale = localeFromAcceptLanguage(request.headers.get("accept-language"));
    const url = request.nextUrl.clone();
    url.pathname = `/${locale}${pathname === "/" ? "" : pathname}`;
    url.search = search;
    const response = NextResponse.redirect(url, 307);
    response.headers.set("Vary", "Accept-Language");
    return response;
  }

  const nonce = newNonce();
  const csp = buildCsp(nonce, frameAncestors, dev);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Static build output and icons need no nonce; everything else (pages and API) gets the headers.
  // The automatic-setup documents (SPEC §8) live at fixed paths mail programs ask for: no language redirect.
  matcher: [
    {
      source:
        "/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt|\\.well-known/|mail/config-v1\\.1\\.xml|autodiscover/).*)",
    },
  ],
};
