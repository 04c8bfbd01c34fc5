// The link staff send a customer: /{language}/diagnose with the SPEC §1 parameters, in a stable order. A
// message longer than a link may carry (SPEC §1: 2 000 characters) is left out; the builder says so.
import { toQueryString } from "@/lib/link-query";
import { addressParam, type StaffLinkValues } from "./address-schema";
import { fitsInLink } from "./page-params";

/** Does the link carry the message, or is it too long for one? */
export const linkCarriesError = (values: StaffLinkValues) => !values.error || fitsInLink(values.error);

export function staffLink(origin: string, values: StaffLinkValues): string {
  const query = toQueryString({
    symptom: values.symptom,
    client: values.client,
    ...addressParam(values.address),
    ...(values.error && linkCarriesError(values) ? { error: values.error } : {}),
  });
  return `${origin.replace(/\/$/, "")}/${values.language}/diagnose${query}`;
}
