// The one way a {placeholder} in a text becomes a value. `fill` is typed by the template: the values
// must name exactly its placeholders, so a sentence that says {reason} while the code passes `kind`
// does not compile. Templates keep their literal types when read through `textsFor` (below); the
// content checks make sure the other language uses the same placeholders.
import type { Locale } from "./locales";
import type { Messages } from "./define-messages";

const token = /\{([A-Za-z][\w.]*)\}/g;

/** The placeholder names of a template type: "Port {port} of {host}" → "port" | "host". */
export type Placeholders<S extends string> = S extends `${string}{${infer K}}${infer Rest}`
  ? K | Placeholders<Rest>
  : never;

export type Value = string | number;
/** The values a template needs; a template without placeholders takes none. */
export type ValuesOf<S extends string> = string extends S
  ? never
  : [Placeholders<S>] extends [never]
    ? Record<string, never>
    : Record<Placeholders<S>, Value>;

/** Every placeholder of a template, in order of appearance (for the content checks). */
export function placeholdersIn(template: string): string[] {
  return [...template.matchAll(token)].map((m) => m[1] ?? "");
}

/** Replaces each {key} by what `lookup` gives; a key it does not know stays visible, to be noticed. */
export function fillWith(template: string, lookup: (key: string) => Value | undefined): string {
  return template.replace(token, (whole, key: string) => {
    const value = lookup(key);
    return value === undefined ? whole : String(value);
  });
}

export function fill<const S extends string>(template: S, values: ValuesOf<S>): string {
  const given = values as Record<string, Value>;
  return fillWith(template, (key) => (Object.hasOwn(given, key) ? given[key] : undefined));
}

/**
 * A message catalog in one language, typed as the Korean original: its templates keep their literal
 * types, so `fill` can check the values. Sound because the content checks prove that every English text
 * has the same placeholders as its Korean one (lib/content/placeholders-check.ts).
 */
export function textsFor<T>(messages: Messages<T>, locale: Locale): T {
  return messages[locale] as T;
}
