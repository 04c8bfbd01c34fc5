// The shape of a drawing's description: which fields it shows, what kind each field is, and the program's
// own wording for it. Plain data (no React) so content checks and captions can use it on the server.
import type { ClientId } from "@/lib/clients";
import type { Bilingual } from "@/lib/i18n/bilingual";

/** text: a text box; checkbox/radio/toggle: on or off; select: one option key; button/row: something to tap. */
export type FieldKind = "text" | "checkbox" | "radio" | "toggle" | "select" | "button";

export type FieldSpec =
  | { kind: "text" | "checkbox" | "radio" | "toggle" | "button"; label: Bilingual }
  | { kind: "select"; label: Bilingual; options: Readonly<Record<string, Bilingual>> };

export type DialogSpec = {
  /** The program this screen belongs to; null for the generic checklist. */
  client: ClientId | null;
  /** The picture's accessible name: program and screen, in the program's wording. */
  title: Bilingual;
  fields: Readonly<Record<string, FieldSpec>>;
};

const b = (ko: string, en: string): Bilingual => ({ ko, en });

export const text = (ko: string, en: string) => ({ kind: "text", label: b(ko, en) }) as const;
export const checkbox = (ko: string, en: string) => ({ kind: "checkbox", label: b(ko, en) }) as const;
export const radio = (ko: string, en: string) => ({ kind: "radio", label: b(ko, en) }) as const;
export const toggle = (ko: string, en: string) => ({ kind: "toggle", label: b(ko, en) }) as const;
export const button = (ko: string, en: string) => ({ kind: "button", label: b(ko, en) }) as const;
export function select<O extends Record<string, Bilingual>>(ko: string, en: string, options: O) {
  return { kind: "select", label: b(ko, en), options } as const;
}
export { b as bilingual };

/** Option sets several programs share (keys are the values the fix templates produce). */
export const securityOptions = {
  none: b("없음", "None"),
  starttls: b("STARTTLS", "STARTTLS"),
  ssl: b("SSL/TLS", "SSL/TLS"),
} as const;
export const protocolOptions = { pop3: b("POP3", "POP3"), imap: b("IMAP", "IMAP") } as const;
