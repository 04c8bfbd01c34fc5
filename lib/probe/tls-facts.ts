// The TLS facts of SPEC §2 from a finished handshake: version, whether a mail program would trust the
// certificate (chain against Node's CA store, which honours NODE_EXTRA_CA_CERTS, and the host name),
// the reason when not, and the certificate's names, issuer and expiry, as plain text.
// What a handshake showed is kept as plain data (`TlsSeen`), so that a probe shared by several checks
// (another host name on the same address) can be judged again for that name, in this process or elsewhere.
import "server-only";
import tls from "node:tls";
import { budgets } from "./budgets";
import { plainText } from "./plain-text";

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

/** The parts of a certificate the facts are made of, as the server sent them (names unfiltered for matching). */
export type CertNames = {
  commonName: string | null;
  subjectAltName: string;
  issuer: string | null;
  validTo: string | null;
};
export type TlsSeen = {
  version: string | null;
  chainTrusted: boolean;
  chainError: string | null;
  cert: CertNames | null;
};

const first = (value: string | string[] | undefined): string | null => {
  const one = Array.isArray(value) ? value[0] : value;
  return one ? one.slice(0, 1_024) : null;
};
const shown = (value: string | null) => (value ? plainText(value).slice(0, 253) || null : null);

export function tlsSeen(socket: tls.TLSSocket): TlsSeen {
  const peer = socket.getPeerCertificate(false);
  const cert: CertNames | null =
    peer && Object.keys(peer).length > 0
      ? {
          commonName: first(peer.subject?.CN),
          subjectAltName: (peer.subjectaltname ?? "").slice(0, 16 * 1_024),
          issuer: first(peer.issuer?.CN) ?? first(peer.issuer?.O),
          validTo: peer.valid_to ?? null,
        }
      : null;
  const error = socket.authorizationError as (Error & { code?: string }) | string | undefined;
  return {
    version: socket.getProtocol(),
    chainTrusted: socket.authorized,
    chainError: error ? String(typeof error === "string" ? error : (error.code ?? error.message)) : null,
    cert,
  };
}

/** The facts for one host name: the chain verdict is the handshake's, the name match is this name's. */
export function factsOf(seen: TlsSeen, host: string): TlsInfo {
  const { cert } = seen;
  // checkServerIdentity reads only the subject's CN and subjectaltname (RFC 6125 matching).
  const nameError = cert
    ? tls.checkServerIdentity(host, {
        subject: cert.commonName ? { CN: cert.commonName } : {},
        subjectaltname: cert.subjectAltName,
      } as tls.PeerCertificate)
    : new Error("no certificate");
  const hostnameMatch = !nameError;
  const validTo = cert?.validTo ? new Date(cert.validTo) : null;
  return {
    version: seen.version,
    authorized: seen.chainTrusted && hostnameMatch,
    error: seen.chainError ?? (hostnameMatch ? null : "ERR_TLS_CERT_ALTNAME_INVALID"),
    subject: shown(cert?.commonName ?? null),
    altNames: (cert?.subjectAltName ?? "")
      .split(", ")
      .filter((entry) => entry.startsWith("DNS:"))
      .slice(0, 20)
      .flatMap((entry) => shown(entry.slice(4)) ?? []),
    issuer: shown(cert?.issuer ?? null),
    validTo: validTo && !Number.isNaN(validTo.getTime()) ? validTo.toISOString() : null,
    hostnameMatch,
  };
}

export const emptyTls = (error: string): TlsInfo => ({
  version: null,
  authorized: false,
  error: plainText(error).slice(0, budgets.lineBytes),
  subject: null,
  altNames: [],
  issuer: null,
  validTo: null,
  hostnameMatch: false,
});
