// The certificate and key that sign Apple profiles (MAILDOC_PROFILE_CERT / MAILDOC_PROFILE_KEY): a PEM
// file path or the PEM text itself. Read and checked once at start-up (lib/env.ts), so a wrong file stops
// the server with the variable's name instead of failing the first download.
import "server-only";
import { X509Certificate, createPrivateKey, type KeyObject } from "node:crypto";
import { readFileSync } from "node:fs";

export type SigningIdentity = {
  /** DER certificates, the signer first, then any intermediates (sent along so devices can build the chain). */
  certificates: Uint8Array<ArrayBuffer>[];
  key: KeyObject;
};

const pemBlock = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
const curves = new Set(["prime256v1", "secp384r1", "secp521r1"]);

function pemOf(variable: string, value: string): string {
  if (value.trimStart().startsWith("-----BEGIN")) return value;
  try {
    return readFileSync(value, "utf8");
  } catch {
    throw new Error(`${variable}: cannot read the file ${value}`);
  }
}

export function readSigningIdentity(certValue: string, keyValue: string, now = new Date()): SigningIdentity {
  const certificates = (pemOf("MAILDOC_PROFILE_CERT", certValue).match(pemBlock) ?? []).map((pem) => {
    try {
      return new X509Certificate(pem);
    } catch {
      throw new Error("MAILDOC_PROFILE_CERT: a certificate in it cannot be read");
    }
  });
  const signer = certificates[0];
  if (!signer) throw new Error("MAILDOC_PROFILE_CERT: holds no PEM certificate");
  if (new Date(signer.validTo) < now)
    throw new Error(`MAILDOC_PROFILE_CERT: the certificate expired on ${signer.validTo}`);
  let key: KeyObject;
  try {
    key = createPrivateKey(pemOf("MAILDOC_PROFILE_KEY", keyValue));
  } catch (error) {
    if (error instanceof Error && error.message.startsWith("MAILDOC_")) throw error;
    throw new Error("MAILDOC_PROFILE_KEY: not an unencrypted PEM private key");
  }
  const curve = key.asymmetricKeyDetails?.namedCurve;
  if (key.asymmetricKeyType !== "rsa" && !(key.asymmetricKeyType === "ec" && curve && curves.has(curve)))
    throw new Error("MAILDOC_PROFILE_KEY: use an RSA or an EC (P-256, P-384, P-521) key");
  if (!signer.checkPrivateKey(key))
    throw new Error("MAILDOC_PROFILE_KEY: does not belong to the first certificate of MAILDOC_PROFILE_CERT");
  return { certificates: certificates.map((c) => new Uint8Array(c.raw)), key };
}
