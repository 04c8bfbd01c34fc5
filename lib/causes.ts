// Cause ids of SPEC §3: stable, shared by the parser, the diagnosis, the fix guides and the tests.
export const causeIds = [
  "server-not-found",
  "wrong-server-name",
  "connection-refused",
  "connection-timeout",
  "port25-blocked",
  "connection-dropped",
  "local-network-broken",
  "no-internet",
  "server-down",
  "domain-dns-broken",
  "tls-mismatch",
  "certificate-invalid",
  "tls-required",
  "wrong-password",
  "app-password-required",
  "auth-method-mismatch",
  "smtp-auth-required",
  "sender-not-allowed",
  "recipient-unknown",
  "recipient-mailbox-full",
  "send-limit-exceeded",
  "message-too-large",
  "ip-blocklisted",
  "sender-domain-unauthenticated",
  "spam-rejected",
  "greylisted",
  "server-busy",
  "mailbox-locked",
  "polling-too-often",
  "antivirus-interference",
  "data-file-problem",
  "account-disabled",
  "windows-mail-app",
  "protocol-retired",
] as const;
export type CauseId = (typeof causeIds)[number];

export function isCauseId(value: unknown): value is CauseId {
  return typeof value === "string" && (causeIds as readonly string[]).includes(value);
}

/** Causes whose fix is a setting in the mail program: these get per-program pictures (issue: fix guides). */
export const settingCauseIds = [
  "server-not-found",
  "wrong-server-name",
  "connection-refused",
  "connection-timeout",
  "port25-blocked",
  "tls-mismatch",
  "certificate-invalid",
  "tls-required",
  "wrong-password",
  "app-password-required",
  "auth-method-mismatch",
  "smtp-auth-required",
  "antivirus-interference",
  "sender-not-allowed",
  "polling-too-often",
] as const satisfies readonly CauseId[];
