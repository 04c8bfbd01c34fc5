// The link parameters of SPEC §1, shared by /diagnose, /fix/… and the staff link builder.
// Each parameter is read on its own: an invalid one is reported, never fatal, and unknown ones are ignored.
// Two kinds of settings travel, never mixed: `server`/`port`/`protocol`/`ssl` are the customer's *current*
// ones (what the program uses now); `in`/`out` the *working* ones the live check proved (what to type).
// Writing them into links is lib/link-query.ts (no zod: the browser does it).
import * as z from "@/lib/zod";
import { MAX_TEXT_CHARS, protocolSchema, securitySchema, symptomSchema } from "@/lib/api/schema";
import { clientIds } from "@/lib/clients";
import { mailDomainOf } from "@/lib/domain-input";
import { linkParamNames, type LinkParamName, type LinkParams } from "@/lib/link-query";
import type { IncomingProtocol, Security } from "@/lib/mail-ports";

export type { IncomingSetting, LinkParamName, LinkParams, OutgoingSetting } from "@/lib/link-query";

const hostPart = "([^\\s@/:]{1,253})";
const portPart = "(\\d{1,5})";
const securityPart = `(${securitySchema.options.join("|")})`;
const portNumber = z.number().int().min(1).max(65535);

const incomingSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(new RegExp(`^(pop3|imap):${hostPart}:${portPart}:${securityPart}$`))
  .transform((v) => {
    const [protocol, host, port, security] = v.split(":") as [IncomingProtocol, string, string, Security];
    return { protocol, host, port: Number(port), security };
  })
  .pipe(
    z.object({
      protocol: z.enum(["pop3", "imap"]),
      host: z.string(),
      port: portNumber,
      security: securitySchema,
    }),
  );

const outgoingSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(new RegExp(`^${hostPart}:${portPart}:${securityPart}$`))
  .transform((v) => {
    const [host, port, security] = v.split(":") as [string, string, Security];
    return { host, port: Number(port), security };
  })
  .pipe(z.object({ host: z.string(), port: portNumber, security: securitySchema }));

const fieldSchemas = {
  symptom: symptomSchema,
  client: z.enum(clientIds),
  email: z
    .string()
    .trim()
    .min(3)
    .max(320)
    .regex(/^[^\s@]+@[^\s@]+$/),
  // "https://www.example.com/help", "www.example.com", "EXAMPLE.COM." and "kim@example.com" all mean example.com.
  domain: z
    .string()
    .transform(mailDomainOf)
    .pipe(
      z
        .string()
        .min(1)
        .max(253)
        .regex(/^[^\s@/]+$/),
    ),
  error: z
    .string()
    .max(MAX_TEXT_CHARS)
    .transform((s) => s.trim())
    .pipe(z.string().min(1)),
  server: z
    .string()
    .trim()
    .min(1)
    .max(253)
    .regex(/^[^\s@/]+$/),
  port: z
    .string()
    .regex(/^\d{1,5}$/)
    .transform(Number)
    .pipe(z.number().int().min(1).max(65535)),
  protocol: protocolSchema,
  ssl: z.enum(["0", "1"]).transform((v) => v === "1"),
  in: incomingSchema,
  out: outgoingSchema,
} satisfies { [K in LinkParamName]: z.core.$ZodType<LinkParams[K], string> };

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

function first(raw: RawParams, name: string): string | undefined {
  if (raw instanceof URLSearchParams) return raw.get(name) ?? undefined;
  const value = raw[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Reads SPEC §1 parameters; returns the valid ones and the names of those that were present but invalid. */
export function readLinkParams(raw: RawParams): { params: LinkParams; invalid: LinkParamName[] } {
  const params: Record<string, unknown> = {};
  const invalid: LinkParamName[] = [];
  for (const name of linkParamNames) {
    const value = first(raw, name);
    if (value === undefined || value === "") continue;
    const parsed = fieldSchemas[name].safeParse(value);
    if (parsed.success) params[name] = parsed.data;
    else invalid.push(name);
  }
  return { params: params as LinkParams, invalid };
}
