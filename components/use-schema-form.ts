"use client";
// A form of uncontrolled inputs checked by one schema (lib/wizard/address-schema.ts), for the address
// screen and the staff link builder, without a form library in the page's first load. It behaves as those
// forms always did: nothing is checked until the first send; a send checks every field, shows each
// field's first error and moves the focus to the first field in error, or hands the parsed values on;
// after a send, changing a field checks it again. A field not on the screen keeps its default value.
import { useRef, useState, type ChangeEvent, type FormEvent } from "react";

type Issue = { path: PropertyKey[]; message: string };
/** What the form needs of a schema (a zod schema is one). */
export type FormSchema<Out> = {
  safeParse(value: unknown): { success: true; data: Out } | { success: false; error: { issues: Issue[] } };
};
type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** Each field's first error message, by field name. */
function errorsOf(issues: Issue[]): Partial<Record<string, string>> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const name = issue.path.map(String).join(".");
    errors[name] ??= issue.message;
  }
  return errors;
}

function valueOf(elements: Field[]): unknown {
  const [first] = elements;
  if (first instanceof HTMLInputElement && first.type === "radio")
    return elements.find((e) => (e as HTMLInputElement).checked)?.value ?? null;
  if (first instanceof HTMLInputElement && first.type === "checkbox") return first.checked;
  return first?.value;
}

export function useSchemaForm<In extends Record<string, unknown>, Out>(
  schema: FormSchema<Out>,
  defaults: In,
  onValid: (values: Out) => void,
) {
  const fields = useRef(new Map<string, Set<Field>>());
  type Name = keyof In & string;
  const [errors, setErrors] = useState<Partial<Record<Name, string>>>({});
  const [submitCount, setSubmitCount] = useState(0);

  const values = () => {
    const current: Record<string, unknown> = { ...defaults };
    for (const [name, elements] of fields.current)
      if (elements.size > 0) current[name] = valueOf([...elements]);
    return current;
  };
  const check = () => {
    const result = schema.safeParse(values());
    return { result, errors: result.success ? {} : errorsOf(result.error.issues) };
  };

  const onChange = (event: ChangeEvent<Field>) => {
    if (submitCount === 0) return;
    const name = event.currentTarget.name as Name;
    const error = check().errors[name];
    setErrors((now) => {
      const next = { ...now };
      if (error === undefined) delete next[name];
      else next[name] = error;
      return next;
    });
  };

  /** The props of a field; a radio button names the value it stands for. */
  const register = (name: Name, radioValue?: string) => {
    const ref = (element: Field | null) => {
      if (!element) return;
      const set = fields.current.get(name) ?? new Set<Field>();
      fields.current.set(name, set);
      set.add(element);
      return () => {
        set.delete(element);
      };
    };
    const given = defaults[name];
    if (radioValue !== undefined)
      return { name, ref, onChange, value: radioValue, defaultChecked: given === radioValue };
    if (typeof given === "boolean") return { name, ref, onChange, defaultChecked: given };
    return { name, ref, onChange, defaultValue: given === undefined ? undefined : String(given) };
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitCount((n) => n + 1);
    const { result, errors: found } = check();
    setErrors(found);
    if (result.success) {
      onValid(result.data);
      return;
    }
    for (const [name, elements] of fields.current)
      if (found[name] !== undefined) {
        [...elements][0]?.focus();
        break;
      }
  };

  return { register, onSubmit, errors, submitCount };
}
