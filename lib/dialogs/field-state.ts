// Turns a drawing's fields, the customer's values and a step's highlights into what each field shows:
// its label, its value (a highlight's value template wins over the drawing's default), and its callout number.
import type { Locale } from "@/lib/i18n/locales";
import { fillTemplate } from "@/lib/fix/template";
import type { FixValues } from "@/lib/fix/values";
import { dialogSpec, type DialogId, type FieldId } from "./registry";
import type { FieldKind } from "./spec";

/** One highlighted field of a step's picture; `value` is a template such as "{outgoing.port}" or "on". */
export type Highlight = { field: string; value?: string };

export type DialogProps = { locale: Locale; values: FixValues; highlights: readonly Highlight[] };

export type FieldState = {
  id: string;
  kind: FieldKind;
  label: string;
  /** The raw value: text, "on"/"off", or a select's option key. */
  value: string;
  /** What the field shows: the text, or the select option's wording in the program's language. */
  display: string;
  on: boolean;
  /** Password boxes never show the value, only dots. */
  masked: boolean;
  callout?: number;
};

export const isMaskedField = (id: string) => /password/i.test(id);

/** Field ids with "password" in them are drawn as dots; their value is the customer's own secret. */
export const MASK = "••••••••";

export function fieldStates<D extends DialogId>(
  dialog: D,
  { locale, values, highlights }: DialogProps,
  defaults: Partial<Record<FieldId<D>, string>>,
): (field: FieldId<D>) => FieldState {
  const spec = dialogSpec(dialog);
  return (field) => {
    const fieldSpec = spec.fields[field];
    if (!fieldSpec) throw new Error(`${dialog} has no field ${field}`);
    const index = highlights.findIndex((h) => h.field === field);
    const template =
      highlights[index]?.value ?? (defaults as Record<string, string | undefined>)[field] ?? "";
    const value = fillTemplate(template, values, locale);
    const option = fieldSpec.kind === "select" ? fieldSpec.options[value] : undefined;
    const masked = isMaskedField(field);
    return {
      id: field,
      kind: fieldSpec.kind,
      label: fillTemplate(fieldSpec.label[locale], values, locale),
      value,
      display: masked && value ? MASK : option ? option[locale] : value,
      on: value === "on",
      masked,
      ...(index >= 0 ? { callout: index + 1 } : {}),
    };
  };
}
