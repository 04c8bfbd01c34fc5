// The HTTP API contract of SPEC §2 as zod schemas: one source for the routes, the browser and the tests.
// No `node:` imports here: this file is bundled for the browser too.
import * as z from "@/lib/zod";
import { causeIds } from "@/lib/causes";
import { clientIds } from "@/lib/clients";
import { securities } from "@/lib/mail-ports";

export { MAX_BODY_BYTES, MAX_TEXT_CHARS } from "./limits";
import { MAX_TEXT_CHARS } from "./limits";

// SPEC §2; request_timeout (408) is what the HTTP server answers when a request stalls (scripts/start.mjs).
export const errorCodes = [
  "invalid_request",
  "cross_site",
  "not_found",
  "method_not_allowed",
  "request_timeout",
  "payload_too_large",
  "unsupported_media_type",
  "target_not_allowed",
  "rate_limited",
  "internal",
] as const;
export type ErrorCode = (typeof errorCodes)[number];
export const errorBodySchema = z.object({
  error: z.object({ code: z.enum(errorCodes), message: z.string() }),
});

export const protocolSchema = z.enum(["smtp", "pop3", "imap"]);
export const symptomSchema = z.enum(["send", "receive", "error"]);

// ---- POST /api/parse
export const parseRequestSchema = z.object({ text: z.string() });

export const parsedFieldsSchema = z.object({
  client: z.enum(clientIds).nullable(),
  language: z.enum(["ko", "en"]).nullable(),
  account: z.string().nullable(),
  server: z.string().nullable(),
  protocol: z.enum(["SMTP", "POP3", "IMAP", "HTTP"]).nullable(),
  port: z.number().int().nullable(),
  secure: z.boolean().nullable(),
  socketError: z.number().int().nullable(),
  errorNumber: z.string().nullable(),
  serverError: z.number().int().nullable(),
  serverResponse: z.string().nullable(),
  smtpCode: z.number().int().nullable(),
  enhancedStatus: z.string().nullable(),
  rejectedAddress: z.string().nullable(),
});
export type ParsedFields = z.infer<typeof parsedFieldsSchema>;

export const causeSchema = z.object({
  id: z.enum(causeIds),
  confidence: z.number().min(0).max(1),
  evidence: z.array(z.string()),
});
export type RankedCause = z.infer<typeof causeSchema>;

/** Added by issue 11 (optional): a returned mail's verdict, read by lib/parse/bounce. */
export const bounceReportSchema = z.object({
  recipient: z.string().nullable(),
  remoteHost: z.string().nullable(),
  action: z.string().nullable(),
  status: z.string().nullable(),
  reply: z.string().nullable(),
  /** Who refused what, and why, in one sentence of the response's language. */
  sentence: z.string(),
});

/** Added by issue 11 (optional): pasted message headers, read by lib/parse/headers. */
export const headerReportSchema = z.object({
  hops: z.array(
    z.object({
      from: z.string().nullable(),
      by: z.string().nullable(),
      with: z.string().nullable(),
      tls: z.boolean().nullable(),
      /** ISO 8601 time of the hop's stamp. */
      at: z.string().nullable(),
      delaySeconds: z.number().int().nullable(),
    }),
  ),
  auth: z.array(z.object({ method: z.string(), result: z.string() })),
  spam: z.array(z.object({ header: z.string(), spam: z.boolean() })),
});

export const parseResponseSchema = z.object({
  fields: parsedFieldsSchema,
  causes: z.array(causeSchema),
  bounce: bounceReportSchema.optional(),
  headers: headerReportSchema.optional(),
});
export type ParseResponse = z.infer<typeof parseResponseSchema>;

// ---- POST /api/diagnose
export const serverRefSchema = z.object({
  host: z.string().min(1).max(253),
  port: z.number().int().optional(),
  protocol: protocolSchema.optional(),
});

export const diagnoseRequestSchema = z.object({
  domain: z.string().max(320).optional(),
  email: z.string().max(320).optional(),
  symptom: symptomSchema.optional(),
  client: z.string().max(40).optional(),
  text: z.string().max(MAX_TEXT_CHARS).optional(),
  /** The wizard's answers so far: its own link parameters (lib/wizard/answers.ts), e.g. {"webmail": "yes"}. */
  answers: z.record(z.string().max(40), z.string().max(40)).optional(),
  servers: z.array(serverRefSchema).max(4).optional(),
  /** "Check again": no cached check or probe result from before this request (SPEC §2). */
  fresh: z.boolean().optional(),
});
export type DiagnoseRequest = z.infer<typeof diagnoseRequestSchema>;

export const dnsStatusSchema = z.enum(["ok", "nxdomain", "nodata", "servfail", "timeout", "error"]);
export const probeStatusSchema = z.enum([
  "open",
  "refused",
  "timeout",
  "reset",
  "blocked",
  "skipped",
  "error",
]);
export const securitySchema = z.enum(securities);

export const tlsInfoSchema = z.object({
  version: z.string().nullable(),
  authorized: z.boolean(),
  error: z.string().nullable(),
  subject: z.string().nullable(),
  altNames: z.array(z.string()),
  issuer: z.string().nullable(),
  validTo: z.string().nullable(),
  hostnameMatch: z.boolean(),
});

export const settingsSchema = z.object({
  incoming: z
    .object({
      host: z.string(),
      port: z.number().int(),
      protocol: z.enum(["pop3", "imap"]),
      security: securitySchema,
    })
    .nullable(),
  outgoing: z
    .object({
      host: z.string(),
      port: z.number().int(),
      security: securitySchema,
      auth: z.literal(true),
    })
    .nullable(),
});
export type WorkingSettings = z.infer<typeof settingsSchema>;

export const findingSchema = z.object({
  id: z.string(),
  severity: z.enum(["ok", "warn", "fail"]),
  message: z.string(),
});

export const diagnoseEventSchema = z.discriminatedUnion("type", [
  z
    .object({
      type: z.literal("start"),
      /** The domain checked (read as a person means it: no www., no URL), or null. */
      domain: z.string().nullable(),
      servers: z.array(z.string()),
      /** Servers named in the request, a link or the message that the guard will not connect to. */
      refused: z.array(z.string()),
      /** The same, each with the guard's reason (a key of content/diagnose/sentences.ts `refusals`). */
      refusals: z.array(z.object({ input: z.string(), reason: z.string() })).optional(),
    })
    .passthrough(),
  z
    .object({
      type: z.literal("dns"),
      name: z.string(),
      rrtype: z.string(),
      status: dnsStatusSchema,
      records: z.array(z.unknown()),
      ms: z.number(),
    })
    .passthrough(),
  z
    .object({
      type: z.literal("probe"),
      host: z.string(),
      ip: z.string(),
      port: z.number().int(),
      protocol: protocolSchema,
      status: probeStatusSchema,
      banner: z.string().nullable(),
      capabilities: z.array(z.string()),
      tls: tlsInfoSchema.nullable(),
      ms: z.number(),
      /** How the session was secured in the end (lib/probe/index.ts lists these extra facts). */
      security: securitySchema,
      /** What the server listed before STARTTLS (after it, servers often list AUTH only then). */
      capabilitiesBeforeTls: z.array(z.string()),
      /** Where the dialogue ended: guard, queued, skipped, connect, tls, greeting, …, done. */
      step: z.string(),
      /** A short machine code: ECONNREFUSED, not-a-mail-greeting, the kind of a blocked address, … */
      detail: z.string().nullable(),
    })
    .passthrough(),
  z
    .object({
      type: z.literal("result"),
      causes: z.array(causeSchema),
      findings: z.array(findingSchema),
      settings: settingsSchema.nullable(),
      ms: z.number(),
    })
    .passthrough(),
]);
export type DiagnoseEvent = z.infer<typeof diagnoseEventSchema>;
