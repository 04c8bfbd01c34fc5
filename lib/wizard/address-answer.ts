// The address screen's answer, the same with and without JavaScript: the form's values (validated by the
// shared zod schema) become the link's `email`/`domain` and, when given, the settings the program uses now
// (`server`/`port`/`protocol`/`ssl`, SPEC §1 *current* settings). Without scripts the form is a plain GET
// to /diagnose carrying `address` and its fields; the page reads them here and redirects to the clean link.
import type { InputNode } from "@/lib/content/tree-schema";
import type { LinkParams } from "@/lib/params";
import {
  addressFormSchema,
  addressParam,
  type AddressErrorKey,
  type AddressFormInput,
  type AddressFormValues,
} from "./address-schema";

export function linkWithAddress(
  link: LinkParams,
  values: AddressFormValues,
  settings: InputNode["settings"],
): LinkParams {
  const rest: LinkParams = { ...link };
  delete rest.email;
  delete rest.domain;
  const withSettings = settings && (values.server || values.port);
  return {
    ...rest,
    ...addressParam(values.address),
    ...(withSettings
      ? { server: values.server, port: values.port, protocol: values.protocol, ssl: values.ssl }
      : {}),
  };
}

type RawParams = Record<string, string | string[] | undefined>;
const text = (raw: RawParams, name: string) => {
  const value = raw[name];
  return (Array.isArray(value) ? value[0] : value) ?? "";
};

export type AddressFormRead =
  | { submitted: false }
  | { submitted: true; ok: true; values: AddressFormValues }
  | {
      submitted: true;
      ok: false;
      input: AddressFormInput;
      errors: Partial<Record<"address" | "server" | "port", AddressErrorKey>>;
    };

/** The address form as a browser without scripts sends it (a checkbox sends "on" only when ticked). */
export function readAddressForm(raw: RawParams): AddressFormRead {
  if (raw.address === undefined) return { submitted: false };
  const input: AddressFormInput = {
    address: text(raw, "address"),
    server: text(raw, "server"),
    port: text(raw, "port"),
    protocol: (text(raw, "protocol") || undefined) as AddressFormInput["protocol"],
    ssl: ["on", "1", "true"].includes(text(raw, "ssl")),
  };
  const parsed = addressFormSchema.safeParse(input);
  if (parsed.success) return { submitted: true, ok: true, values: parsed.data };
  const errors: Partial<Record<"address" | "server" | "port", AddressErrorKey>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if ((field === "address" || field === "server" || field === "port") && !errors[field])
      errors[field] = issue.message as AddressErrorKey;
  }
  return { submitted: true, ok: false, input, errors };
}
