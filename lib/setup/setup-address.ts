// The address an automatic-setup request names (`email`, `emailaddress`, or Outlook's <EMailAddress>):
// one local part and one domain, nothing a mail program would refuse. The domain is judged by the
// live check's guard afterwards (prepareCheck).
import * as z from "@/lib/zod";

// RFC 5321 §4.5.3.1: 64 octets of local part, 254 for the whole path; no quoting, spaces or brackets.
const addressSchema = z
  .string()
  .trim()
  .max(254)
  .regex(/^[^\s@<>()[\]\\,;:"]{1,64}@[^\s@<>()[\]\\,;:"]+$/u);

export function readSetupAddress(raw: string | null | undefined): string | null {
  const parsed = addressSchema.safeParse(raw ?? "");
  return parsed.success ? parsed.data : null;
}
