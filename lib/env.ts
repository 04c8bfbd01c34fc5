// The environment of SPEC §5, parsed once with zod; a bad value stops the server with a clear message.
import "server-only";
import { hostname } from "node:os";
import { z } from "zod";

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
});

export type ServerEnv = {
  dnsServers: string[];
  allowCidrs: string[];
  ehloName: string;
  trustProxy: boolean;
  frameAncestors: string;
  port: number;
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
  };
  if (source === process.env) cached = result;
  return result;
}
