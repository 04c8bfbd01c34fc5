// A pasted message as it may go into the report for support: the customer's own words, minus anything that
// looks like a password someone pasted by mistake ("password=…", "pass: …", "비밀번호: …"), and cut to a
// length a support ticket takes.
const secret =
  /\b(pass(?:word|wd)?|pwd|secret|token|api[_-]?key)(\s*[:=]\s*)("[^"]*"|'[^']*'|\S+)|(비밀번호|암호)(\s*[:=]?\s*)(\S+)/gi;

export const REPORT_MESSAGE_CHARS = 6_000;

export function redactSecrets(text: string): string {
  return text.replace(secret, (_all, key, sep, _value, koKey, koSep) =>
    key ? `${key}${sep}[…]` : `${koKey}${koSep}[…]`,
  );
}

/** The message for the report: secrets out, and no longer than a ticket takes (the rest is counted). */
export function messageForReport(text: string, more: (n: number) => string): string {
  const clean = redactSecrets(text.trim());
  return clean.length <= REPORT_MESSAGE_CHARS
    ? clean
    : `${clean.slice(0, REPORT_MESSAGE_CHARS)}… ${more(clean.length - REPORT_MESSAGE_CHARS)}`;
}
