// The same page in the other language, with its whole query string.
import type { Locale } from "./locales";

export function switchedPath(pathname: string, search: string, to: Locale): string {
  const rest = pathname.replace(/^\/(ko|en)(?=\/|$)/, "");
  return `/${to}${rest}${search ? `?${search}` : ""}`;
}
