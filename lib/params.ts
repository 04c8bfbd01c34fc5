// The link parameters of SPEC §1, shared by /diagnose, /fix/… and the staff link builder.
// Each parameter is read on its own: an invalid one is reported, never fatal, and unknown ones are ignored.
import { z } from "zod";
import { clientIds, type ClientId } from "@/lib/clients";
import { MAX_TEXT_CHARS, protocolSchema, symptomSchema } from "@/lib/api/schema";

export type LinkParams = {
  symptom?: z.infer<typeof symptomSchema>;
  client?: ClientId;
  email?: string;
  domain?: string;
  error?: string;
  server?: string;
  port?: number;
  protocol?: z.infer<typeof protocolSchema>;
  ssl?: boolean;
};

export type LinkParamName = keyof LinkParams;

const fieldSchemas = {
  symptom: symptomSchema,
  client: z.enum(clientIds),
  email: z
    .string()
    .trim()
    .min(3)
    .max(320)
    .regex(/^[^\s@]+@[^\s@]+$/),
  domain: z
    .string()
    .trim()
    .min(1)
    .max(253)
    .regex(/^[^\s@/]+$/),
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
} satisfies { [K in LinkParamName]: z.ZodType<LinkParams[K], string> };

export const linkParamNames = Object.keys(fieldSchemas) as LinkParamName[];

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

/** Writes parameters back into a query string in a stable order (for links, the language switch, QR codes). */
export function toQueryString(params: LinkParams): string {
  const search = new URLSearchParams();
  for (const name of linkParamNames) {
    const value = params[name];
    if (value === undefined) continue;
    search.set(name, typeof value === "boolean" ? (value ? "1" : "0") : String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
