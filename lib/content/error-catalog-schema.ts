// zod schemas of the error catalog in content/errors: what each table row must hold.
// No `node:` imports: the catalog and its types are bundled for the browser (the decoded panel).
import * as z from "@/lib/zod";
import { causeIds } from "@/lib/causes";
import { clientIds } from "@/lib/clients";
import { bilingualSchema } from "@/lib/i18n/bilingual";

/** How strongly one recognised part points at a cause (combined by noisy-or, see lib/parse/rank.ts). */
export const causeVotesSchema = z.partialRecord(z.enum(causeIds), z.number().gt(0).max(1));

/**
 * How specific a part's words are, independent of which cause they point to (lib/parse/strength.ts):
 * 1 = one program's or server's exact sentence ("Must issue a STARTTLS command first"), 0.7 = a distinctive
 * wording a few systems share (the default for phrases), 0.5 = a generic library or errno text many programs
 * show ("Connection refused"), 0.3 or less = a topic word ("antivirus"). When a more specific part speaks
 * clearly, parts less specific by more than a margin count for less, and equal confidences are ordered by
 * specificity (never by list order). A bare code is weak (0.2): its causes stay below 0.5, shown as a guess.
 */
export const specificitySchema = z.number().gt(0).max(1);

/** What kind of connection failure a part reports; context rules (e.g. port 25 blocked) key on it. */
export const failureSchema = z.enum(["dns", "refused", "timeout", "connect", "dropped"]);
export const catalogProtocolSchema = z.enum(["SMTP", "POP3", "IMAP", "HTTP"]);

/**
 * How a part reads inside a delivery report about someone else's mailbox (a bounce), where it differs from
 * the customer's own client error: `550` after RCPT TO is about the recipient, not about logging in, and
 * `5.7.9` in a bounce is a policy refusal, not "app password required". Omitted = same as outside a bounce.
 */
export const bounceReadingSchema = z
  .object({
    meaning: bilingualSchema.optional(),
    causes: causeVotesSchema,
    supersedes: z.array(z.enum(causeIds)).optional(),
  })
  .strict();

const entryBase = {
  meaning: bilingualSchema,
  causes: causeVotesSchema,
  /** Causes this part explains better than the others do; they are damped when it is present. */
  supersedes: z.array(z.enum(causeIds)).optional(),
  /** See specificitySchema; omitted = the default of the part's kind (lib/parse/strength.ts). */
  specificity: specificitySchema.optional(),
  bounce: bounceReadingSchema.optional(),
  failure: failureSchema.optional(),
  protocol: catalogProtocolSchema.optional(),
  client: z.enum(clientIds).optional(),
};

export const hresultEntrySchema = z
  .object({
    codes: z.array(z.string().regex(/^0x[0-9A-F]{8}$/)).min(1),
    name: z.string().optional(),
    ...entryBase,
  })
  .strict();

/** Fallback meanings for unknown numbers of a family; `{code}` is replaced by the decimal low word. */
export const hresultFamilySchema = z
  .object({ prefix: z.string().regex(/^0x[0-9A-F]{2,6}$/), meaning: bilingualSchema })
  .strict();

export const socketErrorEntrySchema = z
  .object({
    code: z.number().int().min(10000).max(11999),
    name: z.string().regex(/^WSA[A-Z_]+$/),
    ...entryBase,
  })
  .strict();

export const smtpReplyEntrySchema = z
  .object({ code: z.number().int().min(200).max(599), ...entryBase })
  .strict();

/** `X.7.1` (any class), `5.7.57` (one class, vendor meaning) or a detail range such as `5.7.606-649`. */
export const enhancedEntrySchema = z
  .object({
    code: z.string().regex(/^(X|[245])\.\d{1,3}\.\d{1,3}(-\d{1,3})?$/),
    vendor: z.enum(["microsoft"]).optional(),
    ...entryBase,
  })
  .strict();

export const mailboxResponseEntrySchema = z
  .object({ ...entryBase, protocol: z.enum(["POP3", "IMAP"]), code: z.string().regex(/^[A-Z][A-Z/-]*$/) })
  .strict();

/** A keyword alternative: one string, or several that must all appear. Lower case; spaces are ignored. */
const keywordSchema = z
  .string()
  .min(2)
  .max(120)
  .regex(/^[^A-Z]*$/, "keywords are lower case");
export const phraseEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    /** "response": the server's own words (outranks socket errors and error numbers); "client": the program's. */
    tier: z.enum(["response", "client"]),
    match: z.array(z.union([keywordSchema, z.array(keywordSchema).min(2)])).min(1),
    /** "bounce": these words show the text is a delivery report (a frame), so codes get their bounce reading. */
    marks: z.enum(["bounce"]).optional(),
    /** "bounce": the words mean this only inside a delivery report ("could not connect to" is also a client dialog). */
    only: z.enum(["bounce"]).optional(),
    /** Languages the words are in, for the content check and the corpus (ISO 639-1). */
    lang: z.enum(["en", "ko", "ja", "fr", "de", "ru", "zh", "es", "it", "pt", "pl"]).optional(),
    /** Set when the exact wording is not confirmed by a primary source (matched by keywords). */
    unverified: z.literal(true).optional(),
    ...entryBase,
  })
  .strict();

export const portEntrySchema = z
  .object({ port: z.number().int().min(1).max(65535), meaning: bilingualSchema })
  .strict();

/** An expert's inference from several fields at once, e.g. "server 127.0.0.1" → an antivirus proxy. */
export const contextRuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    when: z
      .object({
        serverIn: z
          .array(z.string().regex(/^[^A-Z]+$/))
          .min(1)
          .optional(),
        portIn: z.array(z.number().int().min(1).max(65535)).min(1).optional(),
        /** false: the message names no port at all. */
        portKnown: z.boolean().optional(),
        protocol: catalogProtocolSchema.optional(),
        /** null: the message does not say whether SSL is on (no Secure(SSL) field). */
        secure: z.boolean().nullable().optional(),
        failureIn: z.array(failureSchema).min(1).optional(),
      })
      .strict()
      .refine((w) => Object.keys(w).length > 0, "a rule needs at least one condition"),
    /** Which field the rule is about: its part is shown with that field's label. */
    about: z.enum(["server", "port", "protocol", "secure"]),
    meaning: bilingualSchema,
    causes: causeVotesSchema,
    supersedes: z.array(z.enum(causeIds)).optional(),
  })
  .strict();

export const fieldLabelEntrySchema = z
  .object({
    field: z.enum([
      "account",
      "server",
      "protocol",
      "serverResponse",
      "port",
      "secure",
      "socketError",
      "serverError",
      "errorNumber",
    ]),
    labels: z.array(z.string().regex(/^[^A-Z\s]+$/, "labels are lower case without spaces")).min(1),
  })
  .strict();

const anchorSchema = z
  .string()
  .min(1)
  .regex(/^[^A-Z]*$/, "anchors are lower case");
export const anchorsSchema = z
  .object({
    /** Text after which the server's own reply follows. */
    responseBefore: z.array(anchorSchema).min(1),
    /** Text after which (within a few words) the rejected recipient address follows, or before which it stands. */
    addressBefore: z.array(anchorSchema).min(1),
    addressAfter: z.array(anchorSchema).min(1),
    /** Text right before or right after a server's host name. */
    hostBefore: z.array(z.object({ text: anchorSchema, protocol: catalogProtocolSchema.optional() })).min(1),
    hostAfter: z.array(z.object({ text: anchorSchema, protocol: catalogProtocolSchema.optional() })).min(1),
    /** Text at which a quoted server reply ends (the program's own sentence goes on after it). */
    responseEnd: z.array(anchorSchema).min(1),
    /** Words showing a Microsoft 365 / Exchange reply, whose enhanced codes have vendor meanings. */
    microsoftMarkers: z.array(anchorSchema).min(1),
    /** The words of yes/no in the Secure(SSL) field. */
    yes: z.array(anchorSchema).min(1),
    no: z.array(anchorSchema).min(1),
  })
  .strict();

const markerSchema = z
  .string()
  .min(2)
  .regex(/^[^A-Z]*$/, "markers are lower case");
/** Where the parts of a bounce begin (content/errors/bounce-markers.ts). */
export const bounceMarkersSchema = z
  .object({
    returnedStart: z.array(markerSchema).min(1),
    remoteBefore: z.array(markerSchema).min(1),
    remoteEnd: z.array(markerSchema).min(1),
    /** Lead-ins that prefix every line of a remote reply (Sendmail's "<<< "): the reply ends with its line. */
    remoteLinePrefix: z.array(markerSchema).optional(),
    localLabels: z.array(markerSchema).min(1),
    senders: z.array(markerSchema).min(1),
    /** Text right before the name of the server that gave the verdict ("host mx.example.net[…] said"). */
    hostBefore: z.array(markerSchema).min(1),
    /** The remote reply answered MAIL FROM (the sender address), or RCPT TO (the recipient). */
    mailFromStage: z.array(markerSchema).min(1),
    rcptToStage: z.array(markerSchema).min(1),
  })
  .strict();

const verdictSchema = { meaning: bilingualSchema, causes: causeVotesSchema };
/** What message headers say (content/errors/header-verdicts.ts). */
export const headerVerdictsSchema = z
  .object({
    auth: z.array(
      z
        .object({
          method: z.enum(["spf", "dkim", "dmarc", "arc"]),
          results: z
            .array(z.enum(["pass", "fail", "softfail", "neutral", "none", "permerror", "temperror"]))
            .min(1),
          ...verdictSchema,
        })
        .strict(),
    ),
    spam: z.array(
      z
        .object({
          header: z.string().regex(/^x-[a-z0-9-]+$/),
          /** The value starts with this (SpamAssassin's "Yes,"/"No,"), or contains it anywhere ("SFV:SPM"). */
          startsWith: markerSchema.or(z.string().regex(/^\d$/)).optional(),
          contains: markerSchema.optional(),
          ...verdictSchema,
        })
        .strict(),
    ),
    slowHopSeconds: z.number().int().positive(),
    greylistMaxSeconds: z.number().int().positive(),
    slowHop: z
      .object({ greylist: z.object(verdictSchema).strict(), queued: z.object(verdictSchema).strict() })
      .strict(),
  })
  .strict();

export const partKindSchema = z.enum([
  "account",
  "server",
  "protocol",
  "port",
  "secure",
  "rejectedAddress",
  "errorNumber",
  "socketError",
  "smtpCode",
  "enhancedStatus",
  "pop3Response",
  "imapResponse",
  "phrase",
  "authResult",
  "spamVerdict",
  "hopDelay",
]);
export type PartKind = z.infer<typeof partKindSchema>;

export const errorCatalogSchema = z
  .object({
    hresults: z.array(hresultEntrySchema),
    hresultFamilies: z.array(hresultFamilySchema),
    socketErrors: z.array(socketErrorEntrySchema),
    smtpReplies: z.array(smtpReplyEntrySchema),
    enhancedCodes: z.array(enhancedEntrySchema),
    mailboxResponses: z.array(mailboxResponseEntrySchema),
    phrases: z.array(phraseEntrySchema),
    ports: z.array(portEntrySchema),
    contextRules: z.array(contextRuleSchema),
    bounceMarkers: bounceMarkersSchema,
    headerVerdicts: headerVerdictsSchema,
    fieldLabels: z.array(fieldLabelEntrySchema),
    anchors: anchorsSchema,
    /** The label of each part kind, used in the panel and in evidence sentences. */
    partKinds: z.record(partKindSchema, bilingualSchema),
    /** Meanings of the plain fields (account, server, …), shown next to their values. */
    fieldMeanings: z.record(
      z.enum(["account", "server", "rejectedAddress", "secureYes", "secureNo", "portOther"]),
      bilingualSchema,
    ),
    protocols: z.record(catalogProtocolSchema, bilingualSchema),
  })
  .strict();

export type CauseVotes = z.infer<typeof causeVotesSchema>;
export type Failure = z.infer<typeof failureSchema>;
export type CatalogProtocol = z.infer<typeof catalogProtocolSchema>;
export type HresultEntry = z.input<typeof hresultEntrySchema>;
export type HresultFamily = z.input<typeof hresultFamilySchema>;
export type SocketErrorEntry = z.input<typeof socketErrorEntrySchema>;
export type SmtpReplyEntry = z.input<typeof smtpReplyEntrySchema>;
export type EnhancedEntry = z.input<typeof enhancedEntrySchema>;
export type MailboxResponseEntry = z.input<typeof mailboxResponseEntrySchema>;
export type PhraseEntry = z.input<typeof phraseEntrySchema>;
export type PortEntry = z.input<typeof portEntrySchema>;
export type ContextRule = z.input<typeof contextRuleSchema>;
export type FieldLabelEntry = z.input<typeof fieldLabelEntrySchema>;
export type Anchors = z.input<typeof anchorsSchema>;
export type BounceMarkers = z.input<typeof bounceMarkersSchema>;
export type HeaderVerdicts = z.input<typeof headerVerdictsSchema>;
export type BounceReading = z.input<typeof bounceReadingSchema>;
export type ErrorCatalog = z.input<typeof errorCatalogSchema>;
export type CatalogEntry = { meaning: { ko: string; en: string }; causes: CauseVotes } & Partial<
  Pick<HresultEntry, "supersedes" | "failure" | "protocol" | "client" | "specificity" | "bounce">
>;
