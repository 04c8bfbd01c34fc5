// What people type or paste where a domain is wanted, read as they mean it (SPEC §6):
// "https://www.example.com/help", "www.example.com", "EXAMPLE.COM.", "kim@example.com" and
// "mailto:kim@example.com" all mean the mail domain example.com. Pure and browser-safe: the wizard's
// form, the link parameters and the live check's guard (lib/probe/target-input.ts) read it the same way.

/** Strips what surrounds a host name: mailto:, a URL's scheme, path, query and port, angle brackets. */
export function stripAddress(raw: string): string {
  return raw
    .trim()
    .replace(/^mailto:/i, "")
    .replace(/^<|>$/g, "")
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, "")
    .replace(/[/?#].*$/, "")
    .replace(/^([^@[\]:]+\.[^@[\]:]+):\d+$/, "$1");
}

/**
 * The mail domain in an address or a web address: the part after the last "@", lower case, without a
 * trailing dot, and without "www." (a web server's name, never a mail domain) when a domain remains.
 */
export function mailDomainOf(raw: string): string {
  const text = stripAddress(raw);
  const domain = text
    .slice(text.lastIndexOf("@") + 1)
    .toLowerCase()
    .replace(/\.$/, "");
  const bare = domain.replace(/^www\./, "");
  return bare.includes(".") ? bare : domain;
}
