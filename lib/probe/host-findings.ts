// Findings about one mail host, from its probes: blocked, down, silent or foreign ports, certificate
// problems (decoded into words, never raw error codes), no encryption, no login on submission.
import "server-only";
import type { Report } from "./findings-report";
import type { ProbeEvent } from "./port-probe";
import { addressKind } from "./special-ranges";
import { works } from "./working-settings";

export type HostVerdict = "blocked" | "down" | "answering";

// Node's certificate verification codes (https://nodejs.org/api/tls.html, OpenSSL X509_V_ERR_*).
const tlsReasonOf: Record<string, "self-signed" | "unknown-issuer"> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: "self-signed",
  SELF_SIGNED_CERT_IN_CHAIN: "self-signed",
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "unknown-issuer",
  UNABLE_TO_GET_ISSUER_CERT: "unknown-issuer",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "unknown-issuer",
  CERT_UNTRUSTED: "unknown-issuer",
};
const portsOf = (events: ProbeEvent[]) => [...new Set(events.map((e) => e.port))].join(", ");

/** Did every port we tried refuse, time out or reset without ever greeting? */
export function isDown(events: ProbeEvent[]): boolean {
  const tried = events.filter(
    (e) => e.status !== "blocked" && e.status !== "skipped" && e.step !== "queued" && e.step !== "skipped",
  );
  return (
    tried.length > 0 &&
    tried.every((e) => ["refused", "timeout", "reset"].includes(e.status) && e.banner === null)
  );
}

export type HostContext = {
  allHostsBlocked: boolean;
  allHostsDown: boolean;
  encryptionWorksSomewhere: boolean;
};

export function hostFindings(
  report: Report,
  host: string,
  events: ProbeEvent[],
  context: HostContext,
): HostVerdict {
  const blocked = events.find((e) => e.status === "blocked");
  // A host whose other address was probed is judged by that address (SPEC §6 multi-address hosts).
  if (blocked && events.every((e) => e.status === "blocked")) {
    const kind = report.texts.addressKinds[addressKind(blocked.detail ?? "")];
    const message = report.say("address-blocked", "fail", { host, ip: blocked.ip, kind });
    if (context.allHostsBlocked) report.blame("domain-dns-broken", 0.6, message);
    return "blocked";
  }
  const untried = events.filter((e) => e.step === "skipped");
  if (untried.length > 0) report.say("ports-untried", "warn", { host, ports: portsOf(untried) });
  if (isDown(events)) {
    const message = report.say("server-down", context.allHostsDown ? "fail" : "warn", { host });
    report.blame("server-down", context.allHostsDown ? 0.8 : 0.3, message);
    return "down";
  }
  const silent = events.filter(
    (e) => e.status === "timeout" && (e.step === "greeting" || (e.step === "tls" && e.banner === null)),
  );

  if (silent.length > 0) report.say("ports-silent", "warn", { host, ports: portsOf(silent) });
  const foreign = events.filter((e) => e.detail === "not-a-mail-greeting");
  if (foreign.length > 0) report.say("not-mail-server", "warn", { host, ports: portsOf(foreign) });
  for (const e of events.filter((e) => e.detail === "greeting-refused"))
    report.blame(
      "server-busy",
      0.3,
      report.say("greeting-refused", "warn", { host, port: e.port, text: e.banner ?? "" }),
    );

  certificateFindings(report, host, events, context.encryptionWorksSomewhere ? 0.3 : 0.6);

  const plain = events.filter(
    (e) => e.status === "open" && e.step === "done" && e.security === "none" && e.port !== 25,
  );
  if (plain.length > 0 && !events.some((e) => works(e) && e.security !== "none"))
    report.say("starttls-missing", "warn", { host, ports: portsOf(plain) });
  const submission = events.find((e) => e.port === 587 && e.status === "open" && e.step === "done");
  if (
    submission &&
    ![...submission.capabilities, ...submission.capabilitiesBeforeTls].some((c) => /^AUTH\b/.test(c))
  )
    report.say("submission-no-auth", "warn", { host, port: 587 });
  return "answering";
}

function certificateFindings(report: Report, host: string, events: ProbeEvent[], confidence: number) {
  const shown = events.filter((e) => e.tls && e.status === "open");
  const expired = shown.filter((e) => e.tls?.error === "CERT_HAS_EXPIRED");
  const untrusted = shown.filter((e) => tlsReasonOf[e.tls?.error ?? ""]);
  const wrongName = shown.filter(
    (e) => !e.tls?.hostnameMatch && !expired.includes(e) && !untrusted.includes(e),
  );
  const failed = events.filter((e) => e.step === "tls" && e.status === "error");
  const blame = (message: string) => report.blame("tls-mismatch", confidence, message);

  const [firstExpired] = expired;
  if (firstExpired)
    blame(
      report.say("tls-expired", "fail", {
        host,
        ports: portsOf(expired),
        date: (firstExpired.tls?.validTo ?? "").slice(0, 10),
      }),
    );
  const [firstUntrusted] = untrusted;
  if (firstUntrusted) {
    const reason = report.texts.tlsReasons[tlsReasonOf[firstUntrusted.tls?.error ?? ""] ?? "other"];
    blame(report.say("tls-untrusted", "fail", { host, ports: portsOf(untrusted), reason }));
  }
  const [firstWrong] = wrongName;
  if (firstWrong) {
    const names = [...new Set([...(firstWrong.tls?.altNames ?? []), firstWrong.tls?.subject ?? ""])].filter(
      Boolean,
    );
    blame(
      report.say("tls-wrong-name", "fail", {
        host,
        ports: portsOf(wrongName),
        names: names.slice(0, 3).join(", "),
      }),
    );
  }
  if (failed.length > 0) blame(report.say("tls-failed", "warn", { host, ports: portsOf(failed) }));
}
