// The environment of SPEC §5, parsed once with zod; a bad value stops the server with a clear message.
import "server-only";
import { hostname } from "node:os";
import { z } from "zod";
import { readSigningIdentity, type SigningIdentity } from "@/lib/setup/signing-identity";

const envSchema = z.object({
  MAILDOC_DNS_SERVERS: z
    .string()
    .optional()
    .transform((v) =>
      v
        ? v
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean)
        : [],
    ),
  MAILDOC_ALLOW_CIDRS: z
    .string()
    .optional()
    .transform((v) =>
      v
        ? v
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean)
        : [],
    ),
  MAILDOC_EHLO_NAME: z
    .string()
    .regex(/^[A-Za-z0-9.-]{1,253}$/, "must be a host name")
    .optional(),
  MAILDOC_TRUST_PROXY: z.enum(["0", "1"]).default("0"),
  MAILDOC_FRAME_ANCESTORS: z.string().default("'self'"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // SPEC §8: domains whose setup documents are served (empty: any the live check may check).
  MAILDOC_SETUP_DOMAINS: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(",").map((s) => s.trim().toLowerCase().replace(/\.$/, "")) : []))
    .transform((list) => list.filter(Boolean)),
  // Apple profiles are signed when both are set: a PEM file path or PEM text (lib/setup/signing-identity.ts).
  MAILDOC_PROFILE_CERT: z.string().optional(),
  MAILDOC_PROFILE_KEY: z.string().optional(),
});

export type ServerEnv = {
  dnsServers: string[];
  allowCidrs: string[];
  ehloName: string;
  trustProxy: boolean;
  frameAncestors: string;
  port: number;
  setupDomains: string[];
  profileSigning: SigningIdentity | null;
};

let cached: ServerEnv | undefined;

export function serverEnv(source: NodeJS.ProcessEnv = process.env): ServerEnv {
  if (cached && source === process.env) return cached;
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid Mail Doctor configuration: ${detail}`);
  }
  const env = parsed.data;
  const result: ServerEnv = {
    dnsServers: env.MAILDOC_DNS_SERVERS,
    allowCidrs: env.MAILDOC_ALLOW_CIDRS,
    ehloName: env.MAILDOC_EHLO_NAME ?? (hostname().replace(/[^A-Za-z0-9.-]/g, "") || "localhost"),
    trustProxy: env.MAILDOC_TRUST_PROXY === "1",
    frameAncestors: env.MAILDOC_FRAME_ANCESTORS,
    port: env.PORT,
    setupDomains: env.MAILDOC_SETUP_DOMAINS,
    profileSigning: signingFrom(env.MAILDOC_PROFILE_CERT, env.MAILDOC_PROFILE_KEY),
  };
  if (source === process.env) cached = result;
  return result;
}

function signingFrom(cert: string | undefined, key: string | undefined): SigningIdentity | null {
  if (!cert && !key) return null;
  if (!cert || !key)
    throw new Error(
      `Invalid Mail Doctor configuration: ${cert ? "MAILDOC_PROFILE_KEY" : "MAILDOC_PROFILE_CERT"}: set both or neither`,
    );
  try {
    return readSigningIdentity(cert, key);
  } catch (error) {
    throw new Error(`Invalid Mail Doctor configuration: ${(error as Error).message}`);
  }
}
