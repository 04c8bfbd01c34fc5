// Runs before every page request (not /api/*: the API needs no nonce, and a proxy makes Next.js buffer
// each request body to hand it a copy): sends `/` to the visitor's language, adds the language to paths
// that lack one, and sets the per-request CSP nonce (lib/security/csp.ts).
import { NextResponse, type NextRequest } from "next/server";
import { serverEnv } from "@/lib/env";
import { isLocale, localeFromAcceptLanguage } from "@/lib/i18n/locales";
import { buildCsp, newNonce } from "@/lib/security/csp";

const dev = process.env.NODE_ENV === "development";

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const firstSegment = pathname.split("/")[1] ?? "";

  if (!isLocale(firstSegment)) {
    const locale = localeFromAcceptLanguage(request.headers.get("accept-language"));
    const url = request.nextUrl.clone();
    url.pathname = `/${locale}${pathname === "/" ? "" : pathname}`;
    url.search = search;
    const response = NextResponse.redirect(url, 307);
    response.headers.set("Vary", "Accept-Language");
    return response;
  }

  const nonce = newNonce();
  const csp = buildCsp(nonce, serverEnv().frameAncestors, dev);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Pages only: not the API, static build output or icons, nor the automatic-setup documents (SPEC §8),
  // which live at the fixed paths mail programs ask for, nor the files of public/ (icons, preview image,
  // manifest).
  matcher: [
    {
      source:
        "/((?!api(?:/|$)|_next/static|favicon.ico|icon.svg|robots.txt|manifest.webmanifest|[^/]+\\.png$|\\.well-known/|mail/config-v1\\.1\\.xml|autodiscover/).*)",
    },
  ],
};
