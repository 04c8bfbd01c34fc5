// Signs a profile as CMS SignedData (RFC 5652) with the content inside, DER-encoded, as Apple devices
// expect (they then show the signer as "Verified" when they trust its chain). PKI.js on Node's WebCrypto.
import { createHash, webcrypto } from "node:crypto";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import type { SigningIdentity } from "./signing-identity";

const oid = {
  data: "1.2.840.113549.1.7.1",
  signedData: "1.2.840.113549.1.7.2",
  contentType: "1.2.840.113549.1.9.3",
  messageDigest: "1.2.840.113549.1.9.4",
  signingTime: "1.2.840.113549.1.9.5",
};

const engine = new pkijs.CryptoEngine({ name: "node", crypto: webcrypto as unknown as Crypto });
const keys = new WeakMap<SigningIdentity, Promise<CryptoKey>>();

function cryptoKey(identity: SigningIdentity): Promise<CryptoKey> {
  let key = keys.get(identity);
  if (!key) {
    const der = identity.key.export({ format: "der", type: "pkcs8" });
    const curve = identity.key.asymmetricKeyDetails?.namedCurve;
    const namedCurve = { prime256v1: "P-256", secp384r1: "P-384", secp521r1: "P-521" }[curve ?? ""];
    const algorithm = namedCurve
      ? { name: "ECDSA", namedCurve }
      : { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" };
    key = webcrypto.subtle.importKey("pkcs8", new Uint8Array(der), algorithm, false, [
      "sign",
    ]) as Promise<CryptoKey>;
    keys.set(identity, key);
  }
  return key;
}

export async function signProfile(profile: Uint8Array, identity: SigningIdentity, now = new Date()) {
  const content = new Uint8Array(profile);
  const certificates = identity.certificates.map((der) => pkijs.Certificate.fromBER(der));
  const signer = certificates[0];
  if (!signer) throw new Error("no signing certificate");
  const attribute = (type: string, value: asn1js.AsnType) => new pkijs.Attribute({ type, values: [value] });
  const signedAttrs = new pkijs.SignedAndUnsignedAttributes({
    type: 0,
    attributes: [
      attribute(oid.contentType, new asn1js.ObjectIdentifier({ value: oid.data })),
      attribute(oid.signingTime, new asn1js.UTCTime({ valueDate: now })),
      attribute(
        oid.messageDigest,
        new asn1js.OctetString({ valueHex: new Uint8Array(createHash("sha256").update(content).digest()) }),
      ),
    ],
  });
  const signed = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({
      eContentType: oid.data,
      eContent: new asn1js.OctetString({ valueHex: content }),
    }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: signer.issuer, serialNumber: signer.serialNumber }),
        signedAttrs,
      }),
    ],
    certificates,
  });
  await signed.sign(await cryptoKey(identity), 0, "SHA-256", undefined, engine);
  const info = new pkijs.ContentInfo({ contentType: oid.signedData, content: signed.toSchema(true) });
  return new Uint8Array(info.toSchema().toBER(false));
}
