import tls from "node:tls";
import { describe, expect, it } from "vitest";
import { factsOf, type TlsSeen } from "./tls-facts";

const seen = (subjectAltName: string, commonName: string | null = "mx.hosting.test"): TlsSeen => ({
  version: "TLSv1.3",
  chainTrusted: true,
  chainError: null,
  cert: { commonName, subjectAltName, issuer: "Rig CA", validTo: "Dec 11 22:15:00 2026 GMT" },
});
const hosting = seen(
  "DNS:mx.hosting.test, DNS:MX.Shared-1.test, DNS:*.wild.test, DNS:mail.shared-2.test., IP Address:192.0.2.1",
);
const cnOnly = seen("", "mail.example.test");

describe("a certificate judged for one host name", () => {
  it.each([
    [hosting, "mx.shared-1.test"],
    [hosting, "mail.shared-2.test"],
    [hosting, "a.wild.test"],
    [hosting, "a.b.wild.test"],
    [hosting, "wild.test"],
    [hosting, "shared-1.test"],
    [hosting, "192.0.2.1"],
    [cnOnly, "mail.example.test"],
    [cnOnly, "mx.example.test"],
  ])("agrees with Node's checkServerIdentity (%#: %s)", (facts, host) => {
    const cert = facts.cert!;
    const node = !tls.checkServerIdentity(host, {
      subject: cert.commonName ? { CN: cert.commonName } : {},
      subjectaltname: cert.subjectAltName,
    } as tls.PeerCertificate);
    // Asked twice: the remembered answer is the same.
    expect(factsOf(facts, host).hostnameMatch).toBe(node);
    expect(factsOf(facts, host).hostnameMatch).toBe(node);
  });

  it("the chain verdict is the handshake's; a wrong name is an error of its own", () => {
    expect(factsOf(hosting, "mx.hosting.test")).toMatchObject({ authorized: true, error: null });
    expect(factsOf(hosting, "mx.other.test")).toMatchObject({
      authorized: false,
      hostnameMatch: false,
      error: "ERR_TLS_CERT_ALTNAME_INVALID",
    });
  });

  it("shows names, issuer and expiry as plain text", () => {
    const spoof = seen(
      "DNS:mx\u200B.hosting.test, DNS:\u202Etset.evil, DNS:ok.test",
      "mx\u200B.hosting.test",
    );
    expect(factsOf(spoof, "ok.test")).toMatchObject({
      subject: "mx.hosting.test",
      altNames: ["mx.hosting.test", "tset.evil", "ok.test"],
      issuer: "Rig CA",
      validTo: "2026-12-11T22:15:00.000Z",
      hostnameMatch: true,
    });
    // Matching uses the names as the server sent them: the hidden character makes it another name.
    expect(factsOf(spoof, "mx.hosting.test").hostnameMatch).toBe(false);
  });
});
