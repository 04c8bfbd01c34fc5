// The environment of SPEC §5, parsed once with zod. instrumentation.ts parses it when the server starts, so a
// bad value stops `npm start` with a message naming the variable instead of a server whose checks fail later.
import "server-only";
import { hostname } from "node:os";
import * as z from "@/lib/zod";
import { readSigningIdentity, type SigningIdentity } from "@/lib/setup/signing-identity";
import * as field from "./env-fields";

// An empty variable (`MAILDOC_X=` in a unit file or compose file) means the default, as an absent one does.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    schema.optional(),
  );

const envSchema = z.object({
  MAILDOC_DNS_SERVERS: optional(field.dnsServerList),
  MAILDOC_ALLOW_CIDRS: optional(field.cidrList),
  MAILDOC_EHLO_NAME: optional(field.ehloName),
  MAILDOC_TRUST_PROXY: optional(field.flag),
  MAILDOC_FRAME_ANCESTORS: optional(field.frameAncestors),
  PORT: optional(field.port),
  MAILDOC_REDIS_URL: optional(field.redisUrl),
  MAILDOC_SUPPORT_URL: optional(field.webUrl),
  MAILDOC_SUPPORT_PHONE: optional(field.phone),
  MAILDOC_SUPPORT_EMAIL: optional(field.email),
  MAILDOC_ALLOW_ORIGINS: optional(field.originList),
  MAILDOC_SETUP_DOMAINS: optional(field.domainList),
  MAILDOC_METRICS_TOKEN: optional(field.bearerToken),
  // Sign Apple profiles when both are set: a PEM file path or PEM text (lib/setup/signing-identity.ts).
  MAILDOC_PROFILE_CERT: optional(z.string()),
  MAILDOC_PROFILE_KEY: optional(z.string()),
});

export type ServerEnv = {
  /** Resolver addresses for every lookup; empty = the system's resolvers. */
  dnsServers: string[];
  /** Ranges exempt from the target block list (tests and labs). */
  allowCidrs: string[];
  ehloName: string;
  /** Client address from the nearest X-Forwarded-For / Forwarded hop instead of the socket. */
  trustProxy: boolean;
  frameAncestors: string;
  port: number;
  /** Shared store for limits, probe results and the check cache (issue 14); null = this process only. */
  redisUrl: string | null;
  /** The hosting company's own support contact, where the wizard gives up. */
  support: { url: string | null; phone: string | null; email: string | null };
  /** Other sites' origins whose pages may POST to the API (normalised `scheme://host[:port]`). */
  allowOrigins: string[];
  /** Domains whose automatic-setup documents may be served (SPEC §8); empty = any checkable domain. */
  setupDomains: string[];
  /** Bearer token for GET /metrics; null = loopback clients only. */
  metricsToken: string | null;
  /** Certificate and key that sign Apple profiles (SPEC §8); null = profiles are unsigned. */
  profileSigning: SigningIdentity | null;
};

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid Mail Doctor configuration:\n${problems.map((p) => `  ${p}`).join("\n")}`);
    this.name = "EnvError";
  }
}

/** Parses an environment; throws EnvError listing every bad variable by name. */
export function parseEnv(source: Record<string, string | undefined>): ServerEnv {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success)
    throw new EnvError(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  const env = parsed.data;
  return {
    dnsServers: env.MAILDOC_DNS_SERVERS ?? [],
    allowCidrs: env.MAILDOC_ALLOW_CIDRS ?? [],
    ehloName: env.MAILDOC_EHLO_NAME ?? (hostname().replace(/[^A-Za-z0-9.-]/g, "") || "localhost"),
    trustProxy: env.MAILDOC_TRUST_PROXY ?? false,
    frameAncestors: env.MAILDOC_FRAME_ANCESTORS ?? "'self'",
    port: env.PORT ?? 3000,
    redisUrl: env.MAILDOC_REDIS_URL ?? null,
    support: {
      url: env.MAILDOC_SUPPORT_URL ?? null,
      phone: env.MAILDOC_SUPPORT_PHONE ?? null,
      email: env.MAILDOC_SUPPORT_EMAIL ?? null,
    },
    allowOrigins: env.MAILDOC_ALLOW_ORIGINS ?? [],
    setupDomains: env.MAILDOC_SETUP_DOMAINS ?? [],
    metricsToken: env.MAILDOC_METRICS_TOKEN ?? null,
    profileSigning: signingFrom(env.MAILDOC_PROFILE_CERT, env.MAILDOC_PROFILE_KEY),
  };
}

/** Both or neither; the files are read and checked here, once, so a wrong one stops the start. */
function signingFrom(cert: string | undefined, key: string | undefined): SigningIdentity | null {
  if (!cert && !key) return null;
  if (!cert || !key)
    throw new EnvError([`${cert ? "MAILDOC_PROFILE_KEY" : "MAILDOC_PROFILE_CERT"}: set both or neither`]);
  try {
    return readSigningIdentity(cert, key);
  } catch (error) {
    throw new EnvError([(error as Error).message]);
  }
}

let processEnv: ServerEnv | undefined;

/** This process's environment, parsed on first use (at start-up, by instrumentation.ts). */
export function serverEnv(source?: Record<string, string | undefined>): ServerEnv {
  if (source) return parseEnv(source);
  processEnv ??= parseEnv(process.env);
  return processEnv;
}
