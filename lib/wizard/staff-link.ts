// The link staff send a customer: /{language}/diagnose with the SPEC §1 parameters, in a stable order.
import { toQueryString } from "@/lib/params";
import { addressParam, type StaffLinkValues } from "./address-schema";

export function staffLink(origin: string, values: StaffLinkValues): string {
  const query = toQueryString({
    symptom: values.symptom,
    client: values.client,
    ...addressParam(values.address),
    error: values.error,
  });
  return `${origin.replace(/\/$/, "")}/${values.language}/diagnose${query}`;
}
