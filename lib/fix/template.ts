// Value templates in fix steps and pictures, e.g. "{outgoing.port}": the keys, what each may produce
// (so content checks can tell whether a value fits a checkbox or a list), and filling them in.
import { fillWith, placeholdersIn } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { FixValues, Security } from "./values";

const securityNames: Record<Security, Record<Locale, string>> = {
  ssl: { ko: "SSL/TLS", en: "SSL/TLS" },
  starttls: { ko: "STARTTLS", en: "STARTTLS" },
  none: { ko: "없음", en: "None" },
};
const onOff = (on: boolean) => (on ? "on" : "off");

type Resolver = { values: readonly string[] | null; get: (v: FixValues, locale: Locale) => string };

/** Every template key. `values` lists what a key can produce (null: free text such as a host name). */
export const templates = {
  email: { values: null, get: (v) => v.email },
  userName: { values: null, get: (v) => v.userName },
  name: { values: null, get: (v) => v.name },
  domain: { values: null, get: (v) => v.domain },
  "incoming.host": { values: null, get: (v) => v.incoming.host },
  "incoming.port": { values: null, get: (v) => String(v.incoming.port) },
  "incoming.protocol": { values: ["pop3", "imap"], get: (v) => v.incoming.protocol },
  "incoming.protocolName": { values: null, get: (v) => v.incoming.protocol.toUpperCase() },
  "incoming.security": { values: ["ssl", "starttls", "none"], get: (v) => v.incoming.security },
  "incoming.securityName": { values: null, get: (v, l) => securityNames[v.incoming.security][l] },
  /** on when the connection is encrypted either way (the "Use SSL" switches of Apple and iOS). */
  "incoming.tls": { values: ["on", "off"], get: (v) => onOff(v.incoming.security !== "none") },
  "outgoing.host": { values: null, get: (v) => v.outgoing.host },
  "outgoing.port": { values: null, get: (v) => String(v.outgoing.port) },
  "outgoing.security": { values: ["ssl", "starttls", "none"], get: (v) => v.outgoing.security },
  "outgoing.securityName": { values: null, get: (v, l) => securityNames[v.outgoing.security][l] },
  "outgoing.tls": { values: ["on", "off"], get: (v) => onOff(v.outgoing.security !== "none") },
} satisfies Record<string, Resolver>;

export type TemplateKey = keyof typeof templates;

function isTemplateKey(key: string): key is TemplateKey {
  return Object.hasOwn(templates, key);
}

/** The keys a template uses, known or not (content checks report the unknown ones). */
export function templateKeysIn(template: string): string[] {
  return placeholdersIn(template);
}

/** Replaces every known `{key}` with the customer's value; unknown keys stay visible so they get noticed. */
export function fillTemplate(template: string, values: FixValues, locale: Locale): string {
  return fillWith(template, (key) => (isTemplateKey(key) ? templates[key].get(values, locale) : undefined));
}

/**
 * The set of values a template can produce when it is exactly one key (e.g. "{outgoing.security}" → ssl,
 * starttls, none); the literal itself when it has no keys; null when it is free text.
 */
export function possibleValues(template: string): readonly string[] | null {
  const keys = templateKeysIn(template);
  if (keys.length === 0) return [template];
  const only = keys[0] ?? "";
  if (keys.length === 1 && template === `{${only}}` && isTemplateKey(only)) return templates[only].values;
  return null;
}
