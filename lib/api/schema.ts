// The HTTP API contract of SPEC §2 as zod schemas: one source for the routes, the browser and the tests.
// No `node:` imports here: this file is bundled for the browser too, so it is written with zod/mini
// (functions instead of methods: a page carries only the parts of zod these schemas use).
import * as z from "@/lib/zod-mini";
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
  client: z.nullable(z.enum(clientIds)),
  language: z.nullable(z.enum(["ko", "en"])),
  account: z.nullable(z.string()),
  server: z.nullable(z.string()),
  protocol: z.nullable(z.enum(["SMTP", "POP3", "IMAP", "HTTP"])),
  port: z.nullable(z.number().check(z.int())),
  secure: z.nullable(z.boolean()),
  socketError: z.nullable(z.number().check(z.int())),
  errorNumber: z.nullable(z.string()),
  serverError: z.nullable(z.number().check(z.int())),
  serverResponse: z.nullable(z.string()),
  smtpCode: z.nullable(z.number().check(z.int())),
  enhancedStatus: z.nullable(z.string()),
  rejectedAddress: z.nullable(z.string()),
});
export type ParsedFields = z.infer<typeof parsedFieldsSchema>;

export const causeSchema = z.object({
  id: z.enum(causeIds),
  confidence: z.number().check(z.minimum(0), z.maximum(1)),
  evidence: z.array(z.string()),
});
export type RankedCause = z.infer<typeof causeSchema>;

/** Added by issue 11 (optional): a returned mail's verdict, read by lib/parse/bounce. */
export const bounceReportSchema = z.object({
  recipient: z.nullable(z.string()),
  remoteHost: z.nullable(z.string()),
  action: z.nullable(z.string()),
  status: z.nullable(z.string()),
  reply: z.nullable(z.string()),
  /** Who refused what, and why, in one sentence of the response's language. */
  sentence: z.string(),
});

/** Added by issue 11 (optional): pasted message headers, read by lib/parse/headers. */
export const headerReportSchema = z.object({
  hops: z.array(
    z.object({
      from: z.nullable(z.string()),
      by: z.nullable(z.string()),
      with: z.nullable(z.string()),
      tls: z.nullable(z.boolean()),
      /** ISO 8601 time of the hop's stamp. */
      at: z.nullable(z.string()),
      delaySeconds: z.nullable(z.number().check(z.int())),
    }),
  ),
  auth: z.array(z.object({ method: z.string(), result: z.string() })),
  spam: z.array(z.object({ header: z.string(), spam: z.boolean() })),
});

export const parseResponseSchema = z.object({
  fields: parsedFieldsSchema,
  causes: z.array(causeSchema),
  bounce: z.optional(bounceReportSchema),
  headers: z.optional(headerReportSchema),
});
export type ParseResponse = z.infer<typeof parseResponseSchema>;

// ---- POST /api/diagnose
export const serverRefSchema = z.object({
  host: z.string().check(z.minLength(1), z.maxLength(253)),
  port: z.optional(z.number().check(z.int())),
  protocol: z.optional(protocolSchema),
});

export const diagnoseRequestSchema = z.object({
  domain: z.optional(z.string().check(z.maxLength(320))),
  email: z.optional(z.string().check(z.maxLength(320))),
  symptom: z.optional(symptomSchema),
  client: z.optional(z.string().check(z.maxLength(40))),
  text: z.optional(z.string().check(z.maxLength(MAX_TEXT_CHARS))),
  /** The wizard's answers so far: its own link parameters (lib/wizard/answers.ts), e.g. {"webmail": "yes"}. */
  answers: z.optional(z.record(z.string().check(z.maxLength(40)), z.string().check(z.maxLength(40)))),
  servers: z.optional(z.array(serverRefSchema).check(z.maxLength(4))),
  /** "Check again": no cached check or probe result from before this request (SPEC §2). */
  fresh: z.optional(z.boolean()),
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
  version: z.nullable(z.string()),
  authorized: z.boolean(),
  error: z.nullable(z.string()),
  subject: z.nullable(z.string()),
  altNames: z.array(z.string()),
  issuer: z.nullable(z.string()),
  validTo: z.nullable(z.string()),
  hostnameMatch: z.boolean(),
});

export const settingsSchema = z.object({
  incoming: z.nullable(
    z.object({
      host: z.string(),
      port: z.number().check(z.int()),
      protocol: z.enum(["pop3", "imap"]),
      security: securitySchema,
    }),
  ),
  outgoing: z.nullable(
    z.object({
      host: z.string(),
      port: z.number().check(z.int()),
      security: securitySchema,
      auth: z.literal(true),
    }),
  ),
});
export type WorkingSettings = z.infer<typeof settingsSchema>;

export const findingSchema = z.object({
  id: z.string(),
  severity: z.enum(["ok", "warn", "fail"]),
  message: z.string(),
});

export const diagnoseEventSchema = z.discriminatedUnion("type", [
  z.looseObject({
    type: z.literal("start"),
    /** The domain checked (read as a person means it: no www., no URL), or null. */
    domain: z.nullable(z.string()),
    servers: z.array(z.string()),
    /** Servers named in the request, a link or the message that the guard will not connect to. */
    refused: z.array(z.string()),
    /** The same, each with the guard's reason (a key of content/diagnose/sentences.ts `refusals`). */
    refusals: z.optional(z.array(z.object({ input: z.string(), reason: z.string() }))),
  }),
  z.looseObject({
    type: z.literal("dns"),
    name: z.string(),
    rrtype: z.string(),
    status: dnsStatusSchema,
    records: z.array(z.unknown()),
    ms: z.number(),
  }),
  z.looseObject({
    type: z.literal("probe"),
    host: z.string(),
    ip: z.string(),
    port: z.number().check(z.int()),
    protocol: protocolSchema,
    status: probeStatusSchema,
    banner: z.nullable(z.string()),
    capabilities: z.array(z.string()),
    tls: z.nullable(tlsInfoSchema),
    ms: z.number(),
    /** How the session was secured in the end (lib/probe/index.ts lists these extra facts). */
    security: securitySchema,
    /** What the server listed before STARTTLS (after it, servers often list AUTH only then). */
    capabilitiesBeforeTls: z.array(z.string()),
    /** Where the dialogue ended: guard, queued, skipped, connect, tls, greeting, …, done. */
    step: z.string(),
    /** A short machine code: ECONNREFUSED, not-a-mail-greeting, the kind of a blocked address, … */
    detail: z.nullable(z.string()),
  }),
  z.looseObject({
    type: z.literal("result"),
    causes: z.array(causeSchema),
    findings: z.array(findingSchema),
    settings: z.nullable(settingsSchema),
    ms: z.number(),
  }),
]);
export type DiagnoseEvent = z.infer<typeof diagnoseEventSchema>;
