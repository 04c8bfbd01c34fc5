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

const shown = (value: string | null) => (value ? plainText(value).slice(0, 253) || null : null);
/** The values of one attribute in an X.509 name as Node prints it ("C=KR\nO=Example\nCN=mx.example.com"). */
const attribute = (name: string, key: string) =>
  name
    .split("\n")
    .filter((line) => line.startsWith(`${key}=`))
    .map((line) => line.slice(key.length + 1).slice(0, 1_024));

export function tlsSeen(socket: tls.TLSSocket): TlsSeen {
  // The X509Certificate object reads fields when asked (getPeerCertificate() builds every one of them).
  const peer = socket.getPeerX509Certificate();
  const cert: CertNames | null = peer
    ? {
        commonName: attribute(peer.subject, "CN")[0] ?? null,
        subjectAltName: (peer.subjectAltName ?? "").slice(0, 16 * 1_024),
        issuer: attribute(peer.issuer, "CN")[0] ?? attribute(peer.issuer, "O")[0] ?? null,
        validTo: peer.validTo ?? null,
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

// Name matching (RFC 6125, Node's checkServerIdentity) walks every name of the certificate: one hosting
// certificate with hundreds of customer names, judged for every name of every check on every port, adds up.
// A name listed as it is among the certificate's DNS names matches (checkServerIdentity would agree); any
// other name is left to checkServerIdentity, and each answer is remembered for that certificate.
const dnsNamesOf = new WeakMap<CertNames, Set<string>>();
const answersOf = new WeakMap<CertNames, Map<string, boolean>>();
const bare = (name: string) => name.toLowerCase().replace(/\.$/, "");

function matchesName(cert: CertNames, host: string): boolean {
  let names = dnsNamesOf.get(cert);
  if (!names) {
    names = new Set(
      cert.subjectAltName
        .split(", ")
        .filter((entry) => entry.startsWith("DNS:") && !entry.includes("*"))
        .map((entry) => bare(entry.slice(4))),
    );
    dnsNamesOf.set(cert, names);
  }
  if (names.has(bare(host))) return true;
  let answers = answersOf.get(cert);
  if (!answers) answersOf.set(cert, (answers = new Map()));
  let match = answers.get(host);
  if (match === undefined) {
    // checkServerIdentity reads only the subject's CN and subjectaltname.
    const peer = {
      subject: cert.commonName ? { CN: cert.commonName } : {},
      subjectaltname: cert.subjectAltName,
    };
    match = !tls.checkServerIdentity(host, peer as tls.PeerCertificate);
    if (answers.size < 1_000) answers.set(host, match);
  }
  return match;
}

type Shown = Pick<TlsInfo, "subject" | "altNames" | "issuer" | "validTo">;
// What is shown of a certificate is the same for every host name: made once per handshake seen.
const shownOf = new WeakMap<TlsSeen, Shown>();
function shownFacts(seen: TlsSeen): Shown {
  let facts = shownOf.get(seen);
  if (!facts) {
    const { cert } = seen;
    const validTo = cert?.validTo ? new Date(cert.validTo) : null;
    facts = {
      subject: shown(cert?.commonName ?? null),
      altNames: (cert?.subjectAltName ?? "")
        .split(", ", 64)
        .filter((entry) => entry.startsWith("DNS:"))
        .slice(0, 20)
        .flatMap((entry) => shown(entry.slice(4)) ?? []),
      issuer: shown(cert?.issuer ?? null),
      validTo: validTo && !Number.isNaN(validTo.getTime()) ? validTo.toISOString() : null,
    };
    shownOf.set(seen, facts);
  }
  return facts;
}

/** The facts for one host name: the chain verdict is the handshake's, the name match is this name's. */
export function factsOf(seen: TlsSeen, host: string): TlsInfo {
  const hostnameMatch = seen.cert !== null && matchesName(seen.cert, host);
  const { subject, altNames, issuer, validTo } = shownFacts(seen);
  return {
    version: seen.version,
    authorized: seen.chainTrusted && hostnameMatch,
    error: seen.chainError ?? (hostnameMatch ? null : "ERR_TLS_CERT_ALTNAME_INVALID"),
    subject,
    altNames: [...altNames],
    issuer,
    validTo,
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
