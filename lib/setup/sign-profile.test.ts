// Profile signing with an RSA identity of its own CA (the rig's CA is EC: the rig test covers that),
// and the start-up checks of MAILDOC_PROFILE_CERT / MAILDOC_PROFILE_KEY.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { serverEnv } from "@/lib/env";
import { signProfile } from "./sign-profile";
import { readSigningIdentity } from "./signing-identity";

const dir = mkdtempSync(join(tmpdir(), "maildoc-sign-"));
const openssl = (...args: string[]) =>
  execFileSync("openssl", args, { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });

beforeAll(() => {
  openssl(
    "req",
    "-x509",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-keyout",
    "ca.key",
    "-out",
    "ca.pem",
    "-days",
    "2",
    "-subj",
    "/CN=Sign Test CA",
  );
  openssl(
    "req",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-keyout",
    "signer.key",
    "-out",
    "signer.csr",
    "-subj",
    "/CN=profiles.example",
  );
  openssl(
    "x509",
    "-req",
    "-in",
    "signer.csr",
    "-CA",
    "ca.pem",
    "-CAkey",
    "ca.key",
    "-CAcreateserial",
    "-out",
    "signer.pem",
    "-days",
    "2",
  );
  openssl("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", "other.key");
  writeFileSync(
    join(dir, "chain.pem"),
    readFileSync(join(dir, "signer.pem"), "utf8") + readFileSync(join(dir, "ca.pem"), "utf8"),
  );
});

describe("signProfile", () => {
  it("makes DER SignedData that openssl verifies against the CA, with the profile inside", async () => {
    const identity = readSigningIdentity(join(dir, "chain.pem"), join(dir, "signer.key"));
    expect(identity.certificates).toHaveLength(2);
    const profile =
      '<?xml version="1.0"?><plist version="1.0"><dict><key>A</key><string>한국어</string></dict></plist>';
    writeFileSync(join(dir, "signed.der"), await signProfile(new TextEncoder().encode(profile), identity));
    openssl(
      "smime",
      "-verify",
      "-inform",
      "DER",
      "-in",
      "signed.der",
      "-CAfile",
      "ca.pem",
      "-out",
      "out.xml",
    );
    expect(readFileSync(join(dir, "out.xml"), "utf8")).toBe(profile);
    // The signer's certificate travels inside, so a device needs only the root.
    const printed = openssl(
      "pkcs7",
      "-inform",
      "DER",
      "-in",
      "signed.der",
      "-print_certs",
      "-noout",
    ).toString();
    expect(printed).toMatch(/subject=CN ?= ?profiles.example/);
  });

  it("accepts PEM text as well as a file path", () => {
    const pem = readFileSync(join(dir, "signer.pem"), "utf8");
    const key = readFileSync(join(dir, "signer.key"), "utf8");
    expect(readSigningIdentity(pem, key).certificates).toHaveLength(1);
  });
});

describe("MAILDOC_PROFILE_CERT / MAILDOC_PROFILE_KEY at start-up", () => {
  const env = (extra: Record<string, string>) => () => serverEnv({ ...extra } as NodeJS.ProcessEnv);

  it("signs nothing when neither is set", () => {
    expect(env({})().profileSigning).toBeNull();
  });

  it.each([
    [{ MAILDOC_PROFILE_CERT: "x.pem" }, "MAILDOC_PROFILE_KEY: set both or neither"],
    [{ MAILDOC_PROFILE_KEY: "x.key" }, "MAILDOC_PROFILE_CERT: set both or neither"],
    [
      { MAILDOC_PROFILE_CERT: "/nonexistent.pem", MAILDOC_PROFILE_KEY: "k" },
      "MAILDOC_PROFILE_CERT: cannot read",
    ],
  ])("stops with the variable's name: %j", (vars, message) => {
    expect(env(vars)).toThrow(message);
  });

  it("refuses a key that does not belong to the certificate, and an expired certificate", () => {
    expect(() => readSigningIdentity(join(dir, "chain.pem"), join(dir, "other.key"))).toThrow(
      "MAILDOC_PROFILE_KEY: does not belong to the first certificate",
    );
    expect(() =>
      readSigningIdentity(join(dir, "chain.pem"), join(dir, "signer.key"), new Date("2100-01-01")),
    ).toThrow("MAILDOC_PROFILE_CERT: the certificate expired");
    expect(() => readSigningIdentity(join(dir, "signer.key"), join(dir, "signer.key"))).toThrow(
      "MAILDOC_PROFILE_CERT: holds no PEM certificate",
    );
  });
});
