// A signed profile, end to end: MAILDOC_PROFILE_CERT/KEY hold a certificate issued by the rig's test CA
// (e2e/rig/certs.ts), GET /api/setup/apple answers CMS SignedData, and `openssl smime -verify` accepts it
// against that CA and gives back the very profile.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { makeCert } from "@/e2e/rig/certs";
import { rigPath } from "@/e2e/rig/paths";
import { GET as apple } from "@/app/api/setup/apple/route";
import { headersFor, plistOf } from "@/lib/testing/setup-requests";

const work = mkdtempSync(join(tmpdir(), "maildoc-signed-"));

beforeAll(() => {
  const rig = inject("rig");
  process.env.MAILDOC_DNS_SERVERS = rig.dnsServer;
  process.env.MAILDOC_ALLOW_CIDRS = rig.allowCidrs;
  process.env.MAILDOC_TRUST_PROXY = "1";
  const signer = makeCert(rigPath("certs"), "profile-signer", "valid", ["profiles.maildoc.test"]);
  process.env.MAILDOC_PROFILE_CERT = signer.chain;
  process.env.MAILDOC_PROFILE_KEY = signer.key;
});

describe("signed Apple profile", () => {
  it("verifies with openssl smime -verify against the test CA and holds the profile", async () => {
    const response = await apple(
      new Request("http://localhost/api/setup/apple?email=kim@good.test&lang=en", {
        headers: headersFor("198.51.100.70"),
      }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/x-apple-aspen-config");
    const der = Buffer.from(await response.arrayBuffer());
    expect(der.toString("latin1")).not.toMatch(/^<\?xml/);
    writeFileSync(join(work, "profile.der"), der);
    execFileSync(
      "openssl",
      [
        "smime",
        "-verify",
        "-inform",
        "DER",
        "-in",
        "profile.der",
        "-CAfile",
        inject("rig").caFile,
        "-out",
        "content.xml",
      ],
      { cwd: work, stdio: ["ignore", "ignore", "pipe"] },
    );
    const profile = plistOf(readFileSync(join(work, "content.xml"), "utf8"));
    expect(profile).toMatchObject({ PayloadType: "Configuration", PayloadDisplayName: "good.test mail" });
    expect(profile.PayloadContent).toMatchObject([
      { IncomingMailServerHostName: "mail.good.test", OutgoingMailServerPortNumber: 465 },
    ]);
  });

  it("is refused by openssl when the content is changed", async () => {
    const response = await apple(
      new Request("http://localhost/api/setup/apple?email=kim@good.test", {
        headers: headersFor("198.51.100.71"),
      }),
    );
    const der = Buffer.from(await response.arrayBuffer());
    const at = der.indexOf("mail.good.test");
    expect(at).toBeGreaterThan(0);
    der.write("mail.evil.test", at, "latin1");
    writeFileSync(join(work, "tampered.der"), der);
    expect(() =>
      execFileSync(
        "openssl",
        [
          "smime",
          "-verify",
          "-inform",
          "DER",
          "-in",
          "tampered.der",
          "-CAfile",
          inject("rig").caFile,
          "-out",
          "x",
        ],
        { cwd: work, stdio: ["ignore", "ignore", "pipe"] },
      ),
    ).toThrow();
  });
});
