// Test certificates made with the openssl command at rig start-up: a test CA, and per mail host a
// certificate that is valid for its names, expired, self-signed, or made out for another name.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { rigPath } from "./paths";

export type CertKind = "valid" | "expired" | "self-signed" | "wrong-name";
export type CertFiles = { key: string; chain: string };

const openssl = (args: string[], cwd: string) =>
  execFileSync("openssl", args, { cwd, stdio: ["ignore", "ignore", "pipe"] });

const caConfig = `[ ca ]
default_ca = rig
[ rig ]
dir = .
database = index.txt
serial = serial
new_certs_dir = issued
certificate = ca.pem
private_key = ca.key
default_md = sha256
policy = any
unique_subject = no
rand_serial = yes
copy_extensions = none
[ any ]
commonName = supplied
`;

/**
 * The test CA, kept between runs (e2e/.rig/certs/ca.pem): Node reads NODE_EXTRA_CA_CERTS once at process
 * start, so a server started before the rig must find the same CA the rig signs with. Renewed when it
 * has less than a week left.
 */
export function ensureRigCa(): { dir: string; caFile: string } {
  const dir = rigPath("certs");
  const caFile = `${dir}/ca.pem`;
  mkdirSync(`${dir}/issued`, { recursive: true });
  writeFileSync(`${dir}/ca.cnf`, caConfig);
  if (!existsSync(`${dir}/index.txt`)) writeFileSync(`${dir}/index.txt`, "");
  if (!existsSync(`${dir}/serial`)) writeFileSync(`${dir}/serial`, "1000\n");
  if (existsSync(caFile) && existsSync(`${dir}/ca.key`) && caValidForAWeek(caFile, dir))
    return { dir, caFile };
  const ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes"];
  openssl(
    [
      "req",
      "-x509",
      ...ec,
      "-keyout",
      "ca.key",
      "-out",
      "ca.pem",
      "-days",
      "365",
      "-subj",
      "/O=Mail Doctor rig/CN=Mail Doctor Test CA",
    ],
    dir,
  );
  return { dir, caFile };
}

function caValidForAWeek(caFile: string, dir: string): boolean {
  try {
    openssl(["x509", "-in", caFile, "-noout", "-checkend", String(7 * 24 * 3600)], dir);
    return true;
  } catch {
    return false;
  }
}

/** A key and certificate chain for `names` (the first one is the CN), of the given kind. */
export function makeCert(dir: string, id: string, kind: CertKind, names: string[]): CertFiles {
  const shown = kind === "wrong-name" ? ["www.another-host.test"] : names;
  const cn = shown[0] ?? "rig.test";
  const key = `${dir}/${id}.key`;
  const cert = `${dir}/${id}.pem`;
  const chain = `${dir}/${id}-chain.pem`;
  writeFileSync(`${dir}/${id}.ext`, `subjectAltName=${shown.map((n) => `DNS:${n}`).join(",")}\n`);
  const ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes"];
  if (kind === "self-signed") {
    openssl(
      [
        "req",
        "-x509",
        ...ec,
        "-keyout",
        key,
        "-out",
        cert,
        "-days",
        "30",
        "-subj",
        `/CN=${cn}`,
        "-addext",
        `subjectAltName=${shown.map((n) => `DNS:${n}`).join(",")}`,
      ],
      dir,
    );
    execFileSync("sh", ["-c", `cat ${cert} > ${chain}`]);
    return { key, chain };
  }
  openssl(["req", ...ec, "-keyout", key, "-out", `${id}.csr`, "-subj", `/CN=${cn}`], dir);
  // `openssl ca` accepts explicit dates, which is how an already expired certificate is made.
  const dates =
    kind === "expired" ? ["-startdate", "20200101000000Z", "-enddate", "20210101000000Z"] : ["-days", "30"];
  openssl(
    [
      "ca",
      "-batch",
      "-config",
      "ca.cnf",
      "-notext",
      "-in",
      `${id}.csr`,
      "-out",
      cert,
      "-extfile",
      `${id}.ext`,
      ...dates,
    ],
    dir,
  );
  execFileSync("sh", ["-c", `cat ${cert} ca.pem > ${chain}`], { cwd: dir });
  return { key, chain };
}
