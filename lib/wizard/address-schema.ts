// The address/domain form and the optional "settings I use" (server, port, SSL), shared by the wizard's
// address screen and the staff link builder and by the link they produce. No `node:` imports and zod/mini:
// this runs in the browser. Error messages are keys of content/ui/address.ts.
import * as z from "@/lib/zod-mini";
import { MAX_TEXT_CHARS, protocolSchema, symptomSchema } from "@/lib/api/schema";
import { clientIds } from "@/lib/clients";
import { stripAddress } from "@/lib/domain-input";
import { locales } from "@/lib/i18n/locales";

export const addressErrorKeys = [
  "required",
  "tooLong",
  "spaces",
  "noDot",
  "ipAddress",
  "badEmail",
  "badServer",
  "badPort",
  "errorTooLong",
] as const;
export type AddressErrorKey = (typeof addressErrorKeys)[number];

// What people paste instead of a domain: "https://example.com/", "mailto:hong@example.com" (lib/domain-input.ts).
const cleanAddress = (raw: string) => stripAddress(raw).replace(/\.$/, "");

const ipLiteral = /^(\d+(\.\d+){0,3}|\[?[0-9a-f:]*:[0-9a-f:.]*\]?)$/i;

/** A host name the live check can use: no spaces, at least one dot, not an IP address. */
const hostName = z.string().check(
  z.maxLength(253, "tooLong"),
  z.refine((s) => !/\s/.test(s), "spaces"),
  z.refine((s) => !ipLiteral.test(s), "ipAddress"),
  z.refine((s) => /^[^.@]+(\.[^.@]+)+$/.test(s), "noDot"),
);

/** "hong@example.com" or "example.com". */
export const addressSchema = z.pipe(
  z.pipe(z.string(), z.transform(cleanAddress)),
  z.string().check(
    z.minLength(1, "required"),
    z.maxLength(320, "tooLong"),
    z.superRefine((value, ctx) => {
      const at = value.lastIndexOf("@");
      if (at >= 0 && (at === 0 || /\s/.test(value.slice(0, at)) || value.indexOf("@") !== at))
        ctx.addIssue({ code: "custom", message: "badEmail" });
      const domain = hostName.safeParse(value.slice(at + 1));
      if (!domain.success)
        ctx.addIssue({ code: "custom", message: domain.error.issues[0]?.message ?? "noDot" });
    }),
  ),
);

/** An empty form field is "not given", not an error. */
const optional = <T extends z.ZodMiniType>(schema: T) =>
  z.pipe(
    z.transform((v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v)),
    z.optional(schema),
  );

export const settingsFields = {
  server: optional(
    z.pipe(
      z.string().check(
        z.trim(),
        z.refine((s) => !s.includes("@"), "badServer"),
      ),
      hostName,
    ),
  ),
  port: optional(
    z.coerce.number("badPort").check(z.int("badPort"), z.minimum(1, "badPort"), z.maximum(65535, "badPort")),
  ),
  protocol: optional(protocolSchema),
  ssl: z.optional(z.boolean()),
};

/** The wizard's address screen: the address, and optionally the settings the program uses now. */
export const addressFormSchema = z.object({ address: addressSchema, ...settingsFields });
export type AddressFormInput = z.input<typeof addressFormSchema>;
export type AddressFormValues = z.output<typeof addressFormSchema>;

/** The staff link builder: everything a link of SPEC §1 can carry, plus the language of the page. */
export const staffLinkSchema = z.object({
  address: addressSchema,
  symptom: symptomSchema,
  client: optional(z.enum(clientIds)),
  language: z.enum(locales),
  error: optional(z.string().check(z.trim(), z.maxLength(MAX_TEXT_CHARS, "errorTooLong"))),
});
export type StaffLinkInput = z.input<typeof staffLinkSchema>;
export type StaffLinkValues = z.output<typeof staffLinkSchema>;

/** SPEC §1 sends an address as `email`, a bare domain as `domain`. */
export function addressParam(address: string): { email: string } | { domain: string } {
  return address.includes("@") ? { email: address } : { domain: address };
}
