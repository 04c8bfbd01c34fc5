// The certificates the mail hosts showed. Only a finished handshake has a certificate to judge: a TLS
// step that timed out is silence, never a certificate problem. An expired, self-signed or foreign
// certificate is `certificate-invalid` (SPEC §3), not the customer's SSL setting.
import {
  certificateNames,
  certificateProblem,
  type CertificateProblem,
  type ProbeEvent,
} from "../check-view";
import type { Facts } from "../facts";
import { judgedHosts } from "./hosts";
import { listOf, rule, type Effects } from "./rule";

const ports = (probes: ProbeEvent[]) => listOf(probes.map((p) => p.port).sort((a, b) => a - b));

function withProblem(f: Facts, problems: readonly CertificateProblem[]) {
  return judgedHosts(f).flatMap((host) => {
    const shown = f.check.probes(host).filter((p) => {
      const problem = certificateProblem(p);
      return problem !== null && problems.includes(problem);
    });
    return shown.length > 0 ? [{ host, shown }] : [];
  });
}

/** A sure cause when the customer's own server shows it, or nothing anywhere has a valid certificate. */
function weight(f: Facts, hosts: string[]): Effects {
  const trustedSomewhere = f.check
    .probes()
    .some((p) => p.tls?.version && p.tls.authorized && p.tls.hostnameMatch && p.status === "open");
  const theirs = f.current.host !== undefined && hosts.includes(f.current.host);
  return { "certificate-invalid": theirs || !trustedSomewhere ? 0.6 : 0.2 };
}

export const certificateRules = [
  rule({
    id: "tls-expired",
    severity: "fail",
    when: (f) =>
      withProblem(f, ["expired"]).map(({ host, shown }) => ({
        host,
        ports: ports(shown),
        date: (shown[0]?.tls?.validTo ?? "").slice(0, 10),
      })),
    effects: (f) =>
      weight(
        f,
        withProblem(f, ["expired"]).map((h) => h.host),
      ),
  }),
  rule({
    id: "tls-untrusted",
    severity: "fail",
    when: (f) =>
      withProblem(f, ["self-signed", "unknown-issuer", "other"]).map(({ host, shown }) => {
        const problem = certificateProblem(shown[0]!);
        const key = problem === "self-signed" || problem === "unknown-issuer" ? problem : "other";
        return { host, ports: ports(shown), reason: { word: "tlsReasons", key } as const };
      }),
    effects: (f) =>
      weight(
        f,
        withProblem(f, ["self-signed", "unknown-issuer", "other"]).map((h) => h.host),
      ),
  }),
  rule({
    id: "tls-wrong-name",
    severity: "fail",
    when: (f) =>
      withProblem(f, ["wrong-name"]).map(({ host, shown }) => ({
        host,
        ports: ports(shown),
        names: certificateNames(shown[0]!).slice(0, 3).join(", "),
      })),
    effects: (f) =>
      weight(
        f,
        withProblem(f, ["wrong-name"]).map((h) => h.host),
      ),
  }),
  rule({
    // The handshake itself failed (not a timeout): the port does not speak the TLS it should.
    id: "tls-failed",
    severity: "warn",
    when: (f) =>
      judgedHosts(f).flatMap((host) => {
        const failed = f.check.probes(host).filter((p) => p.step === "tls" && p.status === "error");
        return failed.length > 0 ? [{ host, ports: ports(failed) }] : [];
      }),
    effects: { "tls-mismatch": 0.1 },
  }),
];
