// The TLS facts of SPEC §2 from a finished handshake: version, whether a mail program would trust the
// certificate (chain against Node's CA store, which honours NODE_EXTRA_CA_CERTS, and the host name),
// the reason when not, and the certificate's names, issuer and expiry, as plain text.
import "server-only";
import tls from "node:tls";
import { budgets } from "./budgets";

export type TlsInfo = {
  version: string | null;
  authorized: boolean;
  error: string | null;
  subject: string | null;
  altNames: string[];
  issuer: string | null;
  validTo: string | null;
  hostnameMatch: boolean;
};

const text = (value: string | string[] | undefined): string | null => {
  const first = Array.isArray(value) ? value[0] : value;
  return first ? first.slice(0, 253) : null;
};

export function tlsFacts(
  socket: tls.TLSSocket,
  host: string,
): { info: TlsInfo; cert: tls.PeerCertificate | null } {
  const peer = socket.getPeerCertificate(false);
  const cert = peer && Object.keys(peer).length > 0 ? peer : null;
  return {
    info: factsOf(cert, host, socket.getProtocol(), socket.authorized, socket.authorizationError),
    cert,
  };
}

/** Also used for a second host name served by the same address and port (the name match differs). */
export function factsOf(
  cert: tls.PeerCertificate | null,
  host: string,
  version: string | null,
  chainTrusted: boolean,
  chainError: Error | string | undefined,
): TlsInfo {
  const nameError = cert ? tls.checkServerIdentity(host, cert) : new Error("no certificate");
  const hostnameMatch = !nameError;
  const chainReason = chainError ? String((chainError as { code?: string }).code ?? chainError) : null;
  const validTo = cert?.valid_to ? new Date(cert.valid_to) : null;
  return {
    version,
    authorized: chainTrusted && hostnameMatch,
    error: chainReason ?? (hostnameMatch ? null : "ERR_TLS_CERT_ALTNAME_INVALID"),
    subject: text(cert?.subject?.CN),
    altNames: (cert?.subjectaltname ?? "")
      .split(", ")
      .filter((entry) => entry.startsWith("DNS:"))
      .map((entry) => entry.slice(4, 4 + 253))
      .slice(0, 20),
    issuer: text(cert?.issuer?.CN) ?? text(cert?.issuer?.O),
    validTo: validTo && !Number.isNaN(validTo.getTime()) ? validTo.toISOString() : null,
    hostnameMatch,
  };
}

export const emptyTls = (error: string): TlsInfo => ({
  version: null,
  authorized: false,
  error: error.slice(0, budgets.lineBytes),
  subject: null,
  altNames: [],
  issuer: null,
  validTo: null,
  hostnameMatch: false,
});
